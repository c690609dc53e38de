// The widget server: feed proxy, comments API and static files on one Fastify instance.
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions, type RouteOptions } from 'fastify';
import cors from '@fastify/cors';
import type { ServerConfig } from './config.js';
import { ApiError, clientErrorHandler, frameworkErrors, installErrorHandlers } from './errors.js';
import { adminRoutes } from './comments/admin-routes.js';
import { configRoute } from './comments/config-route.js';
import { commentRoutes } from './comments/routes.js';
import { healthRoute } from './comments/health-route.js';
import { openCommentStore } from './comments/open-store.js';
import { FeedCache } from './feeds/feed-cache.js';
import { FeedService, type FeedMapper } from './feeds/feed-service.js';
import { feedRoutes, STALE_HEADER } from './feeds/routes.js';
import type { FetchPolicy } from './feeds/safe-fetch.js';
import { registerStatic } from './static.js';
import { adminPage } from './admin-page.js';
import { countsRoute } from './comments/counts-route.js';
import { ipHasher } from './comments/ip-key.js';
import type { ModerationContext } from './comments/moderation-list.js';
import { watchedWordMatcher } from './comments/watched-words.js';
import { NO_NOTIFIER, startNotifier, type NotifyTiming } from './notify/notifier.js';

export interface AppOptions {
  config: ServerConfig;
  logger?: FastifyServerOptions['logger'];
  /** Upstream limits; TESTS ONLY may add allowAddresses (local upstreams) and a stub resolver. */
  fetchPolicy?: FetchPolicy;
  /** The text → feed mapping, run in the process (default: rss-parser mapped onto the feed model, in the parse worker). */
  toFeed?: FeedMapper;
  /** The feed cache (tests give one with their own clock). */
  feedCache?: FeedCache;
  /** Called for every route as it is registered (tooling: the docs test lists the routes with it). */
  onRoute?: (route: RouteOptions) => void;
  /** TESTS ONLY: faster webhook retries and queue polling. */
  notifyTiming?: NotifyTiming;
}

function isAdminPath(url: string | undefined): boolean {
  return /^\/api\/admin(?:[/?]|$)/.test(url ?? '');
}

export async function createApp(options: AppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({
    logger: options.logger ?? false,
    // Per-request log lines would cost more than serving a cached feed; errors are logged where they happen.
    logController: new LogController({ disableRequestLogging: true }),
    // Thread ids may be page URLs: up to 200 characters, three times that when percent-encoded.
    routerOptions: { maxParamLength: 1000 },
    trustProxy: config.trustedProxies.length > 0 ? config.trustedProxies : false,
    bodyLimit: 64 * 1024,
    frameworkErrors,
    clientErrorHandler,
  });
  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  installErrorHandlers(app);

  // SQLite in dataDir or the PostgreSQL `database`; the routes see only the CommentStore interface.
  const store = await openCommentStore(config.database, config.dataDir);
  const context: ModerationContext = {
    sql: store.sql,
    hashIp: await ipHasher(store.sql, config.ipKey, config.rateLimit.ipv6Prefix),
    watched: watchedWordMatcher(config.watchedWords),
  };
  const notifier = config.notify
    ? startNotifier({ config: config.notify, sql: store.sql, log: app.log, fetchPolicy: options.fetchPolicy, timing: options.notifyTiming })
    : NO_NOTIFIER;
  app.addHook('onClose', async () => {
    await notifier.close();
    await store.close();
  });

  const feeds = new FeedService({
    feeds: config.feeds,
    allowHosts: config.allowHosts,
    toFeed: options.toFeed,
    fetchPolicy: options.fetchPolicy,
    cache: options.feedCache ?? new FeedCache({ maxBytes: config.feedCacheMaxBytes }),
    maxItems: config.maxItemsPerFeed,
  });
  app.addHook('onClose', () => feeds.close());

  await app.register(
    async (api) => {
      // A preflight names its origin and method; @fastify/cors would answer one that does not in text/plain.
      api.addHook('onRequest', async (request) => {
        if (request.method !== 'OPTIONS') return;
        // The moderation API is for the same-origin moderation page only: no preflight (admin-routes.ts: no CORS).
        if (isAdminPath(request.url)) throw new ApiError(404, 'not-found', `Nothing at OPTIONS ${request.url.split('?')[0]}`);
        if (!request.headers.origin || !request.headers['access-control-request-method']) {
          throw new ApiError(400, 'invalid-request', 'A preflight request needs Origin and Access-Control-Request-Method');
        }
      });
      const corsOptions = {
        origin: config.corsOrigins.includes('*') ? '*' : config.corsOrigins,
        methods: ['GET', 'HEAD', 'POST', 'DELETE'],
        allowedHeaders: ['Content-Type', 'Authorization', 'If-None-Match', 'If-Modified-Since'],
        exposedHeaders: ['ETag', 'Last-Modified', 'Retry-After', STALE_HEADER],
        maxAge: 600,
      };
      await api.register(cors, corsOptions);
      await api.register(feedRoutes, { service: feeds });
      await api.register(commentRoutes, {
        prefix: '/threads',
        store,
        moderation: config.moderation,
        limits: config.comments,
        rateLimit: config.rateLimit,
        context,
        notifier,
      });
      await api.register(adminRoutes, { prefix: '/admin', context, notifier, adminToken: config.adminToken, moderators: config.moderators });
      await api.register(countsRoute, { store });
      await api.register(configRoute, { limits: config.comments, moderation: config.moderation });
      await api.register(healthRoute, { store });
    },
    { prefix: '/api' },
  );

  await app.register(adminPage);
  await app.register(import('./embed/index.js'), { config, feeds, store });
  await registerStatic(app, { staticDir: config.staticDir, bundleDir: config.bundleDir }, { dataDir: config.dataDir, configFile: config.configFile });
  return app;
}
