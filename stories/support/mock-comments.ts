// Comments APIs (the widget server's contract, docs/server-api.md) for the comment box stories, answered inside
// the page: GET /config, the thread listing with its count, GET /count and posting. Posts are checked with the
// rules the real server uses (core/comments: validateComment, the limits, the thread and client id checks), not a
// copy of them. Each thread id stands for one behaviour: what listing answers and what a posted comment becomes.
import {
  AUTHOR_MAX_LENGTH,
  DEFAULT_COMMENT_LIMITS,
  EMAIL_MAX_LENGTH,
  isValidClientId,
  isValidThreadId,
  validateComment,
  type Comment,
  type CommentFieldError,
  type CommentServerConfig,
  type PostedComment,
} from '../../src/core/comments/index.js';
import { discussion } from '../fixtures/comments.js';
import { json, mockRoute, mockUrl, never } from './mock-network.js';

/** The `endpoint` of the comment box stories: a server with the default rules (5 to 500 characters). */
export const COMMENTS_ENDPOINT = mockUrl('/api');

/** A server with its own, stricter rules (see STRICT_RULES), which its /config tells the widget. */
export const STRICT_COMMENTS_ENDPOINT = mockUrl('/bao-khac/api');

type Rules = CommentServerConfig['comments'];

const DEFAULT_RULES: Rules = {
  ...DEFAULT_COMMENT_LIMITS,
  authorMaxLength: AUTHOR_MAX_LENGTH,
  emailMaxLength: EMAIL_MAX_LENGTH,
  pageSize: 50,
  maxPageSize: 100,
  moderation: 'pre',
};

export const STRICT_RULES: Rules = { ...DEFAULT_RULES, minLength: 20, maxLength: 280, authorMaxLength: 50 };

interface ThreadBehaviour {
  label: string;
  /** What GET …/comments answers: the thread's comments, nothing ever (loading), or HTTP 503. */
  list: 'empty' | 'discussion' | 'never' | 'unavailable';
  /** What a valid POST …/comments answers. */
  post: 'pending' | 'approved' | 'never' | 'unavailable' | 'rate-limited';
}

export const threads = {
  'bai-chua-co-binh-luan': { label: 'No comments yet; posts await moderation', list: 'empty', post: 'pending' },
  'bai-co-binh-luan': { label: 'Comments and replies; posts await moderation', list: 'discussion', post: 'pending' },
  'bai-kiem-duyet-sau': { label: 'Comments and replies; posts appear at once (post-moderation)', list: 'discussion', post: 'approved' },
  'bai-dang-gui': { label: 'Sending never ends', list: 'empty', post: 'never' },
  'bai-gui-loi': { label: 'Sending fails (HTTP 503)', list: 'discussion', post: 'unavailable' },
  'bai-gui-qua-nhanh': { label: 'Sending refused: too many comments (HTTP 429)', list: 'empty', post: 'rate-limited' },
  'bai-dang-tai': { label: 'Loading the comments never ends', list: 'never', post: 'pending' },
  'bai-tai-loi': { label: 'Loading the comments fails (HTTP 503)', list: 'unavailable', post: 'pending' },
} satisfies Record<string, ThreadBehaviour>;

export type MockThread = keyof typeof threads;

function behaviour(thread: string): ThreadBehaviour | undefined {
  return (threads as Record<string, ThreadBehaviour>)[thread];
}

const apiError = (status: number, code: string, message: string, more: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ error: { code, message, ...more } }), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
  });

const unavailable = () => apiError(503, 'unavailable', 'The comments service is down for maintenance.');

/** A thread's path segment as the server checks it: a valid thread id of one of the mock threads. */
function threadAnswer(thread: string): Response | undefined {
  if (!isValidThreadId(thread)) return apiError(400, 'thread-invalid', 'The thread id must be 1–200 URL characters', { field: 'thread' });
  if (!behaviour(thread)) return apiError(404, 'not-found', `No mock thread "${thread}"`);
  return undefined;
}

