// A comments API (the widget server's contract, docs/server-api.md) at MOCK_ORIGIN/api for the comment box
// stories. Each thread id stands for one behaviour: what listing answers and what a posted comment becomes.
import type { Comment, NewComment } from '../../src/core/comments/index.js';
import { discussion } from '../fixtures/comments.js';
import { json, mockRoute, mockUrl, never } from './mock-network.js';

/** The `endpoint` of every comment box story. */
export const COMMENTS_ENDPOINT = mockUrl('/api');

interface ThreadBehaviour {
  label: string;
  /** What GET …/comments answers: the thread's comments, nothing ever (loading), or HTTP 503. */
  list: 'empty' | 'discussion' | 'never' | 'unavailable';
  /** What POST …/comments answers. */
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

const unavailable = () => json({ error: { code: 'unavailable', message: 'The comments service is down for maintenance.' } }, 503);
const unknownThread = (thread: string) => json({ error: { code: 'not-found', message: `No mock thread "${thread}"` } }, 404);

function commentsOf(thread: string): Comment[] {
  return behaviour(thread)?.list === 'discussion' ? discussion(thread) : [];
}

mockRoute('GET', '/api/threads/:thread/comments', (request, { thread }) => {
  const mock = behaviour(thread!);
  if (!mock) return unknownThread(thread!);
  if (mock.list === 'never') return never(request);
  if (mock.list === 'unavailable') return unavailable();
  const params = new URL(request.url).searchParams;
  const start = Math.max(0, Number(params.get('cursor')) || 0);
  const limit = Math.min(100, Math.max(1, Number(params.get('limit')) || 20));
  const all = commentsOf(thread!);
  // A page holds top-level comments with their replies, as the server pages them.
  const tops = all.filter((c) => c.parentId === null);
  const pageTops = tops.slice(start, start + limit);
  const comments = all.filter((c) => pageTops.some((top) => top.id === c.id || top.id === c.parentId));
  const next = start + limit < tops.length ? String(start + limit) : null;
  return json({ comments, next });
});

mockRoute('GET', '/api/threads/:thread/count', (request, { thread }) => {
  const mock = behaviour(thread!);
  if (!mock) return unknownThread(thread!);
  if (mock.list === 'never') return never(request);
  if (mock.list === 'unavailable') return unavailable();
  return json({ count: commentsOf(thread!).length });
});

mockRoute('POST', '/api/threads/:thread/comments', async (request, { thread }) => {
  const mock = behaviour(thread!);
  if (!mock) return unknownThread(thread!);
  if (mock.post === 'never') return never(request);
  if (mock.post === 'unavailable') return unavailable();
  if (mock.post === 'rate-limited') {
    return new Response(JSON.stringify({ error: { code: 'rate-limited', message: 'Too many comments, try again later.' } }), {
      status: 429,
      headers: { 'Content-Type': 'application/json', 'Retry-After': '60' },
    });
  }
  const posted = (await request.json()) as NewComment;
  const comment: Comment = {
    id: `moi-${posted.clientId}`,
    thread: thread!,
    parentId: posted.parentId ?? null,
    author: posted.author,
    body: posted.body,
    createdAt: new Date().toISOString(),
    status: mock.post,
  };
  return json({ comment, status: mock.post }, 201);
});
