// ES-module builds, both into dist/:
// - the script-tag entry (bantin.js, every widget) with the framework-free core (core.js): built together, so
//   bantin.js is one file plus the core chunk it shares with core.js;
// - one entry per widget (latest-news.js, …), built right after from the same sources, sharing chunks among
//   themselves, for a page that shows one or two kinds of widget. A page uses one set or the other.
// DOMPurify is a lazy chunk in both: it loads only when rich HTML is shown.
import { build, defineConfig, type Plugin, type UserConfig } from 'vite';
import { minifyTemplatesPlugin } from './build/minify-templates.mjs';

export const widgetEntries = {
  'latest-news': 'src/components/latest-news/define.ts',
  'article-card': 'src/components/article-card/define.ts',
  'weather-bulletin': 'src/components/weather-bulletin/define.ts',
  'comment-box': 'src/components/comment-box/define.ts',
};

function esmBuild(entry: Record<string, string>, emptyOutDir: boolean): UserConfig {
  return {
    plugins: [minifyTemplatesPlugin()],
    build: {
      outDir: 'dist',
      emptyOutDir,
      target: 'es2022',
      sourcemap: true,
      lib: { entry, formats: ['es'] },
      rollupOptions: {
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          // Vite leaves ES library output unminified (whitespace kept); partners download it, so minify fully.
          minify: true,
        },
      },
    },
  };
}

/** After the bantin + core build has written dist/, builds the per-widget entries next to it. */
function widgetEntriesBuild(): Plugin {
  let wroteBantin = false;
  return {
    name: 'bantin:widget-entries',
    apply: 'build',
    writeBundle(_options, bundle) {
      // Only our own library build (a tool reusing this config, e.g. Storybook, builds something else).
      wroteBantin = 'bantin.js' in bundle;
    },
    async closeBundle() {
      if (!wroteBantin) return;
      wroteBantin = false;
      await build({ configFile: false, ...esmBuild(widgetEntries, false) });
    },
  };
}

const main = esmBuild({ bantin: 'src/index.ts', core: 'src/core/index.ts' }, true);

export default defineConfig({ ...main, plugins: [...main.plugins!, widgetEntriesBuild()] });
