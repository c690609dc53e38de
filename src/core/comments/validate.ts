import { cleanCommentText, countCharacters, countContent, MAX_BYTES_PER_CHARACTER, utf8Length } from './text.js';
import {
  AUTHOR_MAX_LENGTH,
  CLIENT_ID_MAX_LENGTH,
  COMMENT_ID_MAX_LENGTH,
  DEFAULT_COMMENT_LIMITS,
  EMAIL_MAX_LENGTH,
  THREAD_ID_MAX_LENGTH,
  type CommentField,
  type CommentFieldErrorCode,
  type CommentLimits,
} from './limits.js';

export interface CommentInput {
  author?: unknown;
  email?: unknown;
  body?: unknown;
  parentId?: unknown;
}

export interface CommentFieldError {
  field: CommentField;
  code: CommentFieldErrorCode;
  /** Values for the message, e.g. { min: 5 } or { max: 500 }. */
  params?: Record<string, number>;
}

/** A comment's fields after validation: trimmed, empty optional fields dropped. */
export interface ValidComment {
  author: string;
  email?: string;
  body: string;
  parentId?: string;
}

export type ValidationResult = { ok: true; value: ValidComment } | { ok: false; errors: CommentFieldError[] };

// Printable URI characters (RFC 3986): a slug like "bai-12345" or a canonical page URL both fit.
const THREAD_ID = /^[A-Za-z0-9._~:/?#[\]@!$&'()*+,;=%-]+$/;
const OPAQUE_ID = /^[A-Za-z0-9_-]+$/;
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/** Thread ids: 1–200 printable URI characters (an article slug, or the page's canonical URL). */
export function isValidThreadId(thread: unknown): thread is string {
  return typeof thread === 'string' && thread.length <= THREAD_ID_MAX_LENGTH && THREAD_ID.test(thread);
}

/** Client ids (idempotency keys, e.g. crypto.randomUUID()): 8–100 of [A-Za-z0-9_-]. */
export function isValidClientId(clientId: unknown): clientId is string {
  return typeof clientId === 'string' && clientId.length >= 8 && clientId.length <= CLIENT_ID_MAX_LENGTH && OPAQUE_ID.test(clientId);
}

/** Comment ids as the API gives them: opaque [A-Za-z0-9_-] strings. */
export function isValidCommentId(id: unknown): id is string {
  return typeof id === 'string' && id.length > 0 && id.length <= COMMENT_ID_MAX_LENGTH && OPAQUE_ID.test(id);
}

function optionalText(value: unknown, singleLine = true): string | undefined | null {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return null;
  const clean = cleanCommentText(value, { singleLine });
  return clean === '' ? undefined : clean;
}

/** Over `max` characters, or over the bytes that many characters may take. */
function tooLong(text: string, max: number): boolean {
  return countCharacters(text) > max || utf8Length(text) > max * MAX_BYTES_PER_CHARACTER;
}

/**
 * Checks a comment as the widget sends it. Bodies are plain text, stored as written once cleaned
 * (cleanCommentText: no lone surrogates, controls or bidi overrides, marks capped, trimmed); lengths count
 * user-perceived characters, and "required" and the minimum only those that show something (countContent).
 * Returns every field error, not only the first.
 */
export function validateComment(input: CommentInput, limits: Partial<CommentLimits> = {}): ValidationResult {
  const { minLength, maxLength } = { ...DEFAULT_COMMENT_LIMITS, ...limits };
  const errors: CommentFieldError[] = [];

  const author = optionalText(input.author);
  if (!author || countContent(author) === 0) errors.push({ field: 'author', code: 'author-required' });
  else if (tooLong(author, AUTHOR_MAX_LENGTH)) {
    errors.push({ field: 'author', code: 'author-too-long', params: { max: AUTHOR_MAX_LENGTH } });
  }

  const email = optionalText(input.email);
  if (email === null || (email !== undefined && (email.length > EMAIL_MAX_LENGTH || !EMAIL.test(email)))) {
    errors.push({ field: 'email', code: 'email-invalid' });
  }

  const body = typeof input.body === 'string' ? cleanCommentText(input.body) : '';
  if (countContent(body) < minLength) errors.push({ field: 'body', code: 'body-too-short', params: { min: minLength } });
  else if (tooLong(body, maxLength)) errors.push({ field: 'body', code: 'body-too-long', params: { max: maxLength } });

  const parentId = optionalText(input.parentId);
  if (parentId === null || (parentId !== undefined && !isValidCommentId(parentId))) {
    errors.push({ field: 'parentId', code: 'parent-invalid' });
  }

  if (errors.length > 0) return { ok: false, errors };
  const value: ValidComment = { author: author as string, body };
  if (email) value.email = email;
  if (parentId) value.parentId = parentId;
  return { ok: true, value };
}
