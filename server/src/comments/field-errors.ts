// The comment rules' field errors (core's validateComment, thread and client ids) as API errors with a message.
import type { CommentFieldError } from 'bantin/core';
import { ApiError } from '../errors.js';

const FIELD_ERROR_TEXT: Record<CommentFieldError['code'], (params?: Record<string, number>) => string> = {
  'author-required': () => 'Please give a name',
  'author-too-long': (p) => `The name is longer than ${p?.max} characters`,
  'email-invalid': () => 'The email address is not valid',
  'body-too-short': (p) => `The comment must have at least ${p?.min} characters`,
  'body-too-long': (p) => `The comment must have at most ${p?.max} characters`,
  'parent-invalid': () => 'parentId is not a comment id',
  'parent-not-found': () => 'The comment replied to does not exist in this thread',
  'reply-too-deep': () => 'Replies to replies are not allowed',
  'thread-invalid': () => 'The thread id must be 1–200 URL characters',
  'client-id-invalid': () => 'clientId must be 8–100 characters of A–Z, a–z, 0–9, "-" and "_"',
};

/** `400 <code>` for the first error, with `field`, `params`, and every error in `errors` when there are several. */
export function fieldError(error: CommentFieldError, all: CommentFieldError[] = [error]): ApiError {
  return new ApiError(400, error.code, FIELD_ERROR_TEXT[error.code](error.params), {
    field: error.field,
    extra: { ...(error.params ? { params: error.params } : {}), ...(all.length > 1 ? { errors: all } : {}) },
  });
}
