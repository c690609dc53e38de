// Limits and stable error codes shared by the comment box and the widget server.

export interface CommentLimits {
  /** Minimum body length in user-perceived characters. */
  minLength: number;
  /** Maximum body length in user-perceived characters. */
  maxLength: number;
}

export const DEFAULT_COMMENT_LIMITS: Readonly<CommentLimits> = Object.freeze({ minLength: 5, maxLength: 500 });

export const AUTHOR_MAX_LENGTH = 80;
export const EMAIL_MAX_LENGTH = 254;
export const THREAD_ID_MAX_LENGTH = 200;
export const CLIENT_ID_MAX_LENGTH = 100;
export const COMMENT_ID_MAX_LENGTH = 100;

/** Codes for one field of a comment: the widget maps each to its own localized message. */
export type CommentFieldErrorCode =
  | 'author-required'
  | 'author-too-long'
  | 'email-invalid'
  | 'body-too-short'
  | 'body-too-long'
  | 'parent-invalid'
  | 'parent-not-found'
  | 'reply-too-deep'
  | 'thread-invalid'
  | 'client-id-invalid';

/** Every code the comments API answers with in `{ error: { code } }`. */
export type CommentServerErrorCode =
  | CommentFieldErrorCode
  | 'invalid-request'
  | 'rate-limited'
  | 'thread-closed'
  | 'not-found'
  | 'unauthorized'
  | 'forbidden'
  | 'admin-disabled'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'internal'
  | 'unavailable';

/** The client's own codes, for when no usable answer came back: the server never sends them. */
export type CommentClientErrorCode =
  /** No answer (offline, DNS, CORS, connection reset). */
  | 'network'
  /** The request took longer than its timeout. */
  | 'timeout'
  /** The answer was not the JSON the API promises. */
  | 'bad-response';

/** Every code a comment request can fail with: the server's, plus the client's own. */
export type CommentErrorCode = CommentServerErrorCode | CommentClientErrorCode;

export type CommentField = 'author' | 'email' | 'body' | 'parentId' | 'thread' | 'clientId';
