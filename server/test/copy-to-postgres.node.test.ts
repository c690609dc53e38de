// bantin-server copy-to-postgres: a SQLite comments database copied into PostgreSQL keeps every comment's
// id, thread, reply link, statuses, clientId, email, IP, times and place in posting order; the PostgreSQL
// server then answers as the SQLite one did; running it again copies nothing twice.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { SqliteCommentStore } from '../src/comments/sqlite-store.js';
import type { NewCommentRecord } from '../src/comments/store.js';
import { ADMIN_TOKEN, CLI, clientId, postJson, startApp, tempDir, usePostgres } from './support.js';

const postgres = usePostgres();

function copy(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, ['--conditions=bantin-source', '--import', 'tsx', CLI, 'copy-to-postgres', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, BANTIN_DATABASE_URL: '', ...env },
  });
}

const COLUMNS = 'seq, id, thread, parent_id, author, email, body, created_at, status, ack_status, client_id, ip';

/** Every row of both databases in one shape (times as ISO strings, seq as numbers). */
function sqliteRows(file: string): Record<string, unknown>[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(`SELECT ${COLUMNS} FROM comments ORDER BY seq`).all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

async function postgresRows(url: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT ${COLUMNS} FROM bantin_comments ORDER BY seq`);
    return rows.map((row) => ({ ...row, seq: Number(row.seq), created_at: (row.created_at as Date).toISOString() }));
  } finally {
    await client.end();
  }
}

describe('bantin-server copy-to-postgres', () => {
  const data = tempDir('bantin-copy-');
  const file = join(data.path, 'comments.sqlite');
  let url: string;
  const record = (thread: string, extra: Partial<NewCommentRecord> = {}): NewCommentRecord => ({
    thread,
    author: 'Mạnh Hùng',
    body: 'Bài viết rất hay, cảm ơn!',
    clientId: clientId(),
    status: 'approved',
    ackStatus: 'approved',
    ...extra,
  });

  before(async () => {
    url = await postgres.database('postgres');
    const store = new SqliteCommentStore(data.path);
    const inserted = async (r: NewCommentRecord) => {
      const outcome = await store.insert(r);
      assert.ok(outcome.ok);
      return outcome.comment;
    };
    const parent = await inserted(record('bai-1', { email: 'hung@example.vn', ip: '203.0.113.9' }));
    await inserted(record('bai-1', { parentId: parent.id, author: 'Bình', body: 'Trả lời bình luận' }));
    await inserted(record('bai-1', { status: 'pending', ackStatus: 'pending', body: 'Còn chờ duyệt' }));
    await inserted(record('bai-1', { status: 'spam', ackStatus: 'pending', body: 'Mua hàng giá rẻ' }));
    const rejected = await inserted(record('bai-2', { body: 'Bị từ chối sau' }));
    await store.setStatus(rejected.id, 'rejected');
    // More than two chunks of the copy; posted together, they are committed in a few groups.
    await Promise.all(Array.from({ length: 1_100 }, (_, n) => inserted(record(`bai-${3 + (n % 7)}`, { body: `Bình luận số ${n}` }))));
    await store.close();
  });
  after(() => data.remove());

  it('copies every comment as it is, and the PostgreSQL server answers as the SQLite one did', async () => {
    const result = copy(['--from', file, '--to', url]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /copied 1105 of 1105 comments .* \(0 already there, 0 given a new place/);
    assert.deepEqual(await postgresRows(url), sqliteRows(file));

    const before = await startApp({ dataDir: data.path });
    const after = await startApp({ database: url });
    try {
      for (const path of ['/api/threads/bai-1/comments', '/api/threads/bai-5/comments?limit=100', '/api/threads/bai-2/count']) {
        assert.deepEqual(await (await fetch(`${after.url}${path}`)).json(), await (await fetch(`${before.url}${path}`)).json(), path);
      }
      const queue = `/api/admin/comments?status=spam`;
      const headers = { Authorization: `Bearer ${ADMIN_TOKEN}` };
      assert.deepEqual(
        await (await fetch(`${after.url}${queue}`, { headers })).json(),
        await (await fetch(`${before.url}${queue}`, { headers })).json(),
      );
      // A clientId known to SQLite is a replay on PostgreSQL: the first answer, no new row.
      const [known] = sqliteRows(file) as { client_id: string; id: string }[];
      const replay = await postJson(`${after.url}/api/threads/bai-1/comments`, { author: 'X', body: 'Gửi lại lần nữa', clientId: known!.client_id });
      assert.equal(replay.headers.get('idempotent-replayed'), 'true');
      assert.equal((await replay.json()).comment.id, known!.id);
      // New comments come after the copied ones in posting order.
      const posted = await postJson(`${after.url}/api/threads/bai-2/comments`, { author: 'Mới', body: 'Sau khi chuyển', clientId: clientId() });
      assert.equal(posted.status, 201);
      const rows = await postgresRows(url);
      assert.equal(rows.at(-1)!.id, (await posted.json()).comment.id);
      assert.ok((rows.at(-1)!.seq as number) > Math.max(...sqliteRows(file).map((row) => row.seq as number)));
    } finally {
      await before.close();
      await after.close();
    }
  });

  it('copies nothing twice; a later run takes only the new comments, renumbering one whose place is taken', async () => {
    const countBefore = (await postgresRows(url)).length;
    const again = copy(['--from', file, '--to', url]);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /copied 0 of 1105 comments .* \(1105 already there, 0 given a new place/);
    assert.equal((await postgresRows(url)).length, countBefore);

    // One more comment on the old server: its seq is the one PostgreSQL already gave the comment posted above.
    const store = new SqliteCommentStore(data.path);
    const late = await store.insert(record('bai-1', { body: 'Gửi muộn trên máy cũ' }));
    await store.close();
    assert.ok(late.ok);

    // Through the config this time: dataDir from the file, the target from BANTIN_DATABASE_URL.
    const configFile = join(data.path, 'bantin.config.json');
    writeFileSync(configFile, JSON.stringify({ dataDir: '.' }));
    const third = copy(['--config', configFile], { BANTIN_DATABASE_URL: url });
    assert.equal(third.status, 0, third.stderr);
    assert.match(third.stdout, /copied 1 of 1106 comments .* \(1105 already there, 1 given a new place/);
    const rows = await postgresRows(url);
    assert.equal(rows.length, countBefore + 1);
    assert.equal(rows.at(-1)!.id, late.comment.id);
    assert.equal(new Set(rows.map((row) => row.seq)).size, rows.length);
  });

  it('explains what is missing or wrong, without a stack and without the password', () => {
    const none = copy([]);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /needs --from <comments.sqlite> or --config/);
    const noTarget = copy(['--from', file]);
    assert.equal(noTarget.status, 2);
    assert.match(noTarget.stderr, /needs --to <postgres:\/\/…>/);
    const missing = copy(['--from', join(data.path, 'nothing.sqlite'), '--to', url]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /copy-to-postgres failed: cannot open .*nothing\.sqlite/);
    const unreachable = copy(['--from', file, '--to', 'postgres://bantin:hunter2@127.0.0.1:1/bantin']);
    assert.equal(unreachable.status, 1);
    assert.match(unreachable.stderr, /copy-to-postgres failed: .*ECONNREFUSED/);
    for (const result of [none, noTarget, missing, unreachable]) {
      assert.doesNotMatch(result.stderr, /hunter2|\n\s+at /);
    }
  });
});
