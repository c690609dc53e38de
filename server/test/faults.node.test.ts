// Faults with two instances on PostgreSQL: one instance killed with SIGKILL while 16 clients post through
// both loses no acknowledged comment; PostgreSQL going away under load makes every answer a quick 503 with
// Retry-After (never a hang, never a 500), /api/health says so, and the instances recover by themselves.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { clientId, exited, postJson, startApp, startCli, tempDir, usePostgres, type RunningApp } from './support.js';

const postgres = usePostgres();
const UNLIMITED = { perMinute: 1_000_000, perDay: 100_000_000 };

async function storedClientIds(url: string): Promise<Map<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ client_id: string; id: string }>('SELECT client_id, id FROM bantin_comments');
    return new Map(rows.map((row) => [row.client_id, row.id]));
  } finally {
    await client.end();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('SIGKILL of one of two instances', () => {
  it('loses no acknowledged comment while 16 clients post through both', { timeout: 120_000 }, async () => {
    const database = await postgres.database('postgres');
    const dir = tempDir('bantin-kill-');
    const configFile = join(dir.path, 'bantin.config.json');
    writeFileSync(configFile, JSON.stringify({ port: 0, moderation: 'post', staticDir: null, bundleDir: null, rateLimit: UNLIMITED }));
    const env = { BANTIN_DATABASE_URL: database, BANTIN_DATA_DIR: dir.path };
    const [a, b] = await Promise.all([startCli(configFile, env), startCli(configFile, env)]);
    try {
      const acknowledged = new Map<string, string>(); // clientId → comment id
      let retried = 0;
      let killed = false;
      const killAt = 300;
      // Like a load balancer: each post goes to the next instance; a post that fails on one is retried, with
      // the same clientId, on the other (as the widget does after a network error).
      const poster = async (worker: number) => {
        for (let n = 0; n < 60; n++) {
          const id = clientId();
          const payload = { author: `Người ${worker}`, body: `Bình luận số ${n} của người ${worker}`, clientId: id, website: '' };
          const targets = (worker + n) % 2 === 0 ? [a, b] : [b, a];
          for (const [attempt, target] of targets.entries()) {
            if (attempt > 0) retried++;
            try {
              const response = await postJson(`${target.url}/api/threads/bai-kill/comments`, payload);
              if (response.status === 201) {
                acknowledged.set(id, (await response.json()).comment.id);
                break;
              }
            } catch {
              // the connection died with the instance: not acknowledged; try the other one
            }
          }
          if (!killed && acknowledged.size >= killAt) {
            killed = true;
            a.child.kill('SIGKILL');
          }
        }
      };
      await Promise.all(Array.from({ length: 16 }, (_, worker) => poster(worker)));
      await exited(a.child);
      assert.ok(killed, 'instance A was killed mid-stream');
      assert.equal(a.child.signalCode, 'SIGKILL');
      assert.equal(acknowledged.size, 16 * 60, 'every post was acknowledged, through A or B');
      assert.ok(retried > 0, 'some posts were retried on B after A died');

      const stored = await storedClientIds(database);
      const lost = [...acknowledged].filter(([id, commentId]) => stored.get(id) !== commentId);
      assert.deepEqual(lost, [], `${lost.length} acknowledged comments are missing or changed`);
      assert.equal(stored.size, acknowledged.size, 'no comment was stored twice');
    } finally {
      a.child.kill('SIGKILL');
      b.child.kill('SIGTERM');
      await exited(b.child);
      dir.remove();
    }
  });
});

describe('PostgreSQL going away under load', () => {
  let a: RunningApp;
  let b: RunningApp;
  let database: string;
  before(async () => {
    database = await postgres.database('postgres');
    const raw = { database, moderation: 'post', rateLimit: UNLIMITED };
    [a, b] = await Promise.all([startApp(raw), startApp(raw)]);
  });
  after(async () => {
    await a.close();
    await b.close();
  });

  it('answers 503 + Retry-After at once, reports it in /api/health, and recovers by itself', { timeout: 120_000 }, async () => {
    const cluster = await postgres.cluster();
    interface Answer {
      at: number;
      ms: number;
      status: number | 'no answer';
      retryAfter: string | null;
      body: string;
    }
    const answers: Answer[] = [];
    const acknowledged = new Map<string, string>();
    let running = true;
    const worker = async (n: number) => {
      const server = n % 2 ? a : b;
      while (running) {
        const id = clientId();
        const started = performance.now();
        try {
          const response = await postJson(
            `${server.url}/api/threads/bai-su-co/comments`,
            { author: 'An', body: 'Trong lúc sự cố', clientId: id },
            {},
          );
          const body = await response.text();
          answers.push({
            at: Date.now(),
            ms: performance.now() - started,
            status: response.status,
            retryAfter: response.headers.get('retry-after'),
            body,
          });
          if (response.status === 201) acknowledged.set(id, JSON.parse(body).comment.id);
          else await sleep(20);
        } catch {
          answers.push({ at: Date.now(), ms: performance.now() - started, status: 'no answer', retryAfter: null, body: '' });
        }
      }
    };
    const workers = Array.from({ length: 8 }, (_, n) => worker(n));
    await sleep(500);

    await cluster.stopServer();
    const downAt = Date.now();
    await sleep(1_000);
    // While it is down: reads too answer 503 with Retry-After, and health says "down" quickly.
    const list = await fetch(`${a.url}/api/threads/bai-su-co/comments`);
    assert.equal(list.status, 503);
    assert.equal(list.headers.get('retry-after'), '5');
    assert.equal((await list.json()).error.code, 'unavailable');
    const healthStarted = performance.now();
    const health = await (await fetch(`${b.url}/api/health`)).json();
    assert.ok(performance.now() - healthStarted < 2_500, 'health answers within its 2 s bound');
    assert.deepEqual(health, { status: 'degraded', database: { kind: 'postgres', state: 'down' } });
    await sleep(1_000);

    await cluster.startServer();
    const upAt = Date.now();
    // Recovered by itself: both instances store comments again, and health says "up".
    let recoveredAt = 0;
    for (let tries = 0; tries < 100 && !recoveredAt; tries++) {
      const ok = await Promise.all(
        [a, b].map((server) => postJson(`${server.url}/api/threads/bai-su-co/comments`, { author: 'An', body: 'Đã có lại', clientId: clientId() })),
      );
      if (ok.every((response) => response.status === 201)) recoveredAt = Date.now();
      else await sleep(100);
    }
    await sleep(500);
    running = false;
    await Promise.all(workers);

    assert.ok(recoveredAt > 0, 'both instances store comments again after PostgreSQL is back');
    assert.ok(recoveredAt - upAt < 5_000, `recovered ${recoveredAt - upAt} ms after PostgreSQL was back`);
    assert.equal((await (await fetch(`${a.url}/api/health`)).json()).database.state, 'up');

    const during = answers.filter((answer) => answer.at >= downAt && answer.at < upAt);
    assert.ok(during.length > 0);
    const statuses = new Set(answers.map((answer) => answer.status));
    assert.deepEqual(
      [...statuses].filter((status) => status !== 201 && status !== 503),
      [],
      'only 201 and 503, never a 500 or no answer',
    );
    for (const answer of answers.filter((x) => x.status === 503)) {
      assert.equal(answer.retryAfter, '5');
      const error = JSON.parse(answer.body).error;
      assert.equal(error.code, 'unavailable');
      assert.equal(error.retryAfterSeconds, 5);
      assert.doesNotMatch(answer.body, /stack|\bat \w+ \(/);
    }
    assert.ok(
      during.some((answer) => answer.status === 503),
      'posts during the outage were refused with 503',
    );
    const slowest = Math.max(...answers.map((answer) => answer.ms));
    assert.ok(slowest < 7_000, `the slowest answer took ${Math.round(slowest)} ms`);

    const stored = await storedClientIds(database);
    const lost = [...acknowledged].filter(([id, commentId]) => stored.get(id) !== commentId);
    assert.deepEqual(lost, [], 'every acknowledged comment survived the restart');
  });
});
