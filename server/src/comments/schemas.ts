// JSON schemas of the comments API's bodies and answers. The answer schemas are also what serialises them:
// only the members listed here are written, so a stored row's email or IP can never leave through a route.
import type { CommentStatus } from 'bantin/core';

export const COMMENT_STATUSES: readonly CommentStatus[] = ['pending', 'approved', 'rejected', 'spam'];

const text = { type: 'string' } as const;

export const commentSchema = {
  type: 'object',
  properties: {
    id: text,
    thread: text,
    parentId: { type: ['string', 'null'] },
    author: text,
    body: text,
    createdAt: text,
    status: { type: 'string', enum: COMMENT_STATUSES },
  },
  required: ['id', 'thread', 'parentId', 'author', 'body', 'createdAt', 'status'],
  additionalProperties: false,
} as const;

/** A list page; `count` is the whole list's size (every page), not this page's. */
export const commentPageSchema = {
  type: 'object',
  properties: {
    comments: { type: 'array', items: commentSchema },
    next: { type: ['string', 'null'] },
    count: { type: 'integer' },
  },
  required: ['comments', 'next', 'count'],
  additionalProperties: false,
} as const;

export const oneCommentSchema = {
  type: 'object',
  properties: { comment: commentSchema },
  required: ['comment'],
  additionalProperties: false,
} as const;

export const postedCommentSchema = {
  type: 'object',
  properties: { comment: commentSchema, status: { type: 'string', enum: ['pending', 'approved'] } },
  required: ['comment', 'status'],
  additionalProperties: false,
} as const;

export const countSchema = {
  type: 'object',
  properties: { count: { type: 'integer' } },
  required: ['count'],
  additionalProperties: false,
} as const;

/**
 * A new comment: only the shape. The fields are left to core's validateComment (and isValidClientId), so each
 * keeps its own code (`author-required`, `body-too-short`, …) and a non-string is never coerced into a string.
 */
export const newCommentSchema = {
  type: 'object',
  properties: { author: {}, email: {}, body: {}, parentId: {}, clientId: {}, website: {}, pageTitle: {}, pageUrl: {} },
} as const;

export const commentServerConfigSchema = {
  type: 'object',
  properties: {
    comments: {
      type: 'object',
      properties: {
        minLength: { type: 'integer' },
        maxLength: { type: 'integer' },
        authorMaxLength: { type: 'integer' },
        emailMaxLength: { type: 'integer' },
        pageSize: { type: 'integer' },
        maxPageSize: { type: 'integer' },
        moderation: { type: 'string', enum: ['pre', 'post'] },
      },
      required: ['minLength', 'maxLength', 'authorMaxLength', 'emailMaxLength', 'pageSize', 'maxPageSize', 'moderation'],
      additionalProperties: false,
    },
  },
  required: ['comments'],
  additionalProperties: false,
} as const;
