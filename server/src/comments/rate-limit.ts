// Per-IP limits on new comments (per minute and per day), on @fastify/rate-limit. The IP is request.ip,
// which believes X-Forwarded-For only from trustedProxies (Fastify's trustProxy), counted under its
// clientIpKey (ip-key.ts: one key per IPv4 address, per IPv6 /64, whatever the spelling). The counters live where the
// comment store says: this process's memory (SQLite, one instance) or the shared database (pg-rate-limit.ts).
import rateLimit, { type FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RateLimitConfig } from '../config.js';
import { ApiError } from '../errors.js';
import { clientIpKey } from './ip-key.js';

export type RateLimitCheck = (request: FastifyRequest) => Promise<void>;

/** A @fastify/rate-limit store class; undefined means its in-memory store. */
export type RateLimitStoreClass = FastifyRateLimitStoreCtor;

export async function commentRateLimit(app: FastifyInstance, limits: RateLimitConfig, store?: RateLimitStoreClass): Promise<RateLimitCheck> {
  await app.register(rateLimit, { global: false, ...(store ? { store } : {}) });
  const keyGenerator = (request: FastifyRequest) => clientIpKey(request.ip, limits.ipv6Prefix) ?? request.ip;
  const windows = [
    app.createRateLimit({ max: limits.perMinute, timeWindow: 60_000, keyGenerator }),
    app.createRateLimit({ max: limits.perDay, timeWindow: 86_400_000, keyGenerator }),
  ];
  return async (request) => {
    for (const window of windows) {
      const state = await window(request);
      if (!state.isAllowed && state.isExceeded) {
        const seconds = Math.max(1, state.ttlInSeconds);
        throw new ApiError(429, 'rate-limited', `Too many comments from this address; try again in ${seconds} s`, {
          headers: { 'Retry-After': String(seconds) },
          extra: { retryAfterSeconds: seconds },
        });
      }
    }
  };
}
