// Public comments API under /threads: list a thread's approved comments, post one, count them.
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { isValidClientId, validateComment, type CommentLimits } from 'bantin/core';
import { ApiError } from '../errors.js';
import type { Moderation, RateLimitConfig } from '../config.js';
import { inputErrorFormatter } from '../input-errors.js';
import { fieldError } from './field-errors.js';
import {
  THREAD_AND_PAGE_ERRORS,
  pageQueryProperties,
  readPage,
  readThread,
  threadParamsSchema,
  type PageQuery,
  type ThreadParams,
} from './params.js';
import { rateLimitCount, rateLimited } from './rate-limit.js';
import { StoreUnavailableError } from './unavailable.js';
import { commentPageSchema, countSchema, newCommentSchema, postedCommentSchema } from './schemas.js';
import type { Acknowledged, Admission, Admitted, CommentStore } from './store.js';
import type { Notifier } from '../notify/notifier.js';
import { matchKey } from './blocks.js';
import type { ModerationContext } from './moderation-list.js';
import { readPageContext } from './page-context.js';
import { getThread } from './threads.js';

const BODY_LIMIT_BYTES = 16 * 1024;

/**
 * The most bytes a comment post may have: 16 KiB, or more when `maxLength` is raised so far that a body at the
 * limit would not fit (8 bytes a character covers Vietnamese in NFD; 4 KiB for the other fields).
 */
function postBodyLimit(maxLength: number): number {
  return Math.max(BODY_LIMIT_BYTES, maxLength * 8 + 4 * 1024);
}

export interface CommentRoutesOptions {
  store: CommentStore;
  moderation: Moderation;
  /** Body length in user-perceived characters (config `comments`). */
  limits: CommentLimits;
  /** New comments per client IP (config `rateLimit`). */
  rateLimit: RateLimitConfig;
  /** Blocks, watched words and thread state (the moderation tables). */
  context: ModerationContext;
  notifier: Notifier;
}

/** A thread's page: the public page schema plus `closed`. */
const threadPageSchema = {
  ...commentPageSchema,
  properties: { ...commentPageSchema.properties, closed: { type: 'boolean' } },
  required: [...commentPageSchema.required, 'closed'],
} as const;

export const commentRoutes: FastifyPluginAsync<CommentRoutesOptions> = async (app, options) => {
  const { store, moderation, limits, context, notifier } = options;
  app.setSchemaErrorFormatter(inputErrorFormatter(THREAD_AND_PAGE_ERRORS));

  app.get<{ Params: ThreadParams; Querystring: PageQuery }>(
    '/:thread/comments',
    {
      schema: {
        params: threadParamsSchema,
        querystring: { type: 'object', properties: pageQueryProperties },
        response: { 200: threadPageSchema },
      },
    },
    async (request, reply) => {
      const thread = readThread(request.params.thread);
      const { afterSeq, limit } = readPage(request.query);
      reply.header('Cache-Control', 'no-cache');
      const [page, info] = await Promise.all([store.listApproved(thread, afterSeq, limit), getThread(context.sql, thread)]);
      return { ...page, closed: info.closed };
    },
  );

  app.get<{ Params: ThreadParams }>(
    '/:thread/count',
    { schema: { params: threadParamsSchema, response: { 200: countSchema } } },
    async (request, reply) => {
      const thread = readThread(request.params.thread);
      reply.header('Cache-Control', 'no-cache');
      return { count: await store.countApproved(thread) };
    },
  );

  app.post<{ Params: ThreadParams; Body: Record<string, unknown> }>(
    '/:thread/comments',
    {
      bodyLimit: postBodyLimit(limits.maxLength),
      schema: { params: threadParamsSchema, body: newCommentSchema, response: { 201: postedCommentSchema } },
    },
    async (request, reply) => {
      const thread = readThread(request.params.thread);
      const input = request.body;
      if (!isValidClientId(input.clientId)) throw fieldError({ field: 'clientId', code: 'client-id-invalid' });
      const replayed = (answer: Acknowledged) => reply.code(201).header('Idempotent-Replayed', 'true').send(answer);

      let admission: Admission;
      try {
        admission = admissionOf(request, thread, input.clientId);
      } catch (error) {
        // A retry of a comment already stored gets the first answer, whatever else it carries (a valid post's
        // replay is the store's first check).
        const replay = await store.findByClientId(input.clientId);
        if (replay) return replayed(replay);
        throw error;
      }
      let outcome: Admitted;
      try {
        outcome = await store.admit(admission);
      } catch (error) {
        if (error instanceof ApiError) throw error; // the database away: 503 with Retry-After already
        request.log.error({ err: error }, 'storing a comment failed');
        throw new StoreUnavailableError('The comment could not be stored; please try again');
      }
      switch (outcome.kind) {
        case 'replay':
          return replayed({ comment: outcome.comment, status: outcome.status });
        case 'closed':
          throw new ApiError(403, 'thread-closed', 'This thread is closed to new comments');
        case 'rate-limited':
          throw rateLimited(outcome.retryAfterMs);
        case 'refused':
          throw fieldError({ field: outcome.field, code: outcome.code });
      }
      const { comment, status } = outcome;
      if (!outcome.spam) await notifier.publish(status === 'approved' ? 'comment.approved' : 'comment.pending', comment);
      return reply.code(201).send({ comment, status });
    },
  );

  /** A post's admission once its fields are valid (400 otherwise): what the store checks and stores. */
  function admissionOf(request: FastifyRequest<{ Body: Record<string, unknown> }>, thread: string, clientId: string): Admission {
    const input = request.body;
    const checked = validateComment(input, limits);
    if (!checked.ok) throw fieldError(checked.errors[0]!, checked.errors);
    const page = readPageContext(input);
    const held = context.watched(`${checked.value.author}\n${checked.value.body}`).length > 0;
    return {
      thread,
      comment: checked.value,
      clientId,
      ip: request.ip,
      ackStatus: moderation === 'post' && !held ? 'approved' : 'pending',
      honeypot: typeof input.website === 'string' ? input.website.trim() !== '' : input.website != null,
      rateLimit: rateLimitCount(request, options.rateLimit),
      blockKeys: {
        email: checked.value.email === undefined ? undefined : matchKey('email', checked.value.email, context.hashIp),
        ip: context.hashIp(request.ip),
      },
      page,
    };
  }
};
