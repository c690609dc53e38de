// Classic-script build for CMSs that cannot use type="module": one file, everything inlined.
import { defineConfig, type Plugin } from 'vite';
import { minifyTemplatesPlugin } from './build/minify-templates.mjs';

/**
 * The bundler's namespace helper (rolldown's __exportAll, used here for the inlined `import('dompurify')`) copies
 * exports with `for…in`, which also walks a page's enumerable Object.prototype additions: with
 * `Object.prototype.foo = 1` it throws "Getter must be a function" and no widget registers. Old CMS plugins do
 * exactly that, so the classic script walks own keys only. Fails the build if the helper changes shape.
 */
function ownKeysExportsPlugin(): Plugin {
  const helper = /for \(var (\w+) in (\w+)\)(\s*\{?\s*__defProp\(\w+, \1, \{\s*get: \2\[\1\],)/;
  return {
    name: 'bantin:own-keys-exports',
    apply: 'build',
    renderChunk(code) {
      if (!code.includes('__exportAll')) return null;
      if (!helper.test(code)) throw new Error("bantin:own-keys-exports: the bundler's __exportAll helper changed; update vite.iife.config.ts");
      return { code: code.replace(helper, 'for (var $1 of Object.keys($2))$3'), map: null };
    },
  };
}

export default defineConfig({
  plugins: [minifyTemplatesPlugin(), ownKeysExportsPlugin()],
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
  },
});
