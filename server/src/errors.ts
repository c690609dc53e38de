// Every error the server answers is { error: { code, message, field? } } with a stable code.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
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
  if (error.code === 'FST_ERR_BAD_URL') return new ApiError(400, 'invalid-request', 'The URL is not valid (a broken percent-encoding?)');
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') return new ApiError(414, 'invalid-request', 'The URL is too long');
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
    return send(reply, apiError);
  });
  app.setNotFoundHandler((request, reply) => {
    return send(reply, new ApiError(404, 'not-found', `Nothing at ${request.method} ${request.url.split('?')[0]}`));
  });
}

function send(reply: FastifyReply, error: ApiError): FastifyReply {
  if (error.headers) reply.headers(error.headers);
  return reply.code(error.statusCode).type('application/json; charset=utf-8').send(error.toBody());
}

/** Fastify's `frameworkErrors`: a URL the router cannot read (`%ZZ`) or a parameter over maxParamLength (414). */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  void send(reply, fromFastifyError(error));
}

/** What the HTTP parser refuses before any request exists (a Content-Length that lies, broken headers). */
function clientErrorOf(code: string | undefined): ApiError {
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return new ApiError(408, 'invalid-request', 'The request took too long to arrive');
  if (code === 'HPE_HEADER_OVERFLOW') return new ApiError(431, 'invalid-request', 'The request headers are too large');
  return new ApiError(400, 'invalid-request', 'The request is not valid HTTP (its length, its headers or its framing)');
}

/** Fastify's `clientErrorHandler`: as its default, but the answer in the contract's shape. */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const apiError = clientErrorOf(error.code);
  const body = JSON.stringify(apiError.toBody());
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${apiError.statusCode} ${STATUS_CODES[apiError.statusCode]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/** 404 for an id that names nothing (a comment by default). */
export function notFound(what = 'comment', field?: ErrorField): ApiError {
  return new ApiError(404, 'not-found', `No such ${what}`, field ? { field } : {});
}
