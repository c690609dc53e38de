// The admin API of docs/server-api.md, in memory, for the moderation page's browser test (test/admin/):
//   /__admin/api/admin/…   me, comments (status, q, thread, order, limit, cursor; with counts), comments/:id,
//                          updates (since), comments/bulk, undo, audit, blocks (GET, POST, DELETE), threads/:t/close|open
//   /__admin/reset         a fresh store: five pending comments (one a reply), two approved, one spam
//   /__admin/add           one more pending comment (as a reader posting now)
//   /__admin/state         { statuses: { id: status }, requests: ["METHOD /path"…] }
// Every admin route wants `Authorization: Bearer test-admin-token-0123` (else 401 / 403, as the server answers).
const prefix = '/__admin/';
const TOKEN = 'test-admin-token-0123';

let store;
let serial = 0;

function comment(id, status, author, body, extra = {}) {
  return {
    id,
    thread: extra.thread ?? 'bai-1',
    parentId: extra.parentId ?? null,
    author,
    body,
    createdAt: new Date(Date.UTC(2026, 0, 1, 1, 0, ++serial)).toISOString(),
    status,
    email: extra.email ?? `${id}@example.vn`,
    moderatedAt: null,
    threadTitle: 'Sơn La: mùa mận chín',
    threadUrl: 'https://baosonla.example.vn/tin/bai-1.html',
    threadClosed: false,
    parent: null,
    history: { email: { approved: 1, rejected: 0, spam: 0 }, ip: { approved: 2, rejected: 1, spam: 0 } },
    watchedWords: extra.watchedWords ?? [],
    blocked: false,
  };
}

function reset() {
  serial = 0;
  const comments = [
    comment('a1', 'approved', 'Lò Văn Minh', 'Bài viết rất hay'),
    comment('a2', 'approved', 'Cầm Thị Lan', 'Cảm ơn báo'),
    comment('p1', 'pending', 'Quàng Văn Hải', 'Mận năm nay ngọt lắm'),
    comment('p2', 'pending', 'Lường Thị Mai', 'Giá mận bao nhiêu một cân?'),
    comment('p3', 'pending', 'Hà Văn Tú', 'Trả lời bạn Minh', { parentId: 'a1' }),
    comment('p4', 'pending', 'Điêu Chính', 'Đồ lừa đảo', { watchedWords: ['lừa đảo'] }),
    comment('p5', 'pending', 'Tòng Thị Hoa', 'Mong có thêm bài về xoài', { thread: 'bai-2', email: null }),
    comment('s1', 'spam', 'Quảng cáo', 'Mua ngay'),
  ];
  comments.find((c) => c.id === 'p3').parent = {
    id: 'a1',
    author: 'Lò Văn Minh',
    body: 'Bài viết rất hay',
    createdAt: comments[0].createdAt,
    status: 'approved',
  };
  for (const c of comments) if (c.email === null) c.history = { email: null, ip: { approved: 0, rejected: 0, spam: 0 } };
  store = { comments, audit: [], blocks: [], actions: new Map(), requests: [], added: [], sequence: 0 };
}
reset();

function send(res, status, value) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(value === undefined ? undefined : JSON.stringify(value));
}
const error = (res, status, code, message = code) => send(res, status, { error: { code, message } });

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}

function counts(thread) {
  const all = { pending: 0, approved: 0, rejected: 0, spam: 0 };
  for (const c of store.comments) if (!thread || c.thread === thread) all[c.status]++;
  return all;
}

let actionSerial = 0;
function record(kind, changes) {
  const action = `act${++actionSerial}`;
  store.actions.set(action, { kind, changes, undone: false });
  for (const change of changes) {
    store.audit.unshift({
      id: `e${store.audit.length + 1}`,
      action,
      kind,
      moderator: 'Lan',
      at: new Date().toISOString(),
      commentId: change.id,
      thread: change.thread,
      before: change.before,
      after: change.after,
      detail: null,
    });
  }
  return action;
}

const NEW_STATUS = { approve: 'approved', reject: 'rejected', spam: 'spam' };

