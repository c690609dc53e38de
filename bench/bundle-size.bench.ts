// Bundle sizes as a partner's browser downloads them: each built file gzipped, and each entry with
// the chunks it imports statically (what loads before first render; lazy chunks such as DOMPurify excluded).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');

const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

function listJs(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'types' || name === 'node' ? [] : listJs(full);
    return name.endsWith('.js') ? [full] : [];
  });
}

const staticImport = /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g;

/** The entry and every file it imports statically, transitively. */
export function staticClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(staticImport)) visit(path.resolve(path.dirname(file), match[1]!));
  };
  visit(entry);
  return seen;
}

const closureSize = (files: Iterable<string>) => [...files].reduce((sum, file) => sum + gzipBytes(file), 0);

export async function run(): Promise<void> {
  if (!existsSync(path.join(dist, 'bantin.js')) || process.env.BENCH_REBUILD) {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  }
  const rows: [string, string, string][] = [];
  for (const file of listJs(dist).sort()) {
    rows.push([path.relative(dist, file), kB(statSync(file).size), kB(gzipBytes(file))]);
  }
  console.log('| file | raw | gzip |\n|---|---:|---:|');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);

  const entries = ['bantin', 'latest-news', 'article-card', 'weather-bulletin', 'comment-box', 'core'];
  // The goals are per page (bench/pages.bench.ts): bantin.js imports the widgets a page shows, on sight.
  console.log('\n| entry (with static imports, no lazy chunks) | gzip |\n|---|---:|');
  for (const name of entries) {
    const entry = path.join(dist, `${name}.js`);
    if (!existsSync(entry)) continue;
    const size = closureSize(staticClosure(entry));
    console.log(`| ${name}.js | ${kB(size)} |`);
  }
  const iife = path.join(dist, 'bantin.iife.js');
  if (existsSync(iife)) console.log(`| bantin.iife.js (everything, DOMPurify included) | ${kB(gzipBytes(iife))} |`);
}
