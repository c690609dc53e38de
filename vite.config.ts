// ES-module build: the script-tag entry (bantin.js), one entry per widget, the framework-free core,
// and shared/lazy chunks (DOMPurify is loaded only when rich HTML is shown).
import { defineConfig } from 'vite';
import { minifyTemplatesPlugin } from './build/minify-templates.mjs';

export const widgetEntries = {
  'latest-news': 'src/components/latest-news/define.ts',
  'article-card': 'src/components/article-card/define.ts',
  'weather-bulletin': 'src/components/weather-bulletin/define.ts',
  'comment-box': 'src/components/comment-box/define.ts',
};

export default defineConfig({
  plugins: [minifyTemplatesPlugin()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: { bantin: 'src/index.ts', core: 'src/core/index.ts', ...widgetEntries },
      formats: ['es'],
    },
    rollupOptions: {
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Vite leaves ES library output unminified (whitespace kept); partners download it, so minify fully.
        minify: true,
      },
    },
  },
});
