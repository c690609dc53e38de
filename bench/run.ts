// `npm run bench`: runs every bench/*.bench.ts in name order; each prints its own table of medians and ratios.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const benches = readdirSync(dir)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
  .sort();

for (const name of benches) {
  console.log(`\n## ${name.replace('.bench.ts', '')}\n`);
  const bench = (await import(new URL(name, import.meta.url).href)) as { run(): Promise<void> };
  await bench.run();
}
