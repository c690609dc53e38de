// Classic-script build for CMSs that cannot use type="module": one file, everything inlined.
import { defineConfig } from 'vite';
import { minifyTemplatesPlugin } from './build/minify-templates.mjs';
import { ownKeysExportsPlugin } from './build/own-keys-exports.mjs';

export default defineConfig({
  plugins: [minifyTemplatesPlugin(), ownKeysExportsPlugin()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2020',
    sourcemap: true,
    minify: true,
    lib: {
      entry: 'src/iife.ts',
      formats: ['iife'],
      name: 'bantin',
      fileName: () => 'bantin.iife.js',
    },
  },
});
