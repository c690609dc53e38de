// Which modules an entry's bundle is made of, in minified bytes, as `vite build` ships them (templates
// minified), grouped by folder; `--files` lists every module. The total is one file, gzipped.
// Run: node build/module-sizes.mjs src/components/latest-news/define.ts [--files]
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { minifyTemplates } from './minify-templates.mjs';

const [entry = 'src/index.ts', flag] = process.argv.slice(2);
const result = await build({
  entryPoints: [entry],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['production'],
  external: ['dompurify', '../feed/xml.js'], // lazy chunks
  write: false,
  metafile: true,
  outfile: 'bundle.js',
  plugins: [
    {
      name: 'minify-templates',
      setup(esbuild) {
        esbuild.onLoad({ filter: /\/src\/.*\.ts$/ }, async ({ path }) => {
          const code = await readFile(path, 'utf8');
          return { contents: (await minifyTemplates(code, path, false))?.code ?? code, loader: 'ts' };
        });
      },
    },
  ],
});

const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs)
  .map(([file, { bytesInOutput }]) => [file, bytesInOutput])
  .filter(([, bytes]) => bytes > 0)
  .sort((a, b) => b[1] - a[1]);
const group = (file) => file.replace(/^node_modules\/((?:@[^/]+\/)?[^/]+).*/, '$1').replace(/^src\/((?:core|components)\/[^/]+|[^/]+).*/, 'src/$1');
const groups = new Map();
for (const [file, bytes] of inputs) groups.set(group(file), (groups.get(group(file)) ?? 0) + bytes);

const row = ([name, bytes]) => `${String(bytes).padStart(8)}  ${name}`;
if (flag === '--files') console.log(`${inputs.map(row).join('\n')}\n`);
console.log(
  [...groups]
    .sort((a, b) => b[1] - a[1])
    .map(row)
    .join('\n'),
);
const bundle = result.outputFiles[0].contents;
console.log(`\n${bundle.length} bytes minified, ${gzipSync(bundle, { level: 9 }).length} gzipped (one file)`);
