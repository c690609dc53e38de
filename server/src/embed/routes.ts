// GET /embed/<widget>?<attributes>: the widget rendered on the server, as an HTML fragment to paste into a page
// (server-side includes, a CMS template, a backend fetch). Contract: docs/ssr.md#the-fragment-endpoint.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../errors.js';
import { feedCacheControl, STALE_HEADER } from '../feeds/routes.js';
import { EMBED_WIDGETS, readEmbedQuery } from './attributes.js';
import type { RenderedWidget, WidgetRenderer } from './render.js';

export interface EmbedRoutesOptions {
  renderer: WidgetRenderer;
  /** This server's origin as configured (`publicUrl`), or null: then the request's. */
  publicUrl: string | null;
  /** Whether X-Forwarded-Proto/-Host are believed (trustedProxies): the request's origin may then come from them. */
  trustProxy: boolean;
}

const CONTENT_TYPE = 'text/html; charset=utf-8';

/** This server's origin as the reader's browser sees it; "" when the request's Host is not a usable one. */
export function originOf(request: FastifyRequest, publicUrl: string | null): string {
  if (publicUrl) return publicUrl;
  try {
    const url = new URL(`${request.protocol}://${request.host}`);
    return url.host === request.host.toLowerCase() ? url.origin : '';
  } catch {
    return '';
  }
}

export function addVary(reply: FastifyReply, ...values: string[]): void {
  const current = reply.getHeader('vary');
  const names = typeof current === 'string' && current !== '' ? current.split(',').map((name) => name.trim()) : [];
  for (const value of values) if (!names.some((name) => name.toLowerCase() === value.toLowerCase())) names.push(value);
  reply.header('Vary', names.join(', '));
}

export function isNotModified(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (header === undefined) return false;
  return header.trim() === '*' || header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}

/**
 * Shared caches may keep a fragment as long as its feeds are fresh; one with comments is revalidated every time
 * (like the comments API). A nonce belongs to one page view, so that answer is for the one who asked, not kept.
 */
function cacheControl(rendered: RenderedWidget, nonce: string | undefined): string {
  if (nonce) return 'private, no-store';
  if (rendered.maxAgeSeconds === undefined || rendered.feeds.length === 0) return 'public, no-cache';
  return feedCacheControl(rendered.maxAgeSeconds);
}

export const embedRoutes: FastifyPluginAsync<EmbedRoutesOptions> = async (app, { renderer, publicUrl, trustProxy }) => {
  app.get<{ Params: { widget: string } }>('/embed/:widget', async (request, reply) => {
    const widget = request.params.widget;
    const tag = Object.hasOwn(EMBED_WIDGETS, widget) ? EMBED_WIDGETS[widget as keyof typeof EMBED_WIDGETS] : undefined;
    if (!tag) throw new ApiError(404, 'not-found', `No widget named "${widget}" (${Object.keys(EMBED_WIDGETS).join(', ')})`);
    const query = new URLSearchParams(request.url.slice(request.url.indexOf('?') + 1 || request.url.length));
    const { attributes, nonce } = readEmbedQuery(tag, query);
    const origin = originOf(request, publicUrl);
    const rendered = await renderer.render({ tag, attributes, origin, rewrite: true, ...(nonce ? { nonce } : {}) });

    reply.header('ETag', rendered.etag).header('Cache-Control', cacheControl(rendered, nonce));
    // The URLs in the fragment come from the request's Host, and from X-Forwarded-* behind a trusted proxy.
    addVary(reply, 'Accept-Encoding', ...(publicUrl || !trustProxy ? [] : ['X-Forwarded-Host', 'X-Forwarded-Proto']));
    if (rendered.stale) reply.header(STALE_HEADER, rendered.stale.code);
    if (isNotModified(request, rendered.etag)) return reply.code(304).send();
    return reply.type(CONTENT_TYPE).send(rendered.html);
  });
};
