// GET /counts of the comments API (docs/server-api.md) for the comment count stories, answered inside the page.
// A thread ending in -<n> has n comments (any other 0); each endpoint stands for one server behaviour.
import { json, mockRoute, mockUrl, never } from './mock-network.js';

/** Answers every count. */
export const COUNTS_ENDPOINT = mockUrl('/api');
/** Never answers (the loading state). */
export const SLOW_COUNTS_ENDPOINT = mockUrl('/cham/api');
/** Answers HTTP 503. */
export const FAILING_COUNTS_ENDPOINT = mockUrl('/loi/api');

mockRoute('GET', '/api/counts', (request) => {
  const threads = (new URL(request.url).searchParams.get('threads') ?? '').split(',');
  return json({ counts: Object.fromEntries(threads.map((thread) => [thread, Number(/-(\d+)$/.exec(thread)?.[1] ?? 0)])) });
});
mockRoute('GET', '/cham/api/counts', (request) => never(request));
mockRoute('GET', '/loi/api/counts', () => json({ error: { code: 'unavailable', message: 'The comments service is down for maintenance.' } }, 503));
