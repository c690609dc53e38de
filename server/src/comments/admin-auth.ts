// The admin API's gate: Authorization: Bearer <token>, where the token is BANTIN_ADMIN_TOKEN (the unnamed
// admin) or a moderator's, whose SHA-256 the config lists. 403 when the server knows no token, 401 without a
// bearer token, 403 with a wrong one, 429 after too many wrong ones from one client (token-throttle.ts).
// Tokens are compared as digests, in constant time, against every known one.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { ModeratorConfig } from '../config.js';
import { ApiError } from '../errors.js';
import type { Actor } from './audit.js';
import { TokenThrottle } from './token-throttle.js';

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The moderator behind an admin request (set by the admin gate). */
    actor?: Actor;
  }
}

/** The actor of an admin request: always set once the gate let it through. */
export function actorOf(request: FastifyRequest): Actor {
  return request.actor!;
}

/** An onRequest hook that lets through only requests carrying a known token, and records whose it is. */
export function bearerCheck(
  adminToken: string | undefined,
  moderators: readonly ModeratorConfig[] = [],
  throttle = new TokenThrottle(),
): (request: FastifyRequest) => Promise<void> {
  const known: { digest: Buffer; actor: Actor }[] = [
    ...(adminToken === undefined ? [] : [{ digest: digest(adminToken), actor: { name: null } }]),
    ...moderators.map((m) => ({ digest: Buffer.from(m.tokenSha256, 'hex'), actor: { name: m.name } })),
  ];
  return async (request) => {
    if (known.length === 0) {
      throw new ApiError(403, 'admin-disabled', 'The admin API is off: start the server with BANTIN_ADMIN_TOKEN or configure moderators');
    }
    throttle.check(request.ip);
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    if (!match) {
      throw new ApiError(401, 'unauthorized', 'Send Authorization: Bearer <admin token>', { headers: { 'WWW-Authenticate': 'Bearer' } });
    }
    const given = digest(match[1]!);
    let found: Actor | undefined;
    for (const entry of known) if (timingSafeEqual(given, entry.digest) && !found) found = entry.actor;
    if (!found) {
      throttle.fail(request.ip);
      throw new ApiError(403, 'forbidden', 'The admin token is wrong');
    }
    request.actor = found;
  };
}
