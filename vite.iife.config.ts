// Classic-script build for CMSs that cannot use type="module": one file, everything inlined.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2020',
    sourcemap: true,
    minify: true,
    lib: {
      entry: 'src/index.ts',
      formats: ['iife'],
      name: 'bantin',
      fileName: () => 'bantin.iife.js',
    },
    rollupOptions: { output: { inlineDynamicImports: true } },
  },
});
