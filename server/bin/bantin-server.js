#!/usr/bin/env node
// bantin-server --config <file.json>: the widget server (compiled by `npm run build` into dist/).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('bantin-server: dist/cli.js is missing; run `npm run build` first.');
  process.exit(1);
}
await import(entry.href);
