// The per-IP rate-limit windows in PostgreSQL (bantin_rate_limits): every instance counts in the same rows, so
// the limits hold for the whole site, not per process. A post is counted by bantin_admit (pg-migrations.ts),
// one upsert per window that starts a new window when the last one is over, else adds one. Times come from the
// database's clock, the one clock all instances share.
import type pg from 'pg';
import { query } from './pg-pool.js';

/**
 * Windows that ended are deleted now and then, so that the table holds only live counters. Rows an admission
 * holds are skipped (a call counts several clients: waiting for one of its rows could close a cycle).
 */
const SWEEP = `
  DELETE FROM bantin_rate_limits WHERE (key, window_ms) IN (
    SELECT key, window_ms FROM bantin_rate_limits WHERE started_at + window_ms * interval '1 millisecond' < now() FOR UPDATE SKIP LOCKED)`;
export const SWEEP_INTERVAL_MS = 10 * 60_000;

/** Deletes ended windows every 10 minutes until the returned function is called. */
export function sweepRateLimits(pool: pg.Pool): () => void {
  const timer = setInterval(() => {
    query(pool, { text: SWEEP }).catch(() => {}); // the database away: the next sweep catches up
  }, SWEEP_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
