// The comment box's test servers: the REAL widget server (server/src/cli.ts), started on first use as a child
// process on a free loopback port with a temporary data directory, once with pre- and once with post-moderation,
// reached through this middleware (same origin as the tests, so no CORS in the way):
//   /__comments/<pre|post>/api/…                        proxied to that server's /api/…
//   /__comments/<pre|post>/f/<key>/<steps>/api/…        the same, with faults on POSTs (GETs pass untouched);
//       steps: comma list, one per POST to <key>, the last one repeats:
//         ok | slow<ms> (wait, then forward) | late<ms> (forward at once, answer after the wait: the comment is
//         stored but the client may have given up) | 500 | 503 | 429<seconds> (Retry-After) | drop (connection reset,
//         nothing forwarded)
//       a step "get-slow<ms>" or "get-500" (or both: slow, then 500) applies to every GET of that endpoint instead
//       (not counted as a POST step)
//   /__comments/log/<key>                               { posts: [{ step, clientId, body }], gets } seen for <key>
//   /__comments/heal/<key>                              from now on every POST and GET to <key> is "ok" (the network is back;
//       a count of failed POSTs would be fragile: Chrome itself resends a POST once when a reused connection drops)
//   /__comments/<pre|post>/admin-token                  { token } for the admin API (Authorization: Bearer …)
// The children exit with this process (their stdin closes), and the data directory is removed.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';

const prefix = '/__comments/';
const root = fileURLToPath(new URL('../../', import.meta.url));
const STARTUP_TIMEOUT_MS = 30_000;
const MAX_WAIT_MS = 20_000;
// The child ends itself when its stdin closes, i.e. when this process is gone, however it died.
const EXIT_WITH_PARENT = 'data:text/javascript,process.stdin.on("end",()=>process.exit(0));process.stdin.resume();';

const servers = new Map(); // 'pre' | 'post' → Promise<{ origin, token }>
const children = [];
let tempRoot;
const logs = new Map();

function cleanup() {
  for (const child of children) child.kill();
  if (tempRoot) rmSync(tempRoot, { recursive: true, force: true });
}
process.once('exit', cleanup);

function startServer(moderation) {
  tempRoot ??= mkdtempSync(join(tmpdir(), 'bantin-comments-'));
  const dir = mkdtempSync(join(tempRoot, `${moderation}-`));
  const config = join(dir, 'config.json');
  writeFileSync(
    config,
    JSON.stringify({
      host: '127.0.0.1',
      port: 0,
      moderation,
      staticDir: null,
      bundleDir: null,
      // The tests post a few thousand comments from one address.
      rateLimit: { perMinute: 1_000_000, perDay: 100_000_000 },
    }),
  );
  const token = randomBytes(24).toString('hex');
  const child = spawn(
    process.execPath,
    ['--conditions=bantin-source', '--import', 'tsx', '--import', EXIT_WITH_PARENT, 'server/src/cli.ts', '--config', config],
    {
      cwd: root,
      env: { ...process.env, BANTIN_PORT: '0', BANTIN_DATA_DIR: dir, BANTIN_ADMIN_TOKEN: token, BANTIN_LOG_LEVEL: 'warn' },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`comment server (${moderation}) did not start in time:\n${output}`)), STARTUP_TIMEOUT_MS);
    function fail(error) {
      clearTimeout(timer);
      child.kill();
      reject(error);
    }
    const onData = (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/[^/\s]+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ origin: match[1], token });
      }
      if (output.length > 100_000) output = output.slice(-10_000);
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
      output += chunk;
      process.stderr.write(`[comments ${moderation}] ${chunk}`);
    });
    child.once('exit', (code) => fail(new Error(`comment server (${moderation}) exited with ${code}:\n${output}`)));
    child.once('error', fail);
  });
}

function server(moderation) {
  let started = servers.get(moderation);
  if (!started) {
    started = startServer(moderation);
    started.catch(() => servers.delete(moderation));
    servers.set(moderation, started);
  }
  return started;
}

function logFor(key) {
  let log = logs.get(key);
  if (!log) logs.set(key, (log = { posts: [], gets: 0, healed: false }));
  return log;
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.min(ms, MAX_WAIT_MS)));

function sendJson(res, status, value, headers = {}) {
  if (res.destroyed) return;
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify(value));
}

