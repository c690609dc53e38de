// The inputs the comment and admin routes share: a thread id (path or query) and a page (cursor, limit). For
// each: its JSON schema (the shape), the error a bad value answers, and how a value is read. The schemas
// check only the shape; the thread id and page rules are applied here when the value is read.
import { THREAD_ID_MAX_LENGTH, isValidThreadId } from 'bantin/core';
import { ApiError } from '../errors.js';
import type { InputErrors } from '../input-errors.js';
import { fieldError } from './field-errors.js';
import { decodeCursor } from './store.js';

/** Comments per page when the request names no limit, and the most one request may ask for. */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

const threadInvalid = () => fieldError({ field: 'thread', code: 'thread-invalid' });
const limitInvalid = () => new ApiError(400, 'invalid-request', `limit must be from 1 to ${MAX_PAGE_SIZE}`, { field: 'limit' });
const cursorInvalid = () => new ApiError(400, 'invalid-request', 'cursor is not one this server gave', { field: 'cursor' });

/** What a schema failure on `thread`, `limit` or `cursor` answers. */
export const THREAD_AND_PAGE_ERRORS: InputErrors = { thread: threadInvalid, limit: limitInvalid, cursor: cursorInvalid };

export const threadIdSchema = { type: 'string', maxLength: THREAD_ID_MAX_LENGTH } as const;

export interface ThreadParams {
  thread: string;
}

export const threadParamsSchema = {
  type: 'object',
  properties: { thread: threadIdSchema },
  required: ['thread'],
} as const;

export interface PageQuery {
  cursor?: string;
  limit?: string;
}

/** Both empty means the default: `?cursor=&limit=` is the first page of the default size. */
export const pageQueryProperties = {
  cursor: { type: 'string' },
  limit: { type: 'string', pattern: '^[0-9]{0,3}$' },
} as const;

/** The thread id, checked by core's rule (1–200 printable URI characters). */
export function readThread(thread: string): string {
  if (!isValidThreadId(thread)) throw threadInvalid();
  return thread;
}

/** `cursor` and `limit` → the sequence number to start after, and the page size. */
export function readPage({ cursor, limit }: PageQuery): { afterSeq: number; limit: number } {
  let afterSeq = 0;
  if (cursor) {
    const seq = decodeCursor(cursor);
    if (seq === undefined) throw cursorInvalid();
    afterSeq = seq;
  }
  const size = limit ? Number(limit) : DEFAULT_PAGE_SIZE;
  if (!(Number.isInteger(size) && size >= 1 && size <= MAX_PAGE_SIZE)) throw limitInvalid();
  return { afterSeq, limit: size };
}
