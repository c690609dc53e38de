// Moderation actions: approve, reject, spam or delete one comment, many at once (bulk), and undo. Each is
// audited under the acting moderator and notified (when the config asks) once committed.
import type { FastifyPluginAsync } from 'fastify';
import { COMMENT_ID_MAX_LENGTH } from 'bantin/core';
import { notFound } from '../errors.js';
import type { Notifier } from '../notify/notifier.js';
import { actorOf } from './admin-auth.js';
import type { AdminRoutesOptions } from './admin-routes.js';
import { applyAction, undoAction, type ActionOutcome, type BulkAction } from './moderate.js';
import { itemResultsSchema } from './moderation-schemas.js';
import { idParamsSchema, readCommentId, type IdParams } from './queue-routes.js';
import { commentSchema } from './schemas.js';

const MAX_BULK = 100;

/** Notifies every status change and deletion of an action (queued: the answer does not wait for the webhook). */
async function notifyOutcome(notifier: Notifier, outcome: ActionOutcome): Promise<void> {
  for (const comment of outcome.changed) await notifier.publish(`comment.${comment.status}` as 'comment.approved', comment);
  for (const comment of outcome.deleted) await notifier.publish('comment.deleted', comment);
}

const resultsAnswer = {
  type: 'object',
  properties: { action: { type: 'string' }, undid: { type: 'string' }, results: itemResultsSchema },
  required: ['action', 'results'],
  additionalProperties: false,
} as const;

export const actionRoutes: FastifyPluginAsync<AdminRoutesOptions> = async (app, { context: { sql }, notifier }) => {
  for (const action of ['approve', 'reject', 'spam'] as const) {
    app.post<{ Params: IdParams }>(
      `/comments/:id/${action}`,
      {
        schema: {
          params: idParamsSchema,
          response: {
            200: {
              type: 'object',
              properties: { comment: commentSchema, action: { type: 'string' } },
              required: ['comment', 'action'],
              additionalProperties: false,
            },
          },
        },
      },
      async (request) => {
        const outcome = await applyAction(sql, action, [readCommentId(request.params.id)], actorOf(request));
        if (!outcome.results[0]!.ok) throw notFound();
        await notifyOutcome(notifier, outcome);
        return { comment: outcome.acted[0]!, action: outcome.action };
      },
    );
  }

  app.delete<{ Params: IdParams }>(
    '/comments/:id',
    { schema: { params: idParamsSchema, response: { 204: { type: 'null' } } } },
    async (request, reply) => {
      const outcome = await applyAction(sql, 'delete', [readCommentId(request.params.id)], actorOf(request));
      if (!outcome.results[0]!.ok) throw notFound();
      await notifyOutcome(notifier, outcome);
      return reply.code(204).send();
    },
  );

  app.post<{ Body: { action: BulkAction; ids: string[] } }>(
    '/comments/bulk',
    {
      schema: {
        body: {
          type: 'object',
          properties: {
            action: { type: 'string', enum: ['approve', 'reject', 'spam', 'delete'] },
            ids: {
              type: 'array',
              minItems: 1,
              maxItems: MAX_BULK,
              uniqueItems: true,
              items: { type: 'string', minLength: 1, maxLength: COMMENT_ID_MAX_LENGTH },
            },
          },
          required: ['action', 'ids'],
        },
        response: { 200: resultsAnswer },
      },
    },
    async (request) => {
      const outcome = await applyAction(sql, request.body.action, request.body.ids, actorOf(request));
      await notifyOutcome(notifier, outcome);
      return { action: outcome.action, results: outcome.results };
    },
  );

  app.post<{ Body: { action?: string } | undefined }>(
    '/undo',
    {
      schema: {
        body: { type: ['object', 'null'], properties: { action: { type: 'string', minLength: 1, maxLength: 100 } } },
        response: { 200: resultsAnswer },
      },
    },
    async (request) => {
      const outcome = await undoAction(sql, request.body?.action, actorOf(request));
      await notifyOutcome(notifier, outcome);
      return { action: outcome.action, undid: outcome.undid, results: outcome.results };
    },
  );
};
