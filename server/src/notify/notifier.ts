// Sends the queued moderation events to the webhook: one delivery at a time per instance, signed with
// HMAC-SHA256 of the body (X-Bantin-Signature), through the feed proxy's address checks (safeFetch). Enqueuing
// is a database write; the delivery runs apart from any request, so a slow receiver never delays a poster.
import { createHmac } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Comment } from 'bantin/core';
import type { NotifyConfig, NotifyEvent } from '../config.js';
import type { SqlRunner } from '../comments/sql.js';
import { getThread } from '../comments/threads.js';
import { safeFetch, type FetchPolicy } from '../feeds/safe-fetch.js';
import { GIVE_UP_AFTER_MS, retryDelayMs } from './backoff.js';
import { claim, enqueue, remove, reschedule, type QueuedEvent } from './queue.js';

/** TESTS ONLY: a faster clock for the retries and the queue's polling. */
export interface NotifyTiming {
  retryDelayMs?: (failures: number) => number;
  pollMs?: number;
  giveUpAfterMs?: number;
}

const DELIVERY_TIMEOUT_MS = 10_000;
const LEASE_MS = DELIVERY_TIMEOUT_MS * 3;
const DEFAULT_POLL_MS = 5_000;

export function signature(secret: string, body: string | Buffer): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export interface Notifier {
  /** Queues `event` about `comment` when the config asks for it (never throws: a failure is logged). */
  publish(event: NotifyEvent, comment: Comment): Promise<void>;
  close(): Promise<void>;
}

export const NO_NOTIFIER: Notifier = { publish: async () => {}, close: async () => {} };

export function startNotifier(options: {
  config: NotifyConfig;
  sql: SqlRunner;
  log: FastifyBaseLogger;
  fetchPolicy?: FetchPolicy;
  timing?: NotifyTiming;
}): Notifier {
  const { config, sql, log } = options;
  const delay = options.timing?.retryDelayMs ?? retryDelayMs;
  const pollMs = options.timing?.pollMs ?? DEFAULT_POLL_MS;
  const giveUpAfterMs = options.timing?.giveUpAfterMs ?? GIVE_UP_AFTER_MS;
  const webhook = new URL(config.webhook);
  const policy: FetchPolicy = {
    ...options.fetchPolicy,
    timeoutMs: DELIVERY_TIMEOUT_MS,
    maxRedirects: 0,
    // The configured receiver may use its own port, as a configured feed may.
    allowPort: (url) => (url.host === webhook.host && url.protocol === webhook.protocol) || (options.fetchPolicy?.allowPort?.(url) ?? false),
  };
  const stopping = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;

  async function deliver(event: QueuedEvent): Promise<void> {
    const body = Buffer.from(event.body);
    try {
      await safeFetch(
        {
          url: config.webhook,
          signal: stopping.signal,
          post: {
            body,
            headers: {
              'Content-Type': 'application/json',
              'User-Agent': 'bantin-webhook/0.1',
              'X-Bantin-Event': event.event,
              'X-Bantin-Delivery': String(event.seq),
              'X-Bantin-Signature': signature(config.secret, body),
            },
          },
        },
        policy,
      );
      await remove(sql, event.seq);
    } catch (error) {
      if (stopping.signal.aborted) return reschedule(sql, event, new Date());
      const failures = event.attempts + 1;
      const next = new Date(Date.now() + delay(failures));
      if (next.getTime() - Date.parse(event.createdAt) > giveUpAfterMs) {
        log.warn({ err: error, event: event.event, delivery: event.seq }, 'webhook: giving up on an event after a day of retries');
        return remove(sql, event.seq);
      }
      log.warn({ err: error, event: event.event, delivery: event.seq, failures }, 'webhook delivery failed; will retry');
      await reschedule(sql, event, next, (error as Error).message);
    }
  }

  async function drain(): Promise<void> {
    while (!stopping.signal.aborted) {
      const event = await claim(sql, LEASE_MS);
      if (!event) return;
      // Shutting down between the claim and the delivery: give the event back at once, for the next start.
      if (stopping.signal.aborted) return reschedule(sql, event, new Date());
      await deliver(event);
    }
  }

  function schedule(ms: number): void {
    if (stopping.signal.aborted) return;
    clearTimeout(timer);
    timer = setTimeout(run, ms);
    timer.unref();
  }

  function run(): void {
    if (stopping.signal.aborted) return;
    if (running) return void (again = true);
    again = false;
    running = drain()
      .catch((error: unknown) => log.warn({ err: error }, 'webhook queue: the database did not answer'))
      .finally(() => {
        running = undefined;
        schedule(again ? 0 : pollMs);
      });
  }

  schedule(0);

  return {
    async publish(event, { id, thread: threadId, parentId, author, body, createdAt, status }) {
      if (!config.events.includes(event)) return;
      const comment: Comment = { id, thread: threadId, parentId, author, body, createdAt, status };
      try {
        const thread = await getThread(sql, comment.thread);
        const moderationUrl = config.moderationUrl && `${config.moderationUrl}?comment=${encodeURIComponent(comment.id)}`;
        const at = new Date().toISOString();
        await enqueue(sql, event, (id) => JSON.stringify({ id, event, at, comment, thread, moderationUrl }));
        schedule(0);
      } catch (error) {
        log.error({ err: error, event }, 'webhook: the event could not be queued');
      }
    },
    async close() {
      stopping.abort();
      clearTimeout(timer);
      await running;
    },
  };
}
