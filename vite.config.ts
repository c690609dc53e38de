// The ES-module build: one build, so every module exists once however a page combines the entries —
//   bantin.js           the lazy registry (imports a widget's entry the first time its tag appears)
//   latest-news.js, …   one entry per widget (defines its tag, exports its class)
//   core.js             the framework-free engine
// with shared chunks grouped by who needs them (see `codeSplitting`); parseFeed's readers, DOMPurify and the developer
// hints are lazy chunks.
import { defineConfig } from 'vite';
import { minifyTemplatesPlugin } from './build/minify-templates.mjs';
import { ownKeysExportsPlugin } from './build/own-keys-exports.mjs';

export const widgetEntries = {
  'latest-news': 'src/components/latest-news/define.ts',
  'article-card': 'src/components/article-card/define.ts',
  'weather-bulletin': 'src/components/weather-bulletin/define.ts',
  'comment-box': 'src/components/comment-box/define.ts',
  'comment-count': 'src/components/comment-count/define.ts',
};

const posix = (id: string) => id.replaceAll('\\', '/');
const sourceOf = (id: string) => /\/src\/(.+)\.ts$/.exec(posix(id))?.[1] ?? '';

/**
 * The engine every feed widget runs, free of lit and the DOM (core.js imports it too, in Node as well): the feed
 * loader with its caches and the reader of the widget server's JSON Feed, and the small rules next to it.
 */
function isEngine(id: string): boolean {
  return /^core\/(?:load\/(?!feed-reader|decode|json-reader)|feed\/(?:model|merge|server-json|served-bulletin|urls)$|weather\/types$|safe-url$|on-demand$|fold$|builtins$)/.test(
    sourceOf(id),
  );
}

/** The widget base: lit (less the directives only some widgets use), src/internal and the shared words. */
function isWidgetBase(id: string): boolean {
  const file = posix(id);
  // Not the directives, nor lit-html's hooks for hydration (they go with @lit-labs/ssr-client, on server-rendered pages only).
  if (/\/node_modules\/(?:lit|lit-html|lit-element|@lit\/reactive-element)\//.test(file))
    return !/\/(?:directives?[/.-]|private-ssr-support)/.test(file);
  return /^(?:internal\/(?!rendered-state)|i18n\/(?!developer-hints|catalogues\/(?!shared)))/.test(sourceOf(id));
}

/** Lit's hydrate and our use of it (loaded before the widgets' code on pages with server-rendered widgets). */
function isHydration(id: string): boolean {
  return /\/node_modules\/(?:@lit-labs\/ssr-client|lit-html\/private-ssr-support)/.test(posix(id)) || sourceOf(id) === 'hydration-support';
}

/** @lit/task, the lit directives and the HTML sanitiser's setup: used by every widget but the news list. */
function isWidgetExtra(id: string): boolean {
  return /\/node_modules\/(?:@lit\/task|lit-html\/(?:directives?[/.-]|async-directive))/.test(posix(id)) || sourceOf(id) === 'core/sanitize';
}

/** The XML reader and the charset detection: one lazy chunk (what an RSS page adds). */
function isFeedReader(id: string): boolean {
  return /^core\/(?:feed\/(?:xml|fields|entry|dates|syntax)|load\/(?:feed-reader|decode))$/.test(sourceOf(id));
}

export default defineConfig({
  plugins: [minifyTemplatesPlugin(), ownKeysExportsPlugin()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    lib: { entry: { bantin: 'src/index.ts', core: 'src/core/index.ts', ...widgetEntries }, formats: ['es'] },
    rollupOptions: {
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Vite leaves ES library output unminified (whitespace kept); partners download it, so minify fully.
        minify: true,
        // No comments at all: the tree-shaking hints (/* @__PURE__ */) the minifier keeps by default are bytes
        // browsers download for nothing.
        comments: false,
        codeSplitting: {
          groups: [
            { name: 'engine', test: isEngine, priority: 4 },
            // Pages with server-rendered widgets only: the state's reader (also fetched by a per-widget entry alone)…
            { name: 'rendered-state', test: (id) => sourceOf(id) === 'internal/rendered-state', priority: 2 },
            // … and the hydration, with lit's hydrate.
            { name: 'hydration', test: isHydration, priority: 2 },
            { name: 'widget-base', test: isWidgetBase, priority: 3 },
            // What the article card, the weather card and the comment box share beyond the base: one file, not four.
            { name: 'widget-extras', test: isWidgetExtra, priority: 3 },
            // The text rules parseFeed shares with the weather reader: their own chunk, so a weather card does not load parseFeed.
            { name: 'text-rules', test: (id) => /^core\/feed\/(?:normalize|entities)$/.test(sourceOf(id)), priority: 2 },
            { name: 'feed-reader', test: isFeedReader, priority: 1 },
            // A JSON Feed other than the widget server's (which the engine reads itself).
            { name: 'json-reader', test: (id) => /^core\/(?:feed\/json|load\/json-reader)$/.test(sourceOf(id)), priority: 1 },
          ],
        },
      },
    },
  },
});
