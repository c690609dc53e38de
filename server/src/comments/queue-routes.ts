// The moderation queue: comments by status with their context and the per-status counts, one comment, the
// pending comments new since a token (polling), and who the token belongs to.
import type { FastifyPluginAsync } from 'fastify';
import { COMMENT_ID_MAX_LENGTH, isValidCommentId, type CommentStatus } from 'bantin/core';
import { ApiError, notFound } from '../errors.js';
import { actorOf } from './admin-auth.js';
import type { AdminRoutesOptions } from './admin-routes.js';
import { listQueue, moderationComment, pendingSince, statusCounts } from './moderation-list.js';
import { pageQueryProperties, readPage, readThread, threadIdSchema, type PageQuery } from './params.js';
import { moderationCommentSchema, statusCountsSchema } from './moderation-schemas.js';
import { COMMENT_STATUSES } from './schemas.js';
import { decodeCursor, encodeCursor } from './store.js';

interface QueueQuery extends PageQuery {
  status: CommentStatus;
  thread?: string;
  q?: string;
  order: 'oldest' | 'newest';
}

export interface IdParams {
  id: string;
}

export const idParamsSchema = {
  type: 'object',
  properties: { id: { type: 'string', maxLength: COMMENT_ID_MAX_LENGTH } },
  required: ['id'],
} as const;

/** The comment id of a path, or 404 (an id that cannot exist is "no such comment"). */
export function readCommentId(id: string): string {
  if (!isValidCommentId(id)) throw notFound();
  return id;
}

const queueQuerySchema = {
  type: 'object',
  properties: {
    ...pageQueryProperties,
    status: { type: 'string', enum: COMMENT_STATUSES, default: 'pending' },
    thread: threadIdSchema,
    q: { type: 'string', minLength: 1, maxLength: 100 },
    order: { type: 'string', enum: ['oldest', 'newest'], default: 'oldest' },
  },
} as const;

const UPDATES_LIMIT = 100;

export const queueRoutes: FastifyPluginAsync<AdminRoutesOptions> = async (app, { context }) => {
  app.get('/me', async (request) => ({ moderator: { name: actorOf(request).name } }));

  app.get<{ Querystring: QueueQuery }>(
    '/comments',
    {
      schema: {
        querystring: queueQuerySchema,
        response: {
          200: {
            type: 'object',
            properties: {
              comments: { type: 'array', items: moderationCommentSchema },
              next: { type: ['string', 'null'] },
              count: { type: 'integer' },
              counts: statusCountsSchema,
            },
            required: ['comments', 'next', 'count', 'counts'],
            additionalProperties: false,
          },
        },
      },
    },
    async (request) => {
      const { status, thread, q, order } = request.query;
      const { afterSeq, limit } = readPage(request.query);
      const page = await listQueue(context, { status, thread: thread ? readThread(thread) : undefined, q, order, cursorSeq: afterSeq, limit });
      return { comments: page.comments, next: page.more ? encodeCursor(page.lastSeq!) : null, count: page.count, counts: page.counts };
    },
  );

  app.get<{ Querystring: { since?: string } }>(
    '/updates',
    {
      schema: {
        querystring: { type: 'object', properties: { since: { type: 'string', minLength: 1 } } },
        response: {
          200: {
            type: 'object',
            properties: { comments: { type: 'array', items: moderationCommentSchema }, since: { type: 'string' }, counts: statusCountsSchema },
            required: ['comments', 'since', 'counts'],
            additionalProperties: false,
          },
        },
      },
    },
    async (request) => {
      const { since } = request.query;
      const afterSeq = since === undefined ? undefined : decodeCursor(since);
      if (since !== undefined && afterSeq === undefined) {
        throw new ApiError(400, 'invalid-request', 'since is not one this server gave', { field: 'since' });
      }
      const update = await pendingSince(context, afterSeq, UPDATES_LIMIT);
      return { comments: update.comments, since: encodeCursor(update.lastSeq), counts: await statusCounts(context.sql) };
    },
  );

  app.get<{ Params: IdParams }>(
    '/comments/:id',
    {
      schema: {
        params: idParamsSchema,
        response: { 200: { type: 'object', properties: { comment: moderationCommentSchema }, required: ['comment'], additionalProperties: false } },
      },
    },
    async (request) => {
      const comment = await moderationComment(context, readCommentId(request.params.id));
      if (!comment) throw notFound();
      return { comment };
    },
  );
};
