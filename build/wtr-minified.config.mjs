// The browser test suite against the sources as `vite build` ships them (lit templates minified).
// Run: npx wtr --config build/wtr-minified.config.mjs [--files …]
import config from '../web-test-runner.config.mjs';
import { minifyTemplates } from './minify-templates.mjs';

export default {
  ...config,
  plugins: [
    {
      name: 'bantin-minify-templates',
      async transform(context) {
        if (typeof context.body !== 'string') return undefined;
        const result = await minifyTemplates(context.body, context.path, false);
        return result ? { body: result.code } : undefined;
      },
    },
    ...config.plugins,
  ],
};
