// The demo pages at `/` (only what static-policy.ts allows) and the widget bundles at `/bantin/`. Bundle files whose name carries a content
// hash never change, so they are cached for a year as immutable; everything else revalidates (ETag).
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { existsSync, readFileSync, type Stats } from 'node:fs';
import { pageSecurityHeaders } from './page-headers.js';
import { basename } from 'node:path';
import { staticPathFilter, type StaticPolicy } from './static-policy.js';

// Vite names chunks like "feed-BxK3a9Zq.js": a dash or dot, then 8+ base64url characters with a digit or capital.
const HASHED = /[.-](?=[A-Za-z0-9_-]*[0-9A-Z])[A-Za-z0-9_-]{8,}\.[a-z0-9]+(?:\.map)?$/;

export function isHashedFileName(path: string): boolean {
  return HASHED.test(basename(path));
}

const pageHeaders = new Map<string, { mtimeMs: number; headers: Record<string, string> }>();

/** A static page's security headers, read once per version of the file. */
function htmlHeaders(path: string, stat: Stats): Record<string, string> {
  const known = pageHeaders.get(path);
  if (known?.mtimeMs === stat.mtimeMs) return known.headers;
  const headers = pageSecurityHeaders(readFileSync(path, 'utf8'));
  pageHeaders.set(path, { mtimeMs: stat.mtimeMs, headers });
  return headers;
}

export async function registerStatic(
  app: FastifyInstance,
  dirs: { staticDir: string | null; bundleDir: string | null },
  policy: StaticPolicy,
): Promise<void> {
  for (const [key, dir] of Object.entries(dirs)) {
    if (dir && !existsSync(dir)) app.log.warn(`${key} ${dir} does not exist: nothing is served there (run npm run build for the bundles)`);
  }
  if (dirs.bundleDir && existsSync(dirs.bundleDir)) {
    await app.register(fastifyStatic, {
      root: dirs.bundleDir,
      prefix: '/bantin/',
      decorateReply: false,
      cacheControl: false,
      setHeaders(reply: FastifyReply, path: string) {
        // Partner pages load the bundles cross-origin as module scripts, which needs CORS.
        reply.header('Access-Control-Allow-Origin', '*');
        reply.header('Cache-Control', isHashedFileName(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  if (dirs.staticDir && existsSync(dirs.staticDir)) {
    await app.register(fastifyStatic, {
      root: dirs.staticDir,
      prefix: '/',
      decorateReply: false,
      cacheControl: false,
      allowedPath: staticPathFilter(dirs.staticDir, policy),
      setHeaders(reply: FastifyReply, path: string, stat: Stats) {
        reply.header('Cache-Control', 'no-cache');
        reply.header('X-Content-Type-Options', 'nosniff');
        if (/\.html?$/i.test(path)) for (const [name, value] of Object.entries(htmlHeaders(path, stat))) reply.header(name, value);
      },
    });
  }
}
