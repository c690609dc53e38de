// The comment box's client for the widget server's comments API (contract: docs/server-api.md).
// Plain fetch; every failure becomes a CommentApiError with a stable code the widget localizes.
import type { CommentErrorCode, CommentField } from './limits.js';
import type { CommentPage, CommentServerConfig, NewComment, PostedComment } from './types.js';

export interface CommentRequestOptions {
  signal?: AbortSignal;
  /** Give up after this many milliseconds with code 'timeout'. Default 15000; 0 disables. */
  timeoutMs?: number;
  /** Injected fetch (tests, hosts with their own). Default globalThis.fetch. */
  fetch?: typeof fetch;
}

export interface ListCommentsOptions extends CommentRequestOptions {
  /** Page size, 1–100 (the server's default when absent). */
  limit?: number;
}

export class CommentApiError extends Error {
  readonly code: CommentErrorCode;
  /** HTTP status when the server answered. */
  readonly status?: number;
  /** The field the error concerns, for errors shown next to a form field. */
  readonly field?: CommentField;
  /** Seconds to wait before trying again (429 Retry-After). */
  readonly retryAfterSeconds?: number;
  /** Limits the server named in its error (e.g. `{ min: 5 }` for a body that is too short). */
  readonly params?: { min?: number; max?: number };

  constructor(
    code: CommentErrorCode,
    message: string,
    details: {
      status?: number;
      field?: CommentField;
      retryAfterSeconds?: number;
      params?: { min?: number; max?: number };
      cause?: unknown;
    } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'CommentApiError';
    this.code = code;
    if (details.status !== undefined) this.status = details.status;
    if (details.field !== undefined) this.field = details.field;
    if (details.retryAfterSeconds !== undefined) this.retryAfterSeconds = details.retryAfterSeconds;
    if (details.params !== undefined) this.params = details.params;
  }
}

const DEFAULT_TIMEOUT_MS = 15_000;

function apiUrl(endpoint: string, path: string): string {
  return `${endpoint.replace(/\/+$/, '')}/${path}`;
}

function threadUrl(endpoint: string, thread: string, tail: 'comments' | 'count'): string {
  return apiUrl(endpoint, `threads/${encodeURIComponent(thread)}/${tail}`);
}

/** Retry-After as seconds: either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

async function errorFromResponse(response: Response): Promise<CommentApiError> {
  let code: CommentErrorCode = response.status >= 500 ? 'unavailable' : 'invalid-request';
  let message = `HTTP ${response.status}`;
  let field: CommentField | undefined;
  let params: { min?: number; max?: number } | undefined;
  try {
    const body = (await response.json()) as {
      error?: { code?: unknown; message?: unknown; field?: unknown; params?: { min?: unknown; max?: unknown } };
    };
    if (body?.error && typeof body.error.code === 'string') {
      code = body.error.code as CommentErrorCode;
      if (typeof body.error.message === 'string') message = body.error.message;
      if (typeof body.error.field === 'string') field = body.error.field as CommentField;
      const { min, max } = body.error.params ?? {};
      if (typeof min === 'number' || typeof max === 'number') {
        params = {};
        if (typeof min === 'number') params.min = min;
        if (typeof max === 'number') params.max = max;
      }
    }
  } catch {
    // Not our JSON (a proxy's HTML error page): keep the status-based code.
  }
  if (response.status === 429) code = 'rate-limited';
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
  return new CommentApiError(code, message, { status: response.status, field, retryAfterSeconds, params });
}

async function request<T>(url: string, init: RequestInit, options: CommentRequestOptions): Promise<T> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = timeoutMs > 0 ? setTimeout(() => ((timedOut = true), controller.abort()), timeoutMs) : undefined;
  const outer = options.signal;
  const forwardAbort = () => controller.abort(outer?.reason);
  if (outer?.aborted) controller.abort(outer.reason);
  else outer?.addEventListener('abort', forwardAbort, { once: true });

  try {
    let response: Response;
    try {
      response = await doFetch(url, { ...init, signal: controller.signal, headers: { Accept: 'application/json', ...init.headers } });
    } catch (cause) {
      if (timedOut) throw new CommentApiError('timeout', `No answer within ${timeoutMs} ms`, { cause });
      if (outer?.aborted) throw cause; // the caller's own abort: not an API error
      throw new CommentApiError('network', 'The comments server could not be reached', { cause });
    }
    if (!response.ok) throw await errorFromResponse(response);
    try {
      return (await response.json()) as T;
    } catch (cause) {
      if (timedOut) throw new CommentApiError('timeout', `No answer within ${timeoutMs} ms`, { cause });
      throw new CommentApiError('bad-response', 'The comments server answered with something other than JSON', {
        status: response.status,
        cause,
      });
    }
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    outer?.removeEventListener('abort', forwardAbort);
  }
}

/** One page of the thread's approved comments, oldest first; pass `page.next` as `cursor` for the next one. */
export function listComments(endpoint: string, thread: string, cursor?: string | null, options: ListCommentsOptions = {}): Promise<CommentPage> {
  const url = new URL(threadUrl(endpoint, thread, 'comments'), globalThis.location?.href);
  if (cursor) url.searchParams.set('cursor', cursor);
  if (options.limit !== undefined) url.searchParams.set('limit', String(options.limit));
  return request<CommentPage>(url.href, { method: 'GET' }, options);
}

