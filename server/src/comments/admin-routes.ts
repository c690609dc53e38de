// Moderation API under /admin: every route behind one bearer-token hook (admin-auth.ts), which also tells
// who acts. The queue (queue-routes.ts), the actions on comments (action-routes.ts) and the controls
// (blocks, threads, audit: control-routes.ts) are registered inside it.
import type { FastifyPluginAsync } from 'fastify';
import type { ModeratorConfig } from '../config.js';
import { ApiError, notFound } from '../errors.js';
import { inputErrorFormatter } from '../input-errors.js';
import type { Notifier } from '../notify/notifier.js';
import { bearerCheck } from './admin-auth.js';
import { actionRoutes } from './action-routes.js';
import { controlRoutes } from './control-routes.js';
import type { ModerationContext } from './moderation-list.js';
import { THREAD_AND_PAGE_ERRORS } from './params.js';
import { queueRoutes } from './queue-routes.js';
import { COMMENT_STATUSES } from './schemas.js';

export interface AdminRoutesOptions {
  context: ModerationContext;
  notifier: Notifier;
  /** BANTIN_ADMIN_TOKEN; without it and without moderators every admin route answers 403 admin-disabled. */
  adminToken?: string;
  moderators: readonly ModeratorConfig[];
}

/** A request that says it carries no body: Content-Length 0, or neither a length nor a chunked body. */
function hasNoBody(headers: { 'content-length'?: string; 'transfer-encoding'?: string }): boolean {
  return headers['transfer-encoding'] === undefined && (headers['content-length'] === undefined || headers['content-length'].trim() === '0');
}

const invalid = (field: 'status' | 'q' | 'order' | 'since' | 'action' | 'ids' | 'kind' | 'value' | 'reason' | 'commentId', message: string) => () =>
  new ApiError(400, 'invalid-request', message, { field });

export const adminRoutes: FastifyPluginAsync<AdminRoutesOptions> = async (app, options) => {
  // For the same-origin moderation page only: no CORS headers on any admin route (preflights: app.ts).
  app.addHook('onRoute', (route) => {
    route.config = { ...route.config, cors: false } as typeof route.config;
  });
  app.addHook('onRequest', bearerCheck(options.adminToken, options.moderators));
  app.setSchemaErrorFormatter(
    inputErrorFormatter({
      ...THREAD_AND_PAGE_ERRORS,
      id: () => notFound(),
      status: invalid('status', `status must be one of ${COMMENT_STATUSES.join(', ')}`),
      q: invalid('q', 'q must be 1–100 characters'),
      order: invalid('order', 'order must be "oldest" or "newest"'),
      since: invalid('since', 'since is not one this server gave'),
      action: invalid('action', 'action is not valid here'),
      ids: invalid('ids', 'ids must be 1–100 comment ids, without repeats'),
      kind: invalid('kind', 'kind must be "email" or "ip"'),
      value: invalid('value', 'value must be an email address or an IP address'),
      reason: invalid('reason', 'reason must be a string of at most 200 characters'),
      commentId: invalid('commentId', 'commentId must be a comment id'),
      comment: () => notFound(),
    }),
  );
  // A body-less action (approve, undo…) sent with a Content-Type but no body is a body-less request.
  app.addHook('onRequest', async (request) => {
    if (hasNoBody(request.headers)) delete request.raw.headers['content-type'];
  });
  // Admin answers are never cached, refusals (401, 403, 429) included.
  app.addHook('onSend', async (_request, reply) => {
    reply.header('Cache-Control', 'no-store');
  });
  // Not `options` itself: it carries this plugin's prefix, which the inner plugins would add again.
  const inner: AdminRoutesOptions = {
    context: options.context,
    notifier: options.notifier,
    adminToken: options.adminToken,
    moderators: options.moderators,
  };
  await app.register(queueRoutes, inner);
  await app.register(actionRoutes, inner);
  await app.register(controlRoutes, inner);
};
