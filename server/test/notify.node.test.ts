// Webhook notifications on both stores: signed events (the receiver checks the HMAC), a receiver that hangs
// never delays a poster, failures are retried with backoff, and the queue in the database survives a restart.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type http from 'node:http';
import { retryDelayMs } from '../src/notify/backoff.js';
import { STORE_KINDS, clientId, postJson, startApp, startUpstream, tempDir, usePostgres, type RunningApp, type Upstream } from './support.js';

const postgres = usePostgres();
const SECRET = 'webhook-secret-for-tests-0123';
const fetchPolicy = { allowAddresses: ['127.0.0.1'] };
const notifyTiming = { retryDelayMs: () => 150, pollMs: 100 };

interface Delivery {
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A receiver: answers each delivery with `respond(n)`'s status (or holds it while that returns undefined). */
async function receiver(respond: (n: number) => number | undefined) {
  const deliveries: Delivery[] = [];
  const held: http.ServerResponse[] = [];
  const waiters: (() => void)[] = [];
  const upstream: Upstream = await startUpstream((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      deliveries.push({ headers: request.headers, body: Buffer.concat(chunks) });
      const status = respond(deliveries.length);
      if (status === undefined) held.push(response);
      else response.writeHead(status).end();
      for (const wake of waiters.splice(0)) wake();
    });
  });
  /** Resolves once `n` deliveries arrived. */
  const arrived = async (n: number) => {
    while (deliveries.length < n) await new Promise<void>((resolve) => waiters.push(resolve));
  };
  return { upstream, deliveries, held, arrived, url: `${upstream.url}/hooks/bantin` };
}

function verify(delivery: Delivery): any {
  const expected = Buffer.from(`sha256=${createHmac('sha256', SECRET).update(delivery.body).digest('hex')}`);
  const given = Buffer.from(String(delivery.headers['x-bantin-signature']));
  assert.ok(given.length === expected.length && timingSafeEqual(given, expected), 'the signature is the HMAC of the body');
  return JSON.parse(delivery.body.toString());
}