function handleAdmin(res, method, path, url, body) {
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [route, id, tail] = parts;
  if (method === 'GET' && route === 'me') return send(res, 200, { moderator: { name: 'Lan' } });
  if (method === 'GET' && route === 'comments' && !id) {
    const q = url.searchParams;
    const status = q.get('status') ?? 'pending';
    const thread = q.get('thread');
    const text = (q.get('q') ?? '').toLowerCase();
    let matched = store.comments.filter((c) => c.status === status && (!thread || c.thread === thread));
    if (text) matched = matched.filter((c) => [c.body, c.author, c.email ?? ''].some((field) => field.toLowerCase().includes(text)));
    matched.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    if (q.get('order') === 'newest') matched.reverse();
    const limit = Number(q.get('limit') ?? 50);
    const start = Number(q.get('cursor') ?? 0);
    const page = matched.slice(start, start + limit);
    return send(res, 200, {
      comments: page,
      next: start + limit < matched.length ? String(start + limit) : null,
      count: matched.length,
      counts: counts(thread),
    });
  }
  if (method === 'GET' && route === 'comments' && id) {
    const found = store.comments.find((c) => c.id === id);
    return found ? send(res, 200, { comment: found }) : error(res, 404, 'not-found');
  }
  if (method === 'GET' && route === 'updates') {
    const since = Number(url.searchParams.get('since') ?? store.sequence);
    const fresh = store.added
      .filter((entry) => entry.sequence > since)
      .map((entry) => store.comments.find((c) => c.id === entry.id))
      .filter((c) => c?.status === 'pending');
    return send(res, 200, { comments: fresh, since: String(store.sequence), counts: counts() });
  }
  if (method === 'POST' && route === 'comments' && id === 'bulk') {
    const changes = [];
    const results = body.ids.map((commentId) => {
      const found = store.comments.find((c) => c.id === commentId);
      if (!found) return { id: commentId, ok: false, error: 'not-found' };
      const after = body.action === 'delete' ? null : NEW_STATUS[body.action];
      changes.push({ id: found.id, thread: found.thread, before: found.status, after });
      if (after) found.status = after;
      else store.comments = store.comments.filter((c) => c !== found);
      return after ? { id: found.id, ok: true, status: after } : { id: found.id, ok: true };
    });
    return send(res, 200, { action: record(body.action, changes), results });
  }
  if (method === 'POST' && route === 'undo') {
    const last =
      body.action ??
      [...store.actions.keys()].reverse().find((key) => {
        const a = store.actions.get(key);
        return !a.undone && NEW_STATUS[a.kind];
      });
    const action = last && store.actions.get(last);
    if (!action) return error(res, last ? 404 : 409, last ? 'not-found' : 'cannot-undo');
    if (action.undone || !NEW_STATUS[action.kind]) return error(res, 409, 'cannot-undo');
    action.undone = true;
    const results = action.changes.map((change) => {
      const found = store.comments.find((c) => c.id === change.id);
      if (!found) return { id: change.id, ok: false, error: 'not-found' };
      if (found.status !== change.after) return { id: change.id, ok: false, error: 'changed' };
      found.status = change.before;
      return { id: change.id, ok: true, status: change.before };
    });
    return send(res, 200, { action: record('undo', []), undid: last, results });
  }
  if (method === 'GET' && route === 'audit') return send(res, 200, { entries: store.audit, next: null });
  if (route === 'blocks') {
    if (method === 'GET') return send(res, 200, { blocks: store.blocks });
    if (method === 'POST') {
      const source = body.commentId ? store.comments.find((c) => c.id === body.commentId) : undefined;
      const value = body.kind === 'ip' ? null : (body.value ?? source?.email);
      const block = {
        id: `b${store.blocks.length + 1}`,
        kind: body.kind,
        value,
        reason: body.reason ?? null,
        createdAt: new Date().toISOString(),
        createdBy: 'Lan',
      };
      store.blocks.unshift(block);
      return send(res, 201, { block });
    }
    if (method === 'DELETE') {
      const before = store.blocks.length;
      store.blocks = store.blocks.filter((b) => b.id !== id);
      return store.blocks.length < before ? send(res, 204) : error(res, 404, 'not-found');
    }
  }
  if (method === 'POST' && route === 'threads' && (tail === 'close' || tail === 'open')) {
    for (const c of store.comments) if (c.thread === id) c.threadClosed = tail === 'close';
    return send(res, 200, { thread: { id, title: null, url: null, closed: tail === 'close', count: 0 } });
  }
  return error(res, 404, 'not-found');
}

export async function adminMiddleware(ctx, next) {
  if (!ctx.path.startsWith(prefix)) return next();
  ctx.respond = false;
  const { req, res } = ctx;
  const rest = ctx.path.slice(prefix.length);
  if (rest === 'reset') {
    reset();
    return send(res, 200, { reset: true });
  }
  if (rest === 'add') {
    const added = comment(`n${++store.sequence}`, 'pending', 'Bạc Cầm Nhung', `Bình luận mới số ${store.sequence}`);
    store.comments.push(added);
    store.added.push({ id: added.id, sequence: store.sequence });
    return send(res, 200, { comment: added });
  }
  if (rest === 'state')
    return send(res, 200, { statuses: Object.fromEntries(store.comments.map((c) => [c.id, c.status])), requests: store.requests });
  if (!rest.startsWith('api/admin/')) return error(res, 404, 'not-found');
  const auth = req.headers.authorization ?? '';
  if (!/^Bearer /i.test(auth)) return error(res, 401, 'unauthorized');
  if (auth.slice(7) !== TOKEN) return error(res, 403, 'forbidden');
  const path = rest.slice('api/admin'.length);
  const url = new URL(ctx.url, 'http://x');
  store.requests.push(`${req.method} ${path}`);
  try {
    const body = req.method === 'POST' ? await readJson(req) : {};
    return handleAdmin(res, req.method, path, url, body);
  } catch (cause) {
    return error(res, 400, 'invalid-request', String(cause));
  }
}
