// docs/server-api.md and docs/server-config.md are the server's contract: every route the app registers, every
// error code it answers with, every config key and every environment variable it reads must be documented there.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../src/app.js';
import { COMMENTS_KEYS, FEED_KEYS, KEYS, MODERATOR_KEYS, NOTIFY_KEYS, RATE_LIMIT_KEYS, parseConfig } from '../src/config.js';
import { ADMIN_TOKEN, tempDir } from './support.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const sources = () =>
  (readdirSync(SRC, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(SRC, f), 'utf8'))
    .join('\n');

describe('docs/server-api.md', () => {
  const routes = new Set<string>();
  const data = tempDir();
  before(async () => {
    // Everything on: pages, bundles and the admin API, so that every route is registered.
    const config = parseConfig({ staticDir: join(ROOT, 'demo'), bundleDir: join(ROOT, 'demo'), dataDir: data.path }, data.path, {
      BANTIN_ADMIN_TOKEN: ADMIN_TOKEN,
    });
    const app = await createApp({
      config,
      onRoute: (route) => {
        for (const method of [route.method].flat()) routes.add(`${method} ${route.url}`);
      },
    });
    await app.ready();
    await app.close();
  });
  after(() => data.remove());

  it('has a heading for every route the server registers', () => {
    const doc = read('docs/server-api.md');
    assert.ok(routes.size >= 10, `only ${routes.size} routes seen`);
    const missing = [...routes].filter((route) => !doc.includes(`### \`${route}\``));
    assert.deepEqual(missing, []);
  });

  it('names every error code the server answers with', () => {
    const doc = read('docs/server-api.md');
    const codes = new Set([...sources().matchAll(/new ApiError\(\s*\d{3},\s*'([a-z-]+)'/g)].map((m) => m[1]!));
    assert.ok(codes.size >= 8, `only ${codes.size} codes found`);
    assert.deepEqual(
      [...codes].filter((code) => !doc.includes(`\`${code}\``)),
      [],
    );
  });
});

describe('docs/server-config.md', () => {
  const doc = read('docs/server-config.md');

  it('documents every config key, with the nested ones', () => {
    const keys = [
      ...KEYS,
      ...FEED_KEYS.map((k) => `feeds.<name>.${k}`),
      ...RATE_LIMIT_KEYS.map((k) => `rateLimit.${k}`),
      ...COMMENTS_KEYS.map((k) => `comments.${k}`),
      ...MODERATOR_KEYS.map((k) => `moderators[].${k}`),
      ...NOTIFY_KEYS.map((k) => `notify.${k}`),
    ];
    assert.deepEqual(
      keys.filter((key) => !new RegExp(`^\\| \`${key.replace(/[.<>[\]]/g, '\\$&')}\` \\|`, 'm').test(doc)),
      [],
    );
  });

  it('documents every environment variable the server reads', () => {
    const variables = new Set([...sources().matchAll(/\bBANTIN_[A-Z_]+\b/g)].map((m) => m[0]));
    assert.ok(variables.has('BANTIN_ADMIN_TOKEN'));
    assert.deepEqual(
      [...variables].filter((name) => !doc.includes(`\`${name}\``)),
      [],
    );
  });
});