/** Polls `check` until it holds (the queue works in the background). */
async function eventually(check: () => Promise<boolean> | boolean, what: string): Promise<void> {
  for (let tries = 0; tries < 300; tries++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.fail(`never: ${what}`);
}

describe('retry delays', () => {
  it('are 30 s, 1, 2, 5, 10, 30 min, then hourly', () => {
    assert.deepEqual(
      [1, 2, 3, 4, 5, 6, 7, 20].map((n) => retryDelayMs(n) / 1000),
      [30, 60, 120, 300, 600, 1800, 3600, 3600],
    );
  });
});

for (const kind of STORE_KINDS) {
  describe(`webhook notifications (${kind})`, () => {
    const env = { BANTIN_WEBHOOK_SECRET: SECRET };
    const post = (server: RunningApp, body: string) =>
      postJson(`${server.url}/api/threads/bai-notify/comments`, {
        author: 'Hoa',
        email: 'hoa@example.vn',
        body,
        clientId: clientId(),
        pageTitle: 'Tin Sơn La',
        pageUrl: 'https://baosonla.example.vn/tin/1.html',
      });

    it('signs each event; a receiver that hangs delays no poster', async () => {
      const hook = await receiver((n) => (n === 1 ? undefined : 204));
      const server = await startApp(
        {
          database: await postgres.database(kind),
          publicUrl: 'https://widgets.example.vn',
          notify: { webhook: hook.url, events: ['comment.pending', 'comment.approved'] },
        },
        { env, fetchPolicy, notifyTiming },
      );
      try {
        const first = await post(server, 'Bình luận thứ nhất');
        assert.equal(first.status, 201);
        const id = (await first.json()).comment.id;
        await hook.arrived(1); // the receiver holds this delivery
        const second = await post(server, 'Bình luận thứ hai');
        assert.equal(second.status, 201, 'answered while the webhook hangs');
        hook.held[0]!.writeHead(204).end();
        await hook.arrived(2);

        const event = verify(hook.deliveries[0]!);
        assert.deepEqual(Object.keys(event).sort(), ['at', 'comment', 'event', 'id', 'moderationUrl', 'thread']);
        assert.equal(event.event, 'comment.pending');
        assert.equal(event.comment.id, id);
        assert.doesNotMatch(hook.deliveries[0]!.body.toString(), /hoa@example|"email"|"ip"/);
        assert.deepEqual(event.thread, { id: 'bai-notify', title: 'Tin Sơn La', url: 'https://baosonla.example.vn/tin/1.html', closed: false });
        assert.equal(event.moderationUrl, `https://widgets.example.vn/admin?comment=${id}`);
        assert.equal(hook.deliveries[0]!.headers['x-bantin-event'], 'comment.pending');
        assert.equal(hook.deliveries[0]!.headers['x-bantin-delivery'], event.id);
        verify(hook.deliveries[1]!);

        const approved = await fetch(`${server.url}/api/admin/comments/${id}/approve`, {
          method: 'POST',
          headers: { Authorization: `Bearer test-admin-token-0123456789` },
        });
        assert.equal(approved.status, 200);
        await hook.arrived(3);
        assert.deepEqual([verify(hook.deliveries[2]!).event, verify(hook.deliveries[2]!).comment.status], ['comment.approved', 'approved']);
      } finally {
        await server.close();
        await hook.upstream.close();
      }
    });

    it('retries a failing receiver with backoff, and delivers after a restart on the same database', async () => {
      let failing = true;
      const hook = await receiver(() => (failing ? 500 : 204));
      const data = tempDir();
      const database = await postgres.database(kind);
      const raw = { database, dataDir: data.path, notify: { webhook: hook.url } };
      try {
        const first = await startApp(raw, { env, fetchPolicy, notifyTiming });
        assert.equal((await post(first, 'Chờ gửi lại')).status, 201);
        await hook.arrived(2); // the first attempt and at least one retry
        await first.close();
        const attempts = hook.deliveries.length;
        const delivery = hook.deliveries[0]!.headers['x-bantin-delivery'];
        assert.ok(
          hook.deliveries.every((d) => d.headers['x-bantin-delivery'] === delivery),
          'the same event each time',
        );

        failing = false;
        const second = await startApp(raw, { env, fetchPolicy, notifyTiming });
        try {
          await hook.arrived(attempts + 1);
          const last = hook.deliveries[hook.deliveries.length - 1]!;
          assert.equal(last.headers['x-bantin-delivery'], delivery);
          assert.equal(verify(last).comment.body, 'Chờ gửi lại');
          // Delivered once it succeeded: nothing more comes.
          const settled = hook.deliveries.length;
          await new Promise((resolve) => setTimeout(resolve, 500));
          assert.equal(hook.deliveries.length, settled);
        } finally {
          await second.close();
        }
      } finally {
        data.remove();
        await hook.upstream.close();
      }
    });

    it('drops an event after the retry period', async () => {
      const hook = await receiver(() => 503);
      const server = await startApp(
        { database: await postgres.database(kind), notify: { webhook: hook.url } },
        { env, fetchPolicy, notifyTiming: { ...notifyTiming, giveUpAfterMs: 400 } },
      );
      try {
        await post(server, 'Không ai nhận');
        await hook.arrived(1);
        await eventually(async () => {
          const before = hook.deliveries.length;
          await new Promise((resolve) => setTimeout(resolve, 600));
          return hook.deliveries.length === before;
        }, 'the retries stop');
        assert.ok(hook.deliveries.length >= 2);
      } finally {
        await server.close();
        await hook.upstream.close();
      }
    });
  });
}

describe('webhook address checks', () => {
  let server: RunningApp;
  let hook: Awaited<ReturnType<typeof receiver>>;
  before(async () => {
    hook = await receiver(() => 204);
    // No allowAddresses: 127.0.0.1 is refused as it would be for a feed.
    server = await startApp({ notify: { webhook: hook.url } }, { env: { BANTIN_WEBHOOK_SECRET: SECRET }, notifyTiming });
  });
  after(async () => {
    await server.close();
    await hook.upstream.close();
  });

  it('never delivers to a loopback receiver', async () => {
    const posted = await postJson(`${server.url}/api/threads/bai-ssrf/comments`, { author: 'An', body: 'Thử địa chỉ', clientId: clientId() });
    assert.equal(posted.status, 201);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(hook.deliveries.length, 0);
  });
});
