// The comment count's API for the browser tests, as docs/server-api.md describes GET /api/counts:
//   /__counts/<key>/<mode>/api/counts?threads=a,b,…   → { counts: { a: n, … } }; a thread ending in -<n> has n
//       comments, any other 0. mode: ok | slow<ms> (answer after the wait) | fail (503) | fail-once (the first
//       request fails, the next ones answer)
//   /__counts/log/<key>                              → { requests: [[threads of each request]…] } seen for <key>
// More than 100 threads, none, or an empty id is 400 invalid-request, as on the real server.
const prefix = '/__counts/';
const logs = new Map();
const MAX_WAIT_MS = 20_000;

function send(res, status, value) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(value));
}

function logFor(key) {
  let log = logs.get(key);
  if (!log) logs.set(key, (log = { requests: [] }));
  return log;
}

export async function countsMiddleware(ctx, next) {
  if (!ctx.path.startsWith(prefix)) return next();
  ctx.respond = false;
  const { res } = ctx;
  const [key, mode, api, route] = ctx.path.slice(prefix.length).split('/').map(decodeURIComponent);
  if (key === 'log') return send(res, 200, logFor(mode));
  if (api !== 'api' || route !== 'counts') return send(res, 404, { error: { code: 'not-found', message: 'unknown test path' } });
  const param = new URL(ctx.url, 'http://x').searchParams.get('threads') ?? '';
  const threads = param.split(',');
  const log = logFor(key);
  log.requests.push(threads);
  if (threads.length > 100 || threads.some((thread) => thread === '')) {
    return send(res, 400, { error: { code: 'invalid-request', message: '1–100 threads', field: 'threads' } });
  }
  const slow = /^slow(\d+)$/.exec(mode);
  if (slow) await new Promise((resolve) => setTimeout(resolve, Math.min(Number(slow[1]), MAX_WAIT_MS)));
  if (mode === 'fail' || (mode === 'fail-once' && log.requests.length === 1)) {
    return send(res, 503, { error: { code: 'unavailable', message: 'Injected fault' } });
  }
  const counts = {};
  for (const thread of threads) counts[thread] = Number(/-(\d+)$/.exec(thread)?.[1] ?? 0);
  return send(res, 200, { counts });
}