/** Forwards the request to the real server; returns its answer (status, headers we pass on, body). */
async function forward(origin, path, req, body) {
  const headers = {};
  for (const name of ['content-type', 'accept', 'authorization']) {
    if (req.headers[name]) headers[name] = req.headers[name];
  }
  const response = await fetch(`${origin}${path}`, {
    method: req.method,
    headers,
    body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
  });
  const passed = {};
  for (const name of ['content-type', 'retry-after', 'idempotent-replayed', 'cache-control']) {
    const value = response.headers.get(name);
    if (value) passed[name] = value;
  }
  return { status: response.status, headers: passed, body: Buffer.from(await response.arrayBuffer()) };
}

function answer(res, upstream) {
  if (res.destroyed) return;
  res.writeHead(upstream.status, upstream.headers);
  res.end(upstream.body);
}

function clientIdOf(body) {
  try {
    const parsed = JSON.parse(body.toString('utf8'));
    return { clientId: parsed.clientId, body: parsed.body };
  } catch {
    return {};
  }
}

async function handleFault(ctx, origin, key, allSteps, apiPath) {
  const { req, res } = ctx;
  const log = logFor(key);
  const body = await readBody(req);
  const steps = allSteps.filter((step) => !step.startsWith('get-'));
  if (req.method !== 'POST') {
    log.gets++;
    const getFaults = allSteps.filter((step) => step.startsWith('get-')).map((step) => step.slice(4));
    const slow = getFaults.find((fault) => fault.startsWith('slow'));
    if (slow) await sleep(Number(slow.slice(4) || 1500));
    if (getFaults.includes('500') && !log.healed) return sendJson(res, 500, { error: { code: 'internal', message: 'Injected fault' } });
    return answer(res, await forward(origin, apiPath, req, body));
  }
  const step = log.healed ? 'ok' : (steps[Math.min(log.posts.length, steps.length - 1)] ?? 'ok');
  log.posts.push({ step, ...clientIdOf(body) });
  const [, kind, number] = /^([a-z]+|\d{3})(\d*)$/.exec(step) ?? [undefined, 'ok', ''];
  const ms = Number(number || 1500);
  switch (kind) {
    case 'drop':
      req.socket.destroy();
      return;
    case '500':
    case '503':
      return sendJson(res, Number(kind), { error: { code: kind === '500' ? 'internal' : 'unavailable', message: 'Injected fault' } });
    case '429': {
      const seconds = Number(number || 42);
      return sendJson(res, 429, { error: { code: 'rate-limited', message: `Try again in ${seconds} s` } }, { 'Retry-After': String(seconds) });
    }
    case 'slow':
      await sleep(ms);
      return answer(res, await forward(origin, apiPath, req, body));
    case 'late': {
      const upstream = await forward(origin, apiPath, req, body);
      await sleep(ms);
      return answer(res, upstream);
    }
    default:
      return answer(res, await forward(origin, apiPath, req, body));
  }
}

export async function commentsMiddleware(ctx, next) {
  if (!ctx.path.startsWith(prefix)) return next();
  const parts = ctx.path.slice(prefix.length).split('/');
  ctx.respond = false;
  const { res } = ctx;
  try {
    if (parts[0] === 'heal' && parts[1]) {
      logFor(decodeURIComponent(parts[1])).healed = true;
      return sendJson(res, 200, { healed: true });
    }
    if (parts[0] === 'log' && parts[1]) {
      const log = logFor(decodeURIComponent(parts[1]));
      return sendJson(res, 200, log);
    }
    const moderation = parts[0];
    if (moderation !== 'pre' && moderation !== 'post') return sendJson(res, 404, { error: { code: 'not-found', message: 'pre or post' } });
    const { origin, token } = await server(moderation);
    if (parts[1] === 'admin-token') return sendJson(res, 200, { token });
    // Keep the raw (still percent-encoded) path: thread ids may be encoded URLs.
    const rawPath = ctx.url.slice(ctx.url.indexOf(prefix) + prefix.length + moderation.length);
    if (parts[1] === 'api') return answer(res, await forward(origin, rawPath, ctx.req, await readBody(ctx.req)));
    if (parts[1] === 'f' && parts[2] && parts[3] && parts[4] === 'api') {
      const apiPath = rawPath.slice(`/f/${parts[2]}/${parts[3]}`.length);
      return await handleFault(ctx, origin, decodeURIComponent(parts[2]), decodeURIComponent(parts[3]).split(','), apiPath);
    }
    return sendJson(res, 404, { error: { code: 'not-found', message: 'unknown test path' } });
  } catch (error) {
    return sendJson(res, 502, { error: { code: 'unavailable', message: `test proxy: ${error?.message ?? error}` } });
  }
}