/** Posts a comment. Retrying with the same `clientId` returns the first result and never posts twice. */
export function postComment(endpoint: string, thread: string, payload: NewComment, options: CommentRequestOptions = {}): Promise<PostedComment> {
  return request<PostedComment>(
    threadUrl(endpoint, thread, 'comments'),
    { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) },
    options,
  );
}

/**
 * Number of approved comments in the thread, replies included, for pages that show counts without the comments
 * (a list of articles). A comment box needs no second request: `listComments` answers with `count`.
 */
export async function countComments(endpoint: string, thread: string, options: CommentRequestOptions = {}): Promise<number> {
  const { count } = await request<{ count: number }>(threadUrl(endpoint, thread, 'count'), { method: 'GET' }, options);
  return count;
}

/** Most threads `countThreads` asks for in one request (the server's limit). */
export const MAX_COUNT_THREADS = 100;

/**
 * Approved comments of several threads in one request (`GET {endpoint}/counts?threads=a,b,…`, at most
 * MAX_COUNT_THREADS): a thread the server does not know counts 0. The server splits the list at commas, so a thread
 * id with a comma in it must be asked for with `countComments`.
 */
export async function countThreads(
  endpoint: string,
  threads: readonly string[],
  options: CommentRequestOptions = {},
): Promise<Record<string, number>> {
  if (threads.length > MAX_COUNT_THREADS) throw new RangeError(`countThreads: at most ${MAX_COUNT_THREADS} threads a request`);
  const url = new URL(apiUrl(endpoint, 'counts'), globalThis.location?.href);
  url.search = `threads=${threads.map(encodeURIComponent).join(',')}`;
  const answer = await request<{ counts?: unknown }>(url.href, { method: 'GET' }, options);
  const given = answer?.counts;
  if (typeof given !== 'object' || given === null) throw new CommentApiError('bad-response', 'The comments server answered /counts without counts');
  const counts: Record<string, number> = {};
  for (const thread of threads) {
    const count = (given as Record<string, unknown>)[thread];
    counts[thread] = typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : 0;
  }
  return counts;
}

/**
 * The rules the server at `endpoint` applies to comments (`GET {endpoint}/config`): body length limits, the
 * name and email maxima, page sizes and moderation, so that a widget can show the server's real limits.
 * An answer without a `comments` object is a `bad-response`.
 */
export async function getCommentConfig(endpoint: string, options: CommentRequestOptions = {}): Promise<CommentServerConfig> {
  const config = await request<CommentServerConfig>(apiUrl(endpoint, 'config'), { method: 'GET' }, options);
  if (typeof config !== 'object' || config === null || typeof config.comments !== 'object' || config.comments === null) {
    throw new CommentApiError('bad-response', 'The comments server answered /config without its comment rules');
  }
  return config;
}
