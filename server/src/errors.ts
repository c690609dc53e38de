// Every error the server answers is { error: { code, message, field? } } with a stable code.
import type { FastifyError, FastifyInstance } from 'fastify';
import type { CommentField, CommentServerErrorCode } from 'bantin/core';
import type { UpstreamErrorCode } from './feeds/upstream-error.js';

/** Codes only the feed proxy answers with. */
export type FeedProxyErrorCode = UpstreamErrorCode | 'feed-not-found';

/** Codes of the moderation features: a closed thread, an action that cannot be undone. */
export type ModerationErrorCode = 'thread-closed' | 'cannot-undo';

/** Every code this server answers with. */
export type ServerErrorCode = CommentServerErrorCode | FeedProxyErrorCode | ModerationErrorCode;

/** The inputs an error can name in `field`. */
export type ErrorField =
  | CommentField
  | 'cursor'
  | 'limit'
  | 'status'
  | 'url'
  | 'name'
  | 'pageTitle'
  | 'pageUrl'
  | 'q'
  | 'order'
  | 'since'
  | 'action'
  | 'ids'
  | 'kind'
  | 'value'
  | 'reason'
  | 'commentId'
  | 'threads';

export interface ErrorBody {
  error: {
    code: ServerErrorCode;
    message: string;
    field?: ErrorField;
    [extra: string]: unknown;
  };
}

export class ApiError extends Error {
  readonly statusCode: number;
  readonly code: ServerErrorCode;
  readonly field?: ErrorField;
  readonly extra?: Record<string, unknown>;
  readonly headers?: Record<string, string>;

  constructor(
    statusCode: number,
    code: ServerErrorCode,
    message: string,
    details: { field?: ErrorField; extra?: Record<string, unknown>; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.statusCode = statusCode;
    this.code = code;
    if (details.field !== undefined) this.field = details.field;
    if (details.extra !== undefined) this.extra = details.extra;
    if (details.headers !== undefined) this.headers = details.headers;
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.field ? { field: this.field } : {}), ...this.extra } };
  }
}

// Fastify's own errors (body parsing, limits) in our vocabulary.
function fromFastifyError(error: FastifyError): ApiError {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiError(413, 'payload-too-large', 'The request body is too large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiError(415, 'unsupported-media-type', 'Send JSON (Content-Type: application/json)');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new ApiError(400, 'invalid-request', 'The request body is not valid JSON');
  }
  if (error.statusCode === 429) return new ApiError(429, 'rate-limited', 'Too many requests');
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return new ApiError(error.statusCode, 'invalid-request', error.message);
  }
  return new ApiError(500, 'internal', 'Internal server error');
}

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const apiError = error instanceof ApiError ? error : fromFastifyError(error);
    if (apiError.statusCode >= 500) request.log.error({ err: error }, 'request failed');
    if (apiError.headers) reply.headers(apiError.headers);
    return reply.code(apiError.statusCode).type('application/json; charset=utf-8').send(apiError.toBody());
  });
  app.setNotFoundHandler((request, reply) => {
    const body = new ApiError(404, 'not-found', `Nothing at ${request.method} ${request.url.split('?')[0]}`).toBody();
    return reply.code(404).type('application/json; charset=utf-8').send(body);
  });
}
