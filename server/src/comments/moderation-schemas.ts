// JSON schemas of the admin answers beyond the public comment: the moderation shape of a comment (with the
// email, never the IP), per-status counts, blocks, threads and audit entries. As in schemas.ts, they are what
// serialises the answers: only the members listed here are written.
import { COMMENT_STATUSES, commentSchema } from './schemas.js';

const text = { type: 'string' } as const;
const textOrNull = { type: ['string', 'null'] } as const;
const statusOrNull = { type: ['string', 'null'], enum: [...COMMENT_STATUSES, null] } as const;

const historySchema = {
  type: ['object', 'null'],
  properties: { approved: { type: 'integer' }, rejected: { type: 'integer' }, spam: { type: 'integer' } },
  required: ['approved', 'rejected', 'spam'],
  additionalProperties: false,
} as const;

export const moderationCommentSchema = {
  type: 'object',
  properties: {
    ...commentSchema.properties,
    email: textOrNull,
    moderatedAt: textOrNull,
    threadTitle: textOrNull,
    threadUrl: textOrNull,
    threadClosed: { type: 'boolean' },
    parent: {
      type: ['object', 'null'],
      properties: { id: text, author: text, body: text, createdAt: text, status: { type: 'string', enum: COMMENT_STATUSES } },
      required: ['id', 'author', 'body', 'createdAt', 'status'],
      additionalProperties: false,
    },
    history: {
      type: 'object',
      properties: { email: historySchema, ip: historySchema },
      required: ['email', 'ip'],
      additionalProperties: false,
    },
    watchedWords: { type: 'array', items: text },
    blocked: { type: 'boolean' },
  },
  required: [
    ...commentSchema.required,
    'email',
    'moderatedAt',
    'threadTitle',
    'threadUrl',
    'threadClosed',
    'parent',
    'history',
    'watchedWords',
    'blocked',
  ],
  additionalProperties: false,
} as const;

export const statusCountsSchema = {
  type: 'object',
  properties: Object.fromEntries(COMMENT_STATUSES.map((status) => [status, { type: 'integer' }])),
  required: [...COMMENT_STATUSES],
  additionalProperties: false,
} as const;

export const itemResultsSchema = {
  type: 'array',
  items: {
    type: 'object',
    properties: { id: text, ok: { type: 'boolean' }, status: { type: 'string', enum: COMMENT_STATUSES }, error: text },
    required: ['id', 'ok'],
    additionalProperties: false,
  },
} as const;

export const blockSchema = {
  type: 'object',
  properties: { id: text, kind: text, value: textOrNull, reason: textOrNull, createdAt: text, createdBy: textOrNull },
  required: ['id', 'kind', 'value', 'reason', 'createdAt', 'createdBy'],
  additionalProperties: false,
} as const;

export const threadSchema = {
  type: 'object',
  properties: {
    thread: {
      type: 'object',
      properties: { id: text, title: textOrNull, url: textOrNull, closed: { type: 'boolean' }, count: { type: 'integer' } },
      required: ['id', 'title', 'url', 'closed', 'count'],
      additionalProperties: false,
    },
  },
  required: ['thread'],
  additionalProperties: false,
} as const;

export const auditPageSchema = {
  type: 'object',
  properties: {
    entries: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: text,
          action: text,
          kind: text,
          moderator: textOrNull,
          at: text,
          commentId: textOrNull,
          thread: textOrNull,
          before: statusOrNull,
          after: statusOrNull,
          detail: textOrNull,
        },
        required: ['id', 'action', 'kind', 'moderator', 'at', 'commentId', 'thread', 'before', 'after', 'detail'],
        additionalProperties: false,
      },
    },
    next: textOrNull,
  },
  required: ['entries', 'next'],
  additionalProperties: false,
} as const;
