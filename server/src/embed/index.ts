// Server rendering on the widget server: the fragment endpoint /embed/<widget>, and the pages of `renderPages`.
import type { FastifyPluginAsync } from 'fastify';
import type { CommentStore } from '../comments/store.js';
import type { ServerConfig } from '../config.js';
import type { FeedService } from '../feeds/feed-service.js';
import { renderedPages } from '../pages/rendered-pages.js';
import { WidgetRenderer } from './render.js';
import { embedRoutes } from './routes.js';

export interface ServerRenderingOptions {
  config: ServerConfig;
  feeds: FeedService;
  store: CommentStore;
}

const serverRendering: FastifyPluginAsync<ServerRenderingOptions> = async (app, { config, feeds, store }) => {
  const renderer = new WidgetRenderer(feeds, store);
  const { publicUrl, staticDir, renderPages } = config;
  await app.register(embedRoutes, { renderer, publicUrl, trustProxy: config.trustedProxies.length > 0 });
  if (staticDir && renderPages.length > 0) await app.register(renderedPages, { renderer, staticDir, pages: renderPages, publicUrl });
};

export default serverRendering;
