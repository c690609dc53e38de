// The moderation page: GET /admin (and /admin/) serve assets/admin.html of this package, /admin/<name>.js|css
// its scripts and styles. A strict policy: scripts and styles from this origin only, no inline script, never
// framed, no referrer (the page holds a moderator's token).
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ApiError } from './errors.js';

export const ASSETS_DIR = fileURLToPath(new URL('../assets/', import.meta.url));

const SECURITY_HEADERS = {
  'Content-Security-Policy': "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-cache',
} as const;

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};
const ASSET_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]*\.(js|css)$/;

async function sendAsset(reply: FastifyReply, name: string, type: string): Promise<FastifyReply> {
  let content: Buffer;
  try {
    content = await readFile(`${ASSETS_DIR}${name}`);
  } catch {
    throw new ApiError(404, 'not-found', `Nothing at /admin/${name}`);
  }
  return reply.headers(SECURITY_HEADERS).type(TYPES[type]!).send(content);
}

export const adminPage: FastifyPluginAsync = async (app) => {
  const page = async (_request: unknown, reply: FastifyReply) => sendAsset(reply, 'admin.html', 'html');
  app.get('/admin', page);
  app.get('/admin/', page);
  app.get<{ Params: { file: string } }>('/admin/:file', async (request, reply) => {
    const match = ASSET_NAME.exec(request.params.file);
    if (!match) throw new ApiError(404, 'not-found', `Nothing at /admin/${request.params.file}`);
    return sendAsset(reply, match[0], match[1]!);
  });
};
