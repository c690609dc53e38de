// The admin API's gate: Authorization: Bearer <BANTIN_ADMIN_TOKEN>. 403 when the server has no token, 401
// without a bearer token, 403 with a wrong one. Tokens are compared as digests, in constant time.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../errors.js';

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** An onRequest hook that lets through only requests carrying `adminToken`. */
export function bearerCheck(adminToken: string | undefined): (request: FastifyRequest) => Promise<void> {
  const expected = adminToken === undefined ? undefined : digest(adminToken);
  return async (request) => {
    if (!expected) throw new ApiError(403, 'admin-disabled', 'The admin API is off: start the server with BANTIN_ADMIN_TOKEN');
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    if (!match) {
      throw new ApiError(401, 'unauthorized', 'Send Authorization: Bearer <admin token>', { headers: { 'WWW-Authenticate': 'Bearer' } });
    }
    if (!timingSafeEqual(digest(match[1]!), expected)) throw new ApiError(403, 'forbidden', 'The admin token is wrong');
  };
}
