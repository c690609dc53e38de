// What moderators control besides single comments: blocks of emails and IPs, closing and opening threads, and
// the audit log of every action.
import type { FastifyPluginAsync } from 'fastify';
import { COMMENT_ID_MAX_LENGTH, isValidCommentId } from 'bantin/core';
import { ApiError, notFound } from '../errors.js';
import { actorOf } from './admin-auth.js';
import type { AdminRoutesOptions } from './admin-routes.js';
import { listAudit, newActionId, record } from './audit.js';
import { addBlock, listBlocks, matchKey, removeBlock, type BlockKind } from './blocks.js';
import { auditPageSchema, blockSchema, threadSchema } from './moderation-schemas.js';
import { pageQueryProperties, readPage, readThread, threadParamsSchema, type PageQuery, type ThreadParams } from './params.js';
import { encodeCursor } from './store.js';
import { countApprovedMany, getThread, setClosed } from './threads.js';
import type { SqlRunner } from './sql.js';

interface BlockBody {
  kind: BlockKind;
  value?: string;
  commentId?: string;
  reason?: string;
}

const blockBodySchema = {
  type: 'object',
  properties: {
    kind: { type: 'string', enum: ['email', 'ip'] },
    value: { type: 'string', minLength: 1, maxLength: 254 },
    commentId: { type: 'string', minLength: 1, maxLength: COMMENT_ID_MAX_LENGTH },
    reason: { type: 'string', maxLength: 200 },
  },
  required: ['kind'],
} as const;

const badInput = (field: 'value' | 'commentId', message: string) => new ApiError(400, 'invalid-request', message, { field });
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The email or IP a block names: `value`, or the one a comment was posted with. */
async function blockedValue(sql: SqlRunner, body: BlockBody): Promise<string> {
  if (body.value !== undefined && body.commentId !== undefined) throw badInput('value', 'Give value or commentId, not both');
  if (body.commentId !== undefined) {
    if (!isValidCommentId(body.commentId)) throw notFound('comment', 'commentId');
    const [row] = await sql.all<{ email: string | null; ip: string | null }>(`SELECT email, ip FROM ${sql.comments} WHERE id = $1`, [body.commentId]);
    if (!row) throw notFound('comment', 'commentId');
    const value = body.kind === 'email' ? row.email : row.ip;
    if (!value) throw badInput('commentId', `That comment has no ${body.kind === 'email' ? 'email' : 'IP'}`);
    return value;
  }
  if (body.value === undefined) throw badInput('value', 'Give value (an email or IP address) or commentId');
  return body.value;
}

async function threadAnswer(sql: SqlRunner, thread: string) {
  const info = await getThread(sql, thread);
  const counts = await countApprovedMany(sql, [thread]);
  return { thread: { ...info, count: counts[thread] ?? 0 } };
}

export const controlRoutes: FastifyPluginAsync<AdminRoutesOptions> = async (app, { context: { sql, hashIp } }) => {
  app.post<{ Body: BlockBody }>(
    '/blocks',
    { schema: { body: blockBodySchema, response: { '2xx': { type: 'object', properties: { block: blockSchema }, required: ['block'] } } } },
    async (request, reply) => {
      const { kind, reason } = request.body;
      const value = await blockedValue(sql, request.body);
      if (kind === 'email' && !EMAIL.test(value.trim())) throw badInput('value', 'value is not an email address');
      const key = matchKey(kind, value, hashIp);
      if (key === undefined) throw badInput('value', 'value is not an IP address');
      const { block, created } = await addBlock(sql, { kind, key, reason: reason?.trim() || null }, actorOf(request));
      return reply.code(created ? 201 : 200).send({ block });
    },
  );

  app.get(
    '/blocks',
    { schema: { response: { 200: { type: 'object', properties: { blocks: { type: 'array', items: blockSchema } } } } } },
    async () => ({
      blocks: await listBlocks(sql),
    }),
  );

  app.delete<{ Params: { id: string } }>(
    '/blocks/:id',
    { schema: { params: { type: 'object', properties: { id: { type: 'string', maxLength: 100 } }, required: ['id'] } } },
    async (request, reply) => {
      if (!(await removeBlock(sql, request.params.id, actorOf(request)))) throw new ApiError(404, 'not-found', 'No such block');
      return reply.code(204).send();
    },
  );

  app.get<{ Params: ThreadParams }>(
    '/threads/:thread',
    { schema: { params: threadParamsSchema, response: { 200: threadSchema } } },
    async (request) => threadAnswer(sql, readThread(request.params.thread)),
  );

  for (const kind of ['close', 'open'] as const) {
    app.post<{ Params: ThreadParams }>(
      `/threads/:thread/${kind}`,
      { schema: { params: threadParamsSchema, response: { 200: threadSchema } } },
      async (request) => {
        const thread = readThread(request.params.thread);
        const closed = kind === 'close';
        const before = await setClosed(sql, thread, closed);
        await record(sql, newActionId(), kind, actorOf(request), {
          thread,
          detail: before === closed ? `already ${kind === 'close' ? 'closed' : 'open'}` : null,
        });
        return threadAnswer(sql, thread);
      },
    );
  }

  app.get<{ Querystring: PageQuery & { comment?: string } }>(
    '/audit',
    {
      schema: {
        querystring: { type: 'object', properties: { ...pageQueryProperties, comment: { type: 'string', maxLength: COMMENT_ID_MAX_LENGTH } } },
        response: { 200: auditPageSchema },
      },
    },
    async (request) => {
      const { afterSeq, limit } = readPage(request.query);
      const page = await listAudit(sql, { beforeSeq: afterSeq, limit, commentId: request.query.comment || undefined });
      return { entries: page.entries, next: page.more ? encodeCursor(page.lastSeq!) : null };
    },
  );
};
