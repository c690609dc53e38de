// Custom Elements Manifest (custom-elements.json) for Storybook's docs pages, editors and the README test.
// `npm run analyze` writes it at the project root; the README test generates its own copy, so it cannot drift.
export default {
  globs: ['src/components/**/*.ts', 'src/internal/bantin-element.ts', 'src/internal/bantin-feed-element.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  // The analyzer would otherwise rewrite package.json on every run; "customElements" is set there once.
  packagejson: false,
};
