// Moderation API under /admin: every route behind one bearer-token hook (admin-auth.ts).
import type { FastifyPluginAsync } from 'fastify';
import { COMMENT_ID_MAX_LENGTH, isValidCommentId, type CommentStatus } from 'bantin/core';
import { ApiError } from '../errors.js';
import { inputErrorFormatter } from '../input-errors.js';
import { bearerCheck } from './admin-auth.js';
import { THREAD_AND_PAGE_ERRORS, pageQueryProperties, readPage, readThread, threadIdSchema, type PageQuery } from './params.js';
import { COMMENT_STATUSES, commentPageSchema, oneCommentSchema } from './schemas.js';
import type { CommentStore } from './store.js';

export interface AdminRoutesOptions {
  store: CommentStore;
  /** BANTIN_ADMIN_TOKEN; without it every admin route answers 403 admin-disabled. */
  adminToken?: string;
}

interface IdParams {
  id: string;
}

interface QueueQuery extends PageQuery {
  status: CommentStatus;
  thread?: string;
}

const notFound = () => new ApiError(404, 'not-found', 'No such comment');
const statusInvalid = () => new ApiError(400, 'invalid-request', `status must be one of ${COMMENT_STATUSES.join(', ')}`, { field: 'status' });

const idParamsSchema = {
  type: 'object',
  properties: { id: { type: 'string', maxLength: COMMENT_ID_MAX_LENGTH } },
  required: ['id'],
} as const;

const queueQuerySchema = {
  type: 'object',
  properties: { ...pageQueryProperties, status: { type: 'string', enum: COMMENT_STATUSES, default: 'pending' }, thread: threadIdSchema },
} as const;

function readCommentId(id: string): string {
  if (!isValidCommentId(id)) throw notFound();
  return id;
}

export const adminRoutes: FastifyPluginAsync<AdminRoutesOptions> = async (app, { store, adminToken }) => {
  app.addHook('onRequest', bearerCheck(adminToken));
  app.setSchemaErrorFormatter(inputErrorFormatter({ ...THREAD_AND_PAGE_ERRORS, id: notFound, status: statusInvalid }));

  app.get<{ Querystring: QueueQuery }>(
    '/comments',
    { schema: { querystring: queueQuerySchema, response: { 200: commentPageSchema } } },
    async (request, reply) => {
      const { status, thread } = request.query;
      const { afterSeq, limit } = readPage(request.query);
      reply.header('Cache-Control', 'no-store');
      return await store.listByStatus(status, afterSeq, limit, thread ? readThread(thread) : undefined);
    },
  );

  app.get<{ Params: IdParams }>(
    '/comments/:id',
    { schema: { params: idParamsSchema, response: { 200: oneCommentSchema } } },
    async (request, reply) => {
      const comment = await store.get(readCommentId(request.params.id));
      if (!comment) throw notFound();
      reply.header('Cache-Control', 'no-store');
      return { comment };
    },
  );

  for (const [action, status] of [
    ['approve', 'approved'],
    ['reject', 'rejected'],
    ['spam', 'spam'],
  ] as const) {
    app.post<{ Params: IdParams }>(
      `/comments/:id/${action}`,
      { schema: { params: idParamsSchema, response: { 200: oneCommentSchema } } },
      async (request) => {
        const comment = await store.setStatus(readCommentId(request.params.id), status);
        if (!comment) throw notFound();
        return { comment };
      },
    );
  }

  app.delete<{ Params: IdParams }>(
    '/comments/:id',
    { schema: { params: idParamsSchema, response: { 204: { type: 'null' } } } },
    async (request, reply) => {
      if (!(await store.delete(readCommentId(request.params.id)))) throw notFound();
      return reply.code(204).send();
    },
  );
};
