// Per-IP limits on new comments (per minute and per day): fixed windows, each starting at the first post it
// counts. The IP is request.ip, which believes X-Forwarded-For only from trustedProxies (Fastify's trustProxy),
// counted under its clientIpKey (ip-key.ts: one key per IPv4 address, per IPv6 /64, whatever the spelling).
// The store counts, as part of admitting a comment: in this process's memory (SQLite, one instance:
// MemoryRateLimits) or in the shared database (PostgreSQL: bantin_admit in pg-migrations.ts), so that every
// instance counts against the same limits.
import type { FastifyRequest } from 'fastify';
import type { RateLimitConfig } from '../config.js';
import { ApiError } from '../errors.js';
import { clientIpKey } from './ip-key.js';

export interface RateWindow {
  /** Posts allowed in one window; the next one is refused until the window ends. */
  max: number;
  ms: number;
}

/** What a post counts in: its client's key and the windows, checked (and counted) in order. */
export interface RateLimitCount {
  key: string;
  windows: readonly RateWindow[];
}

/** The count for a request: per minute first, then per day (not counted in the day once over the minute). */
export function rateLimitCount(request: FastifyRequest, limits: RateLimitConfig): RateLimitCount {
  return {
    key: clientIpKey(request.ip, limits.ipv6Prefix) ?? request.ip,
    windows: [
      { max: limits.perMinute, ms: 60_000 },
      { max: limits.perDay, ms: 86_400_000 },
    ],
  };
}

/** 429 with Retry-After: the whole seconds until the window that refused the post ends (at least 1). */
export function rateLimited(retryAfterMs: number, what = 'comments'): ApiError {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new ApiError(429, 'rate-limited', `Too many ${what} from this address; try again in ${seconds} s`, {
    headers: { 'Retry-After': String(seconds) },
    extra: { retryAfterSeconds: seconds },
  });
}

/** The most keys kept per window: the least recently counted are forgotten first. */
const MEMORY_KEYS_PER_WINDOW = 5_000;

/** Fixed windows in this process's memory: one instance's counters (SQLite). */
export class MemoryRateLimits {
  private readonly windows = new Map<number, Map<string, { startedAt: number; hits: number }>>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Counts a post; the time left (ms) of the first window it is over, or undefined when it is within all. */
  count({ key, windows }: RateLimitCount): number | undefined {
    for (const { max, ms } of windows) {
      const { hits, ttlMs } = this.hit(key, ms);
      if (hits > max) return ttlMs;
    }
    return undefined;
  }

  private hit(key: string, windowMs: number): { hits: number; ttlMs: number } {
    const now = this.now();
    let keys = this.windows.get(windowMs);
    if (!keys) this.windows.set(windowMs, (keys = new Map()));
    let window = keys.get(key);
    keys.delete(key); // set again below: a Map iterates in insertion order, so the first key is the least recent
    if (!window || window.startedAt + windowMs <= now) window = { startedAt: now, hits: 0 };
    window.hits++;
    keys.set(key, window);
    if (keys.size > MEMORY_KEYS_PER_WINDOW) keys.delete(keys.keys().next().value!);
    return { hits: window.hits, ttlMs: window.startedAt + windowMs - now };
  }
}
