// Public comments API: list approved comments, post one, count them.
import type { FastifyInstance } from 'fastify';
import {
  DEFAULT_COMMENT_LIMITS, isValidClientId, isValidThreadId, validateComment, type CommentFieldError, type CommentLimits,
} from 'bantin/core';
import { ApiError } from '../errors.js';
import type { Moderation } from '../config.js';
import { decodeCursor, type CommentStore } from './store.js';
import type { RateLimitCheck } from './rate-limit.js';

export const DEFAULT_LIST_LIMIT = 50;
const MAX_LIST_LIMIT = 100;
const BODY_LIMIT_BYTES = 16 * 1024;

const FIELD_ERROR_TEXT: Record<CommentFieldError['code'], (params?: Record<string, number>) => string> = {
  'author-required': () => 'Please give a name',
  'author-too-long': (p) => `The name is longer than ${p?.max} characters`,
  'email-invalid': () => 'The email address is not valid',
  'body-too-short': (p) => `The comment must have at least ${p?.min} characters`,
  'body-too-long': (p) => `The comment must have at most ${p?.max} characters`,
  'parent-invalid': () => 'parentId is not a comment id',
  'parent-not-found': () => 'The comment replied to does not exist in this thread',
  'reply-too-deep': () => 'Replies to replies are not allowed',
  'thread-invalid': () => 'The thread id must be 1–200 URL characters',
  'client-id-invalid': () => 'clientId must be 8–100 characters of A–Z, a–z, 0–9, "-" and "_"',
};

function fieldError(error: CommentFieldError, all: CommentFieldError[] = [error]): ApiError {
  return new ApiError(400, error.code, FIELD_ERROR_TEXT[error.code](error.params), {
    field: error.field,
    extra: { ...(error.params ? { params: error.params } : {}), ...(all.length > 1 ? { errors: all } : {}) },
  });
}

export function threadParam(params: unknown): string {
  const thread = (params as { thread?: unknown }).thread;
  if (!isValidThreadId(thread)) throw fieldError({ field: 'thread', code: 'thread-invalid' });
  return thread;
}

/** `cursor` and `limit` query parameters → the sequence number to start after, and the page size. */
export function pageQuery(query: unknown): { afterSeq: number; limit: number } {
  const { cursor, limit } = query as { cursor?: unknown; limit?: unknown };
  let afterSeq = 0;
  if (cursor !== undefined && cursor !== '') {
    const seq = typeof cursor === 'string' ? decodeCursor(cursor) : undefined;
    if (seq === undefined) throw new ApiError(400, 'invalid-request', 'cursor is not one this server gave', { field: 'cursor' });
    afterSeq = seq;
  }
  let size = DEFAULT_LIST_LIMIT;
  if (limit !== undefined && limit !== '') {
    size = typeof limit === 'string' && /^\d{1,3}$/.test(limit) ? Number(limit) : NaN;
    if (!(size >= 1 && size <= MAX_LIST_LIMIT)) {
      throw new ApiError(400, 'invalid-request', `limit must be from 1 to ${MAX_LIST_LIMIT}`, { field: 'limit' });
    }
  }
  return { afterSeq, limit: size };
}

export interface CommentRoutesOptions {
  store: CommentStore;
  moderation: Moderation;
  rateLimit: RateLimitCheck;
  limits?: Partial<CommentLimits>;
}

export function registerCommentRoutes(app: FastifyInstance, options: CommentRoutesOptions): void {
  const { store, moderation, rateLimit } = options;
  const limits = { ...DEFAULT_COMMENT_LIMITS, ...options.limits };

  app.get('/threads/:thread/comments', async (request, reply) => {
    const thread = threadParam(request.params);
    const { afterSeq, limit } = pageQuery(request.query);
    reply.header('Cache-Control', 'no-cache');
    return store.listApproved(thread, afterSeq, limit);
  });

  app.get('/threads/:thread/count', async (request, reply) => {
    const thread = threadParam(request.params);
    reply.header('Cache-Control', 'no-cache');
    return { count: store.countApproved(thread) };
  });

  app.post('/threads/:thread/comments', { bodyLimit: BODY_LIMIT_BYTES }, async (request, reply) => {
    const thread = threadParam(request.params);
    const body = request.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new ApiError(400, 'invalid-request', 'Send a JSON object { author, email?, body, parentId?, clientId, website }');
    }
    const input = body as Record<string, unknown>;
    if (!isValidClientId(input.clientId)) throw fieldError({ field: 'clientId', code: 'client-id-invalid' });

    // A retry of a comment already stored gets the first answer, whatever else it carries.
    const replay = store.findByClientId(input.clientId);
    if (replay) return reply.code(201).header('Idempotent-Replayed', 'true').send(replay);

    const checked = validateComment(input, limits);
    if (!checked.ok) throw fieldError(checked.errors[0]!, checked.errors);
    await rateLimit(request);

    const isSpam = typeof input.website === 'string' ? input.website.trim() !== '' : input.website != null;
    const ackStatus = moderation === 'post' ? 'approved' : 'pending';
    let outcome;
    try {
      outcome = await store.insert({
        thread,
        ...checked.value,
        clientId: input.clientId,
        ip: request.ip,
        status: isSpam ? 'spam' : ackStatus,
        ackStatus,
      });
    } catch (error) {
      request.log.error({ err: error }, 'storing a comment failed');
      throw new ApiError(503, 'unavailable', 'The comment could not be stored; please try again');
    }
    if (!outcome.ok) throw fieldError({ field: outcome.field, code: outcome.code });
    if (outcome.replay) reply.header('Idempotent-Replayed', 'true');
    return reply.code(201).send({ comment: outcome.comment, status: outcome.status });
  });
}
