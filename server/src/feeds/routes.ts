// GET /feeds/:name and GET /feed?url= — JSON Feed 1.1 with validators, 304s and a stale marker.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { FEED_NAME } from '../config.js';
import { ApiError } from '../errors.js';
import { inputErrorFormatter } from '../input-errors.js';
import { CachedFailure, type CacheAnswer } from './feed-cache.js';
import { UnknownFeedError, type FeedService } from './feed-service.js';
import { UpstreamError, type UpstreamErrorCode } from './upstream-error.js';

export const STALE_HEADER = 'X-Bantin-Stale';
const CONTENT_TYPE = 'application/feed+json; charset=utf-8';

const STATUS_OF: Record<UpstreamErrorCode, number> = {
  'url-invalid': 400,
  'url-not-allowed': 403,
  'port-not-allowed': 403,
  'address-blocked': 403,
  'too-many-redirects': 502,
  'upstream-http': 502,
  'upstream-timeout': 504,
  'upstream-too-large': 502,
  'upstream-content-type': 502,
  'upstream-network': 502,
  'upstream-not-a-feed': 502,
};

function toApiError(error: unknown): unknown {
  if (error instanceof CachedFailure) {
    const apiError = toApiError(error.failure) as ApiError;
    return new ApiError(apiError.statusCode, apiError.code, apiError.message, {
      ...(apiError.field ? { field: apiError.field } : {}),
      extra: { ...apiError.extra, retryAfterSeconds: error.retryAfterSeconds },
      headers: { 'Retry-After': String(error.retryAfterSeconds) },
    });
  }
  if (error instanceof UnknownFeedError) return new ApiError(404, 'feed-not-found', error.message, { field: 'name' });
  if (error instanceof UpstreamError) {
    const extra = error.upstreamStatus !== undefined ? { upstreamStatus: error.upstreamStatus } : undefined;
    const field = STATUS_OF[error.code] < 500 ? 'url' : undefined;
    return new ApiError(STATUS_OF[error.code], error.code, error.message, { ...(field ? { field } : {}), ...(extra ? { extra } : {}) });
  }
  return error;
}

function matchesEtag(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}

function isNotModified(request: FastifyRequest, etag: string, lastModified: number): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch !== undefined) return matchesEtag(ifNoneMatch, etag);
  const since = Date.parse(request.headers['if-modified-since'] ?? '');
  return !Number.isNaN(since) && lastModified <= since;
}

/**
 * How long a CDN or reverse proxy may keep serving its copy while it fetches a new one in the background, and
 * while every instance behind it fails (each instance also keeps its own last good copy, see feed-cache.ts).
 */
export const STALE_WHILE_REVALIDATE_SECONDS = 60;
export const STALE_IF_ERROR_SECONDS = 86_400;

/** Browsers and shared caches get the same freshness: what is left of this instance's copy. */
export function feedCacheControl(maxAgeSeconds: number): string {
  return `public, max-age=${maxAgeSeconds}, s-maxage=${maxAgeSeconds}, stale-while-revalidate=${STALE_WHILE_REVALIDATE_SECONDS}, stale-if-error=${STALE_IF_ERROR_SECONDS}`;
}

/** Adds `value` to the Vary header, keeping what is there (CORS adds Origin when corsOrigins lists origins). */
function addVary(reply: FastifyReply, value: string): void {
  const current = reply.getHeader('vary');
  const names = typeof current === 'string' && current !== '' ? current.split(',').map((name) => name.trim()) : [];
  if (!names.some((name) => name.toLowerCase() === value.toLowerCase())) names.push(value);
  reply.header('Vary', names.join(', '));
}

function send(request: FastifyRequest, reply: FastifyReply, { feed, stale, maxAgeSeconds }: CacheAnswer): FastifyReply {
  reply
    .header('ETag', feed.etag)
    .header('Last-Modified', new Date(feed.lastModified).toUTCString())
    .header('Cache-Control', feedCacheControl(maxAgeSeconds));
  // A cache that compresses (nginx gzip, a CDN) keeps one copy per encoding.
  addVary(reply, 'Accept-Encoding');
  if (stale) reply.header(STALE_HEADER, stale.code);
  if (isNotModified(request, feed.etag, feed.lastModified)) return reply.code(304).send();
  return reply.type(CONTENT_TYPE).send(feed.body);
}

export interface FeedRoutesOptions {
  service: FeedService;
}

const urlInvalid = () => new ApiError(400, 'url-invalid', 'Give the feed as ?url=<absolute URL>, once', { field: 'url' });
const feedNotFound = () => new ApiError(404, 'feed-not-found', "No feed of that name in this server's config", { field: 'name' });

// No response schema: the body is the cached JSON Feed's bytes, sent as they are so its ETag stays true.
export const feedRoutes: FastifyPluginAsync<FeedRoutesOptions> = async (app, { service }) => {
  app.setSchemaErrorFormatter(inputErrorFormatter({ name: feedNotFound, url: urlInvalid }));

  app.get<{ Params: { name: string } }>(
    '/feeds/:name',
    { schema: { params: { type: 'object', properties: { name: { type: 'string', pattern: FEED_NAME.source } }, required: ['name'] } } },
    async (request, reply) => {
      try {
        return send(request, reply, await service.named(request.params.name));
      } catch (error) {
        throw toApiError(error);
      }
    },
  );

  app.get<{ Querystring: { url: string } }>(
    '/feed',
    { schema: { querystring: { type: 'object', properties: { url: { type: 'string', minLength: 1 } }, required: ['url'] } } },
    async (request, reply) => {
      try {
        return send(request, reply, await service.byUrl(request.query.url));
      } catch (error) {
        throw toApiError(error);
      }
    },
  );
};
