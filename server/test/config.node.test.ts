// Config: every key checked, the wrong one named; environment overrides; paths relative to the file.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError, loadConfig, parseConfig, redactPassword } from '../src/config.js';
import { tempDir } from './support.js';

describe('config', () => {
  let dir: ReturnType<typeof tempDir>;
  before(() => {
    dir = tempDir('bantin-config-');
    mkdirSync(join(dir.path, 'feeds'));
    writeFileSync(join(dir.path, 'feeds', 'a.rss'), '<rss version="2.0"><channel><title>A</title></channel></rss>');
  });
  after(() => dir.remove());

  it('fills defaults and resolves paths against the config file folder', () => {
    const config = parseConfig({ feeds: { a: { url: 'feeds/a.rss' } } }, dir.path, {});
    assert.equal(config.port, 8080);
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.dataDir, join(dir.path, 'data'));
    assert.equal(config.moderation, 'pre');
    assert.deepEqual(config.rateLimit, { perMinute: 3, perDay: 30, ipv6Prefix: 64 });
    assert.equal(config.maxItemsPerFeed, 500);
    assert.equal(config.feedCacheMaxBytes, 64 * 1024 * 1024);
    assert.deepEqual(config.comments, { minLength: 5, maxLength: 500 });
    assert.deepEqual(config.feeds.a, { source: { kind: 'file', path: join(dir.path, 'feeds', 'a.rss') }, ttlSeconds: 300, bulletins: false });
    assert.equal(config.adminToken, undefined);
  });

  it('keeps comments in SQLite by default; "database" or BANTIN_DATABASE_URL names a PostgreSQL database', () => {
    assert.deepEqual(parseConfig({}, dir.path, {}).database, { kind: 'sqlite' });
    assert.deepEqual(parseConfig({ database: 'sqlite' }, dir.path, {}).database, { kind: 'sqlite' });
    const url = 'postgres://bantin:b%40d-s3cret@db.internal:5432/bantin?sslmode=require';
    assert.deepEqual(parseConfig({ database: url }, dir.path, {}).database, { kind: 'postgres', url });
    const fromEnv = parseConfig({ database: 'sqlite' }, dir.path, { BANTIN_DATABASE_URL: 'postgresql://db/bantin' });
    assert.deepEqual(fromEnv.database, { kind: 'postgres', url: 'postgresql://db/bantin' });
    assert.deepEqual(parseConfig({ database: url }, dir.path, { BANTIN_DATABASE_URL: 'sqlite' }).database, { kind: 'sqlite' });
    assert.deepEqual(parseConfig({}, dir.path, { BANTIN_DATABASE_URL: '' }).database, { kind: 'sqlite' });

    for (const [raw, env, key, words] of [
      [{ database: 'mysql://db/bantin' }, {}, 'database', /must be "sqlite" or a URL/],
      [{ database: 'postgres://db' }, {}, 'database', /database name is missing/],
      [{ database: 'postgres:///bantin' }, {}, 'database', /host is missing/],
      [{ database: 42 }, {}, 'database', /non-empty string/],
      [{}, { BANTIN_DATABASE_URL: 'postgres://u:hunter2@db' }, 'BANTIN_DATABASE_URL', /database name is missing/],
    ] as const) {
      assert.throws(
        () => parseConfig(raw, dir.path, env),
        (error: ConfigError) => error.key === key && words.test(error.message) && !error.message.includes('hunter2'),
      );
    }
    assert.equal(redactPassword('postgres://bantin:s3cret@db:5432/bantin'), 'postgres://bantin:***@db:5432/bantin');
    assert.equal(redactPassword('postgres://bantin@db/bantin'), 'postgres://bantin@db/bantin');
  });

  it('reads file: URLs and http(s) feed URLs', () => {
    const config = parseConfig(
      { feeds: { f: { url: pathToFileURL(join(dir.path, 'feeds', 'a.rss')).href }, h: { url: 'https://news.example.vn/rss', ttlSeconds: 60 } } },
      dir.path,
      {},
    );
    assert.equal(config.feeds.f!.source.kind, 'file');
    assert.deepEqual(config.feeds.h, { source: { kind: 'http', url: 'https://news.example.vn/rss' }, ttlSeconds: 60, bulletins: false });
  });

  it('reads the comment limits, each one optional', () => {
    assert.deepEqual(parseConfig({ comments: { minLength: 1, maxLength: 10_000 } }, dir.path, {}).comments, { minLength: 1, maxLength: 10_000 });
    assert.deepEqual(parseConfig({ comments: { maxLength: 2000 } }, dir.path, {}).comments, { minLength: 5, maxLength: 2000 });
    assert.deepEqual(parseConfig({ comments: { minLength: 20 } }, dir.path, {}).comments, { minLength: 20, maxLength: 500 });
    assert.deepEqual(parseConfig({ comments: {} }, dir.path, {}).comments, { minLength: 5, maxLength: 500 });
  });

  it('applies BANTIN_PORT, BANTIN_DATA_DIR and BANTIN_ADMIN_TOKEN', () => {
    const config = parseConfig({ port: 9000 }, dir.path, {
      BANTIN_PORT: '9100',
      BANTIN_DATA_DIR: join(dir.path, 'elsewhere'),
      BANTIN_ADMIN_TOKEN: 'a-long-enough-admin-token',
    });
    assert.equal(config.port, 9100);
    assert.equal(config.dataDir, join(dir.path, 'elsewhere'));
    assert.equal(config.adminToken, 'a-long-enough-admin-token');
  });

  const wrong: [string, unknown, string, NodeJS.ProcessEnv?][] = [
    ['a non-object', [], '(root)'],
    ['an unknown key', { prot: 80 }, 'prot'],
    ['a port as text', { port: '8080' }, 'port'],
    ['a port out of range', { port: 70000 }, 'port'],
    ['an empty host', { host: '' }, 'host'],
    ['a moderation mode', { moderation: 'later' }, 'moderation'],
    ['feeds as a list', { feeds: [] }, 'feeds'],
    ['a feed name', { feeds: { 'bad name': { url: 'feeds/a.rss' } } }, 'feeds.bad name'],
    ['a feed without url', { feeds: { a: {} } }, 'feeds.a.url'],
    ['a missing feed file', { feeds: { a: { url: 'feeds/none.rss' } } }, 'feeds.a.url'],
    ['a feed URL scheme', { feeds: { a: { url: 'ftp://x.example/rss' } } }, 'feeds.a.url'],
    ['a feed ttl', { feeds: { a: { url: 'feeds/a.rss', ttlSeconds: 0 } } }, 'feeds.a.ttlSeconds'],
    ['a feed bulletins flag', { feeds: { a: { url: 'feeds/a.rss', bulletins: 'yes' } } }, 'feeds.a.bulletins'],
    ['an unknown feed key', { feeds: { a: { url: 'feeds/a.rss', ttl: 5 } } }, 'feeds.a.ttl'],
    ['an allowHosts entry', { allowHosts: ['https://x.example'] }, 'allowHosts[0]'],
    ['a CORS origin', { corsOrigins: ['partner.example.vn'] }, 'corsOrigins[0]'],
    ['a trusted proxy', { trustedProxies: ['10.0.0.0/33'] }, 'trustedProxies[0]'],
    ['a rate limit', { rateLimit: { perMinute: -1 } }, 'rateLimit.perMinute'],
    ['an unknown rate limit key', { rateLimit: { perHour: 5 } }, 'rateLimit.perHour'],
    ['rate limits as null', { rateLimit: null }, 'rateLimit'],
    ['comment limits as a number', { comments: 500 }, 'comments'],
    ['an unknown comment limit key', { comments: { authorMaxLength: 100 } }, 'comments.authorMaxLength'],
    ['a comment minLength of 0', { comments: { minLength: 0 } }, 'comments.minLength'],
    ['a comment minLength over 1000', { comments: { minLength: 1001, maxLength: 2000 } }, 'comments.minLength'],
    ['a comment maxLength over 10000', { comments: { maxLength: 10_001 } }, 'comments.maxLength'],
    ['a comment maxLength as text', { comments: { maxLength: '500' } }, 'comments.maxLength'],
    ['a comment minLength above maxLength', { comments: { minLength: 50, maxLength: 40 } }, 'comments.minLength'],
    ['a data folder that is a file', { dataDir: 'feeds/a.rss' }, 'dataDir'],
    ['an admin token in the file', { adminToken: 'secret' }, 'adminToken'],
    ['a bad BANTIN_PORT', {}, 'BANTIN_PORT', { BANTIN_PORT: 'eighty' }],
    ['a short BANTIN_ADMIN_TOKEN', {}, 'BANTIN_ADMIN_TOKEN', { BANTIN_ADMIN_TOKEN: 'short' }],
  ];
  for (const [what, raw, key, env] of wrong) {
    it(`names the key for ${what}: "${key}"`, () => {
      assert.throws(
        () => parseConfig(raw, dir.path, env ?? {}),
        (error: unknown) => error instanceof ConfigError && error.key === key && error.message.includes(`"${key}"`),
      );
    });
  }

  it('reports unreadable and non-JSON files', () => {
    const broken = join(dir.path, 'broken.json');
    writeFileSync(broken, '{ "port": 80, }');
    assert.throws(
      () => loadConfig(broken, {}),
      (e: unknown) => e instanceof ConfigError && /not valid JSON/.test(e.message),
    );
    assert.throws(
      () => loadConfig(join(dir.path, 'missing.json'), {}),
      (e: unknown) => e instanceof ConfigError && /cannot be read/.test(e.message),
    );
  });

  it('loads the demo config', () => {
    const config = loadConfig(new URL('../../demo/bantin.config.json', import.meta.url).pathname, {});
    assert.deepEqual(Object.keys(config.feeds).sort(), ['thoi-tiet', 'tin-moi']);
    assert.equal(config.moderation, 'pre');
  });
});
