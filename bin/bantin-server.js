#!/usr/bin/env node
// bantin-server --config <file.json>: the widget server (compiled by `npm run build:server`).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/node/server/cli.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('bantin-server: dist/node/server/cli.js is missing; run `npm run build:server` first.');
  process.exit(1);
}
await import(entry.href);
