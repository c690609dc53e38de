// Build-time minification of lit's html`…`, svg`…` and css`…` template literals in our sources: markup and
// styles shrink, what they render does not. `vite build` applies it; build/wtr-minified.config.mjs runs the
// browser tests against the same output.
import { minifyHTMLLiterals } from 'minify-literals';

/** Our widget sources (not the server's). Matches a file system path or a dev-server URL path. */
const ours = /\/src\/(?!server\/)[^?]*\.ts$/;

// Whitespace is collapsed to one space, never removed: a space between two placeholders or inline
// elements is text the reader sees. Self-closing slashes stay: in svg`…` a <path /> without its slash
// would swallow the next shape.
const html = {
  collapseWhitespace: true,
  conservativeCollapse: true,
  keepClosingSlash: true,
  removeComments: true,
  minifyCSS: false,
  minifyJS: false,
};

/** The source with its templates minified, or null when nothing changed (or it is not one of ours). */
export async function minifyTemplates(code, id, sourceMap = true) {
  if (!ours.test(id) || !/\b(?:html|svg|css)`/.test(code)) return null;
  return minifyHTMLLiterals(code, { fileName: id, html, sourceMap });
}

/** The vite plugin (build only: the dev server and Storybook show the sources as written). */
export function minifyTemplatesPlugin() {
  return {
    name: 'bantin:minify-templates',
    apply: 'build',
    enforce: 'pre',
    transform: (code, id) => minifyTemplates(code, id),
  };
}
