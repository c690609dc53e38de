// GET /counts?threads=a,b,c: the approved comment counts of up to 100 threads in one request, for listing
// pages (every <bantin-comment-count> of a page shares one). Cacheable for a short while.
import type { FastifyPluginAsync } from 'fastify';
import { ApiError } from '../errors.js';
import { inputErrorFormatter } from '../input-errors.js';
import { readThread } from './params.js';
import type { CommentStore } from './store.js';
import { countApprovedMany } from './threads.js';

export const MAX_COUNT_THREADS = 100;
const CACHE_CONTROL = 'public, max-age=30, stale-while-revalidate=60';

const threadsInvalid = (message = `threads must be 1–${MAX_COUNT_THREADS} thread ids separated by commas`) =>
  new ApiError(400, 'invalid-request', message, { field: 'threads' });

export const countsRoute: FastifyPluginAsync<{ store: CommentStore }> = async (app, { store }) => {
  app.setSchemaErrorFormatter(inputErrorFormatter({ threads: () => threadsInvalid() }));
  app.get<{ Querystring: { threads: string } }>(
    '/counts',
    {
      schema: {
        querystring: { type: 'object', properties: { threads: { type: 'string', minLength: 1, maxLength: 101 * 1000 } }, required: ['threads'] },
        response: {
          200: { type: 'object', properties: { counts: { type: 'object', additionalProperties: { type: 'integer' } } }, required: ['counts'] },
        },
      },
    },
    async (request, reply) => {
      const threads = request.query.threads.split(',');
      if (threads.length > MAX_COUNT_THREADS) throw threadsInvalid(`At most ${MAX_COUNT_THREADS} threads in one request`);
      if (threads.some((thread) => thread === '')) throw threadsInvalid('An empty thread id in threads');
      const counts = await countApprovedMany(store.sql, threads.map(readThread));
      reply.header('Cache-Control', CACHE_CONTROL);
      return { counts };
    },
  );
};
