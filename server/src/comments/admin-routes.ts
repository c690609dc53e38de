// Moderation API behind Authorization: Bearer <BANTIN_ADMIN_TOKEN>: 401 without a token, 403 with a wrong one.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isValidCommentId, type CommentStatus } from 'bantin/core';
import { ApiError } from '../errors.js';
import type { CommentStore } from './store.js';
import { pageQuery, threadParam } from './routes.js';

const STATUSES: readonly CommentStatus[] = ['pending', 'approved', 'rejected', 'spam'];

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function bearerCheck(adminToken: string | undefined): (request: FastifyRequest) => Promise<void> {
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

function commentId(params: unknown): string {
  const id = (params as { id?: unknown }).id;
  if (!isValidCommentId(id)) throw new ApiError(404, 'not-found', 'No such comment');
  return id;
}

export function registerAdminRoutes(app: FastifyInstance, options: { store: CommentStore; adminToken?: string }): void {
  const { store } = options;
  const onRequest = bearerCheck(options.adminToken);
  const notFound = () => new ApiError(404, 'not-found', 'No such comment');

  app.get('/admin/comments', { onRequest }, async (request, reply) => {
    const query = request.query as { status?: unknown; thread?: unknown };
    const status = (query.status ?? 'pending') as CommentStatus;
    if (!STATUSES.includes(status)) {
      throw new ApiError(400, 'invalid-request', `status must be one of ${STATUSES.join(', ')}`, { field: 'status' });
    }
    const thread = query.thread === undefined || query.thread === '' ? undefined : threadParam({ thread: query.thread });
    const { afterSeq, limit } = pageQuery(request.query);
    reply.header('Cache-Control', 'no-store');
    return store.listByStatus(status, afterSeq, limit, thread);
  });

  app.get('/admin/comments/:id', { onRequest }, async (request, reply) => {
    const comment = store.get(commentId(request.params));
    if (!comment) throw notFound();
    reply.header('Cache-Control', 'no-store');
    return { comment };
  });

  for (const [action, status] of [
    ['approve', 'approved'],
    ['reject', 'rejected'],
    ['spam', 'spam'],
  ] as const) {
    app.post(`/admin/comments/:id/${action}`, { onRequest }, async (request) => {
      const comment = store.setStatus(commentId(request.params), status);
      if (!comment) throw notFound();
      return { comment };
    });
  }

  app.delete('/admin/comments/:id', { onRequest }, async (request, reply) => {
    if (!store.delete(commentId(request.params))) throw notFound();
    return reply.code(204).send();
  });
}