/** A field error as the server answers it: the first one in `code` and `field`, every one in `errors`. */
function fieldError(errors: CommentFieldError[]): Response {
  const [first] = errors;
  return apiError(400, first!.code, `Invalid ${first!.field}`, {
    field: first!.field,
    ...(first!.params ? { params: first!.params } : {}),
    ...(errors.length > 1 ? { errors } : {}),
  });
}

/** Serves one comments API under `base` (a path on the mock origin) that applies `rules`. */
function serveComments(base: string, rules: Rules): void {
  // Posted comments are answered, not stored: every story starts from the same thread.
  const approved = (thread: string): Comment[] => (behaviour(thread)?.list === 'discussion' ? discussion(thread) : []);
  const answered = new Map<string, PostedComment>(); // clientId → the first answer (idempotent posting)

  mockRoute('GET', `${base}/config`, () => json({ comments: rules } satisfies CommentServerConfig));

  mockRoute('GET', `${base}/threads/:thread/comments`, (request, { thread }) => {
    const refused = threadAnswer(thread!);
    if (refused) return refused;
    const mock = behaviour(thread!)!;
    if (mock.list === 'never') return never(request);
    if (mock.list === 'unavailable') return unavailable();
    const params = new URL(request.url).searchParams;
    const limit = params.has('limit') ? Number(params.get('limit')) : rules.pageSize;
    if (!(Number.isInteger(limit) && limit >= 1 && limit <= rules.maxPageSize)) {
      return apiError(400, 'invalid-request', `limit must be from 1 to ${rules.maxPageSize}`, { field: 'limit' });
    }
    const start = Math.max(0, Number(params.get('cursor')) || 0);
    const all = approved(thread!);
    // A page holds top-level comments with their replies, as the server pages them.
    const tops = all.filter((c) => c.parentId === null);
    const pageTops = tops.slice(start, start + limit);
    const page = all.filter((c) => pageTops.some((top) => top.id === c.id || top.id === c.parentId));
    const next = start + limit < tops.length ? String(start + limit) : null;
    return json({ comments: page, next, count: all.length });
  });

  mockRoute('GET', `${base}/threads/:thread/count`, (request, { thread }) => {
    const refused = threadAnswer(thread!);
    if (refused) return refused;
    const mock = behaviour(thread!)!;
    if (mock.list === 'never') return never(request);
    if (mock.list === 'unavailable') return unavailable();
    return json({ count: approved(thread!).length });
  });

  mockRoute('POST', `${base}/threads/:thread/comments`, async (request, { thread }) => {
    const refused = threadAnswer(thread!);
    if (refused) return refused;
    const mock = behaviour(thread!)!;
    if (mock.post === 'never') return never(request);
    const input = (await request.json().catch(() => undefined)) as Record<string, unknown> | undefined;
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return apiError(400, 'invalid-request', 'Send a JSON object { author, email?, body, parentId?, clientId, website }');
    }
    if (!isValidClientId(input.clientId)) return fieldError([{ field: 'clientId', code: 'client-id-invalid' }]);
    const replay = answered.get(input.clientId);
    if (replay) return json(replay, 201);
    const checked = validateComment(input, rules);
    if (!checked.ok) return fieldError(checked.errors);
    const { parentId } = checked.value;
    if (parentId) {
      const parent = approved(thread!).find((c) => c.id === parentId);
      if (!parent) return fieldError([{ field: 'parentId', code: 'parent-not-found' }]);
      if (parent.parentId) return fieldError([{ field: 'parentId', code: 'reply-too-deep' }]);
    }
    if (mock.post === 'rate-limited') {
      return apiError(429, 'rate-limited', 'Too many comments, try again later.', { retryAfterSeconds: 60 }, { 'Retry-After': '60' });
    }
    if (mock.post === 'unavailable') return unavailable();
    const comment: Comment = {
      id: `moi-${input.clientId}`,
      thread: thread!,
      parentId: parentId ?? null,
      author: checked.value.author,
      body: checked.value.body,
      createdAt: new Date().toISOString(),
      status: mock.post,
    };
    const posted: PostedComment = { comment, status: mock.post };
    answered.set(input.clientId, posted);
    return json(posted, 201);
  });
}

serveComments('/api', DEFAULT_RULES);
serveComments('/bao-khac/api', STRICT_RULES);
