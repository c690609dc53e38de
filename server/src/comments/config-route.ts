// GET /config: the comment rules this server applies, so a comment box can show the real limits (like Isso's).
import type { FastifyPluginAsync } from 'fastify';
import { AUTHOR_MAX_LENGTH, EMAIL_MAX_LENGTH, type CommentLimits, type CommentServerConfig } from 'bantin/core';
import type { Moderation } from '../config.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './params.js';
import { commentServerConfigSchema } from './schemas.js';

export interface ConfigRouteOptions {
  limits: CommentLimits;
  moderation: Moderation;
}

/** The rules change only with a restart; five minutes of caching spares a request per page view. */
const CACHE_CONTROL = 'public, max-age=300';

export const configRoute: FastifyPluginAsync<ConfigRouteOptions> = async (app, { limits, moderation }) => {
  const answer: CommentServerConfig = {
    comments: {
      minLength: limits.minLength,
      maxLength: limits.maxLength,
      authorMaxLength: AUTHOR_MAX_LENGTH,
      emailMaxLength: EMAIL_MAX_LENGTH,
      pageSize: DEFAULT_PAGE_SIZE,
      maxPageSize: MAX_PAGE_SIZE,
      moderation,
    },
  };

  app.get('/config', { schema: { response: { 200: commentServerConfigSchema } } }, async (_request, reply) => {
    reply.header('Cache-Control', CACHE_CONTROL);
    return answer;
  });
};
