// GET /health: is this instance serving, and can it reach the comments database? Always 200 while the
// process answers (feeds and bundles do not need the database); `status: "degraded"` and
// `database.state: "down"` when the database did not answer a round trip within 2 s.
import type { FastifyPluginAsync } from 'fastify';
import type { CommentStore } from './store.js';

export const HEALTH_TIMEOUT_MS = 2_000;

export interface HealthRouteOptions {
  store: CommentStore;
}

const healthSchema = {
  type: 'object',
  required: ['status', 'database'],
  properties: {
    status: { type: 'string', enum: ['ok', 'degraded'] },
    database: {
      type: 'object',
      required: ['kind', 'state'],
      properties: {
        kind: { type: 'string', enum: ['sqlite', 'postgres'] },
        state: { type: 'string', enum: ['up', 'down'] },
        latencyMs: { type: 'number' },
      },
    },
  },
} as const;

/** Resolves with the round trip's milliseconds; rejects when the store fails or takes longer than `ms`. */
async function timedPing(store: CommentStore, ms: number): Promise<number> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    await Promise.race([store.ping(), timeout]);
  } finally {
    clearTimeout(timer);
  }
  return Math.round((performance.now() - started) * 10) / 10;
}

export const healthRoute: FastifyPluginAsync<HealthRouteOptions> = async (app, { store }) => {
  app.get('/health', { schema: { response: { 200: healthSchema } } }, async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    try {
      const latencyMs = await timedPing(store, HEALTH_TIMEOUT_MS);
      return { status: 'ok', database: { kind: store.kind, state: 'up', latencyMs } };
    } catch (error) {
      request.log.warn({ err: error }, 'health check: the comments database did not answer');
      return { status: 'degraded', database: { kind: store.kind, state: 'down' } };
    }
  });
};
