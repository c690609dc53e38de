// bantin-server --config <file>: starts and prints its URL; a bad config stops it at start naming the key.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, exited, startCli, tempDir } from './support.js';

function runCli(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, ['--conditions=bantin-source', '--import', 'tsx', CLI, ...args], {
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, ...env },
  });
}

describe('bantin-server CLI', () => {
  it('stops at start with exit code 1 and names the wrong key', () => {
    const dir = tempDir('bantin-cli-');
    try {
      const file = join(dir.path, 'bad.json');
      for (const [config, key] of [
        [{ port: 'tám nghìn' }, '"port"'],
        [{ feeds: { 'tin-moi': { url: 'missing.rss' } } }, '"feeds.tin-moi.url"'],
        [{ moderaton: 'pre' }, '"moderaton"'],
      ] as const) {
        writeFileSync(file, JSON.stringify(config));
        const result = runCli(['--config', file]);
        assert.equal(result.status, 1, result.stderr);
        assert.ok(result.stderr.includes(key), result.stderr);
      }
      writeFileSync(file, '{}');
      const badPort = runCli(['--config', file], { BANTIN_PORT: 'x' });
      assert.equal(badPort.status, 1);
      assert.match(badPort.stderr, /"BANTIN_PORT"/);
    } finally {
      dir.remove();
    }
  });

  it('stops at start with exit code 1 when PostgreSQL cannot be reached, naming it without the password', () => {
    const dir = tempDir('bantin-cli-');
    try {
      const file = join(dir.path, 'pg.json');
      writeFileSync(file, JSON.stringify({ port: 0, dataDir: dir.path }));
      const result = runCli(['--config', file], { BANTIN_DATABASE_URL: 'postgres://bantin:hunter2@127.0.0.1:1/bantin' });
      assert.equal(result.status, 1, result.stderr);
      assert.match(result.stderr, /cannot open the comments database postgres:\/\/bantin:\*\*\*@127\.0\.0\.1:1\/bantin: .*ECONNREFUSED/);
      assert.doesNotMatch(result.stderr, /hunter2|\n\s+at /);
    } finally {
      dir.remove();
    }
  });

  it('needs --config', () => {
    const result = runCli([]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /Usage: bantin-server --config/);
  });

  it('starts with the demo config, prints its URL and serves the feeds and the comments API', async () => {
    const dir = tempDir('bantin-cli-');
    let server: Awaited<ReturnType<typeof startCli>> | undefined;
    try {
      server = await startCli(new URL('../../demo/bantin.config.json', import.meta.url).pathname, { BANTIN_PORT: '0', BANTIN_DATA_DIR: dir.path });
      assert.match(server.output(), /api\/feeds\/tin-moi/);
      assert.match(server.output(), /comments: SQLite in /);
      const feed = await fetch(`${server.url}/api/feeds/tin-moi`);
      assert.equal(feed.status, 200);
      assert.ok((await feed.json()).items.length > 0);
      assert.equal((await fetch(`${server.url}/api/threads/bai-1/count`)).status, 200);
    } finally {
      server?.child.kill('SIGTERM');
      if (server) await exited(server.child);
      dir.remove();
    }
  });
});
