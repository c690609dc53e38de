// The server renderer (dist/ssr.js, `bantin/ssr`) for Node: the widgets' own modules, with lit and the other
// packages left as imports, so Node loads lit's server build (isServer) and Lit SSR's DOM shim. Its templates
// are minified by the same plugin as the browser build's: the same template text gives the same digests, which
// hydration compares.
import { defineConfig } from 'vite';
import { minifyTemplatesPlugin } from './build/minify-templates.mjs';

export default defineConfig({
  plugins: [minifyTemplatesPlugin()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'node20',
    sourcemap: true,
    ssr: true,
    rollupOptions: {
      input: { ssr: 'src/ssr/index.ts' },
      output: { entryFileNames: '[name].js', chunkFileNames: 'ssr-chunks/[name]-[hash].js', format: 'es' },
    },
  },
});
