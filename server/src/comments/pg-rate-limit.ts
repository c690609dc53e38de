// The per-IP rate-limit counters in PostgreSQL, as a @fastify/rate-limit store: every instance counts in the
// same rows, so the limits hold for the whole site, not per process. One statement per window and request:
// an upsert that starts a new window when the last one is over, else adds one, and answers the count and
// the time left. Times come from the database's clock, the one clock all instances share.
import type pg from 'pg';
import type { FastifyRateLimitStore } from '@fastify/rate-limit';
import { query } from './pg-pool.js';
import type { RateLimitStoreClass } from './rate-limit.js';

const HIT = `
  INSERT INTO bantin_rate_limits AS r (key, window_ms, started_at, hits) VALUES ($1, $2, now(), 1)
  ON CONFLICT (key, window_ms) DO UPDATE SET
    started_at = CASE WHEN r.started_at + r.window_ms * interval '1 millisecond' <= now() THEN now() ELSE r.started_at END,
    hits = CASE WHEN r.started_at + r.window_ms * interval '1 millisecond' <= now() THEN 1 ELSE r.hits + 1 END
  RETURNING hits, ceil(extract(epoch FROM (started_at + window_ms * interval '1 millisecond' - now())) * 1000)::float8 AS ttl_ms`;

/** Windows that ended are deleted now and then, so that the table holds only live counters. */
const SWEEP = `DELETE FROM bantin_rate_limits WHERE started_at + window_ms * interval '1 millisecond' < now()`;
export const SWEEP_INTERVAL_MS = 10 * 60_000;

/** A store class bound to `pool` (@fastify/rate-limit constructs it, and asks it for one child per window). */
export function postgresRateLimitStore(pool: pg.Pool): RateLimitStoreClass {
  return class PostgresRateLimitStore implements FastifyRateLimitStore {
    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
      query<{ hits: number; ttl_ms: number }>(pool, { name: 'bantin-rate-limit-hit', text: HIT, values: [key, timeWindow] }).then(
        ({ rows: [row] }) => callback(null, { current: row!.hits, ttl: Math.max(0, row!.ttl_ms) }),
        (error: Error) => callback(error),
      );
    }

    child(): FastifyRateLimitStore {
      return this;
    }
  };
}

/** Deletes ended windows every 10 minutes until the returned function is called. */
export function sweepRateLimits(pool: pg.Pool): () => void {
  const timer = setInterval(() => {
    query(pool, { text: SWEEP }).catch(() => {}); // the database away: the next sweep catches up
  }, SWEEP_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
