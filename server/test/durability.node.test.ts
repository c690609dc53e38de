// Durability: the server runs as a child process, takes comments concurrently, is killed with SIGKILL
// mid-stream and restarted. Every comment that got a 201 is there, and PRAGMA integrity_check says ok.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { clientId, exited, postJson, startCli, tempDir } from './support.js';

describe('durability', () => {
  it('keeps every acknowledged comment across kill -9, with a sound database', { timeout: 120_000 }, async () => {
    const dir = tempDir('bantin-durable-');
    const dataDir = join(dir.path, 'data');
    const configFile = join(dir.path, 'bantin.config.json');
    writeFileSync(
      configFile,
      JSON.stringify({
        port: 0,
        host: '127.0.0.1',
        dataDir,
        moderation: 'post',
        staticDir: null,
        bundleDir: null,
        rateLimit: { perMinute: 1_000_000, perDay: 100_000_000 },
      }),
    );
    let first: Awaited<ReturnType<typeof startCli>> | undefined;
    let second: Awaited<ReturnType<typeof startCli>> | undefined;
    try {
      first = await startCli(configFile);
      const url = `${first.url}/api/threads/durable/comments`;
      const acknowledged = new Map<string, string>(); // clientId → comment id
      let failures = 0;
      let killed = false;
      const killAt = 400;

      // 16 concurrent posters; the server is killed once 400 comments are acknowledged, mid-stream.
      const poster = async (worker: number) => {
        for (let n = 0; n < 1000 && failures < 50; n++) {
          const id = clientId();
          try {
            const response = await postJson(url, {
              author: `Người ${worker}`,
              body: `Bình luận số ${n} của người ${worker}`,
              clientId: id,
              website: '',
            });
            if (response.status === 201) acknowledged.set(id, (await response.json()).comment.id);
            else failures++;
          } catch {
            failures++; // the connection died with the server: not acknowledged
          }
          if (!killed && acknowledged.size >= killAt) {
            killed = true;
            first!.child.kill('SIGKILL');
          }
        }
      };
      await Promise.all(Array.from({ length: 16 }, (_, worker) => poster(worker)));
      await exited(first.child);
      assert.ok(killed, 'the server was killed mid-stream');
      assert.equal(first.child.signalCode, 'SIGKILL');
      assert.ok(acknowledged.size >= killAt);

      // The database as the crash left it (WAL recovered on open).
      const db = new Database(join(dataDir, 'comments.sqlite'));
      try {
        assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
        const stored = new Set(db.prepare('SELECT client_id FROM comments').pluck().all() as string[]);
        const lost = [...acknowledged.keys()].filter((id) => !stored.has(id));
        assert.deepEqual(lost, [], `${lost.length} acknowledged comments were lost`);
        assert.equal(stored.size, new Set(db.prepare('SELECT id FROM comments').pluck().all() as string[]).size);
      } finally {
        db.close();
      }

      // The restarted server serves them all and still knows every clientId.
      second = await startCli(configFile);
      const seen = new Set<string>();
      let cursor: string | null = null;
      for (let page = 0; page < 1000; page++) {
        const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
        const body = (await (await fetch(`${second.url}/api/threads/durable/comments?limit=100${query}`)).json()) as {
          comments: { id: string }[];
          next: string | null;
        };
        for (const comment of body.comments) seen.add(comment.id);
        cursor = body.next;
        if (!cursor) break;
      }
      for (const commentId of acknowledged.values()) assert.ok(seen.has(commentId), `comment ${commentId} is listed`);
      const [someClient, someComment] = [...acknowledged][0]!;
      const replay = await postJson(`${second.url}/api/threads/durable/comments`, { author: 'X', body: 'Gửi lại lần nữa', clientId: someClient });
      assert.equal((await replay.json()).comment.id, someComment);
    } finally {
      first?.child.kill('SIGKILL');
      second?.child.kill('SIGTERM');
      if (second) await exited(second.child);
      dir.remove();
    }
  });
});
