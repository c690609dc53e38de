// What the comment box says about a failed send: field errors next to their field, everything else as a notice,
// with a retry button when trying again can help.
import { AUTHOR_MAX_LENGTH, CommentApiError, type CommentErrorCode, type CommentLimits } from '../../core/comments/index.js';
import type { comments } from '../../i18n/catalogues/comments.js';
import type { ErrorParams, FormField } from './internal/composer.js';

export type { ErrorParams, FieldProblem, FormField } from './internal/composer.js';

/** The comment box's words in one language. */
export type CommentsText = (typeof comments)['vi'];

/** The limits a message may name: the body's, and the name's maximum when it is not the shared one (80). */
export type MessageLimits = CommentLimits & { authorMaxLength?: number };

/** Stands for "the endpoint attribute is missing" where an error is expected. */
export const NO_ENDPOINT = Symbol('no endpoint');

export interface SendFailure {
  /** Set when the message belongs next to one field. */
  field?: FormField;
  message: string;
  /** A retry (with the same clientId) may succeed: offline, timeout, 5xx, 429. */
  retry: boolean;
}

/** The localized message for a field error code, or undefined when the code is not about a form field. */
export function fieldMessage(
  code: CommentErrorCode,
  t: CommentsText,
  limits: MessageLimits,
  params: ErrorParams = {},
): { field: FormField; message: string } | undefined {
  const f = t.fields;
  switch (code) {
    case 'author-required':
      return { field: 'author', message: f.authorRequired };
    case 'author-too-long':
      return { field: 'author', message: f.authorTooLong(params.max ?? limits.authorMaxLength ?? AUTHOR_MAX_LENGTH) };
    case 'email-invalid':
      return { field: 'email', message: f.emailInvalid };
    case 'body-too-short':
      return { field: 'body', message: f.bodyTooShort(params.min ?? limits.minLength) };
    case 'body-too-long':
      return { field: 'body', message: f.bodyTooLong(params.max ?? limits.maxLength) };
    default:
      return undefined;
  }
}

/** What to tell the reader about an error from postComment (`params`: the server's limits, when it sent them). */
export function sendFailure(error: unknown, t: CommentsText, limits: MessageLimits, params?: ErrorParams): SendFailure {
  const e = t.errors;
  if (error === NO_ENDPOINT) return { message: e.noEndpoint, retry: false };
  if (!(error instanceof CommentApiError)) return { message: e.unavailable, retry: true };
  const onField = fieldMessage(error.code, t, limits, params);
  if (onField) return { ...onField, retry: false };
  switch (error.code) {
    case 'network':
      return { message: e.network, retry: true };
    case 'timeout':
      return { message: e.timeout, retry: true };
    case 'rate-limited':
      return { message: e.rateLimited(t.wait(Math.max(1, error.retryAfterSeconds ?? 60))), retry: true };
    case 'parent-invalid':
    case 'parent-not-found':
    case 'reply-too-deep':
      return { message: t.fields.parentGone, retry: false };
    case 'thread-closed':
      return { message: t.closed, retry: false };
    case 'unavailable':
    case 'internal':
    case 'bad-response':
      return { message: e.unavailable, retry: true };
    default:
      return (error.status ?? 0) >= 500 ? { message: e.unavailable, retry: true } : { message: e.rejected, retry: false };
  }
}
