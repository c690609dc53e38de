// ESLint: correctness (JS/TS recommended), Lit templates (eslint-plugin-lit) and custom-element rules
// (eslint-plugin-wc) for the widgets. Formatting is Prettier's job (`npm run format`), not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/dist/', 'storybook-static/', 'node_modules/', 'custom-elements.json', 'test/fixtures/', 'data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      // `interface HTMLElementEventMap extends BantinEvents {}` is how global event maps are merged.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      // Feed and comment text is scanned for control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/components/**/*.ts', 'src/internal/**/*.ts'],
    ...wc.configs['flat/best-practice'],
    settings: { wc: { elementBaseClasses: ['BantinElement', 'BantinFeedElement', 'LitElement'] } },
    // LitElement implements every lifecycle callback, so guarding super calls only adds noise.
    rules: { ...wc.configs['flat/best-practice'].rules, 'wc/guard-super-call': 'off' },
  },
  {
    // Tests and benchmarks poke at internals and untyped fixtures on purpose.
    files: ['test/**/*.ts', 'server/test/**/*.ts', 'bench/**/*.ts', 'stories/**/*.ts'],
    // Chai's `expect(x).to.be.true` is an expression statement.
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
