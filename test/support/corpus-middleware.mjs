// Serves test/fixtures/corpus at /__corpus/… for browser tests.
// A directory answers with a JSON array of its entry names.
import { readFile, readdir, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const corpusRoot = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));
const prefix = '/__corpus/';

export async function corpusMiddleware(ctx, next) {
  if (!ctx.path.startsWith(prefix)) return next();
  const relative = decodeURIComponent(ctx.path.slice(prefix.length));
  const full = path.resolve(corpusRoot, relative);
  if (!full.startsWith(corpusRoot)) {
    ctx.status = 403;
    return;
  }
  try {
    const info = await stat(full);
    if (info.isDirectory()) {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify((await readdir(full)).sort());
      return;
    }
    ctx.body = await readFile(full);
    ctx.type = 'application/octet-stream';
  } catch {
    ctx.status = 404;
  }
}
