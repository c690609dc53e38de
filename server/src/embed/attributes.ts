// The widgets' attributes as the fragment endpoint (and a rendered page's query bindings) accept them: each one
// with its allowed values, so that a request can only ask for what the widget documents. `feed` is resolved by
// the feed service and `thread` by the comment rules; `proxy` and `endpoint` are this server's to set.
import { isValidThreadId } from 'bantin/core';
import { isValidNonce, type WidgetTag } from 'bantin/ssr';
import { ApiError } from '../errors.js';

/** /embed/<widget> → the element. */
export const EMBED_WIDGETS = {
  'latest-news': 'bantin-latest-news',
  'article-card': 'bantin-article-card',
  'weather-bulletin': 'bantin-weather-bulletin',
  'comment-box': 'bantin-comment-box',
} as const satisfies Record<string, WidgetTag>;

/** The widgets the endpoint and rendered pages render (a comment count is a few words: it needs no fragment). */
export type EmbedTag = (typeof EMBED_WIDGETS)[keyof typeof EMBED_WIDGETS];

/** Checks one value: an error message, or undefined when it is allowed. */
type Check = (value: string) => string | undefined;

// Control characters have no place in an attribute; everything else is escaped when written.
const CONTROL = /[\u0000-\u001f\u007f]/;

const text =
  (max: number): Check =>
  (value) =>
    value.length > max ? `must be at most ${max} characters` : CONTROL.test(value) ? 'must not contain control characters' : undefined;

const oneOf =
  (...values: string[]): Check =>
  (value) =>
    values.includes(value) ? undefined : `must be one of ${values.join(', ')}`;

const integer =
  (min: number, max: number): Check =>
  (value) =>
    /^\d{1,6}$/.test(value) && Number(value) >= min && Number(value) <= max ? undefined : `must be an integer from ${min} to ${max}`;

const listOf =
  (...values: string[]): Check =>
  (value) => {
    const parts = value.split(',').map((part) => part.trim());
    return value.length <= 100 && parts.every((part) => values.includes(part)) ? undefined : `must be a comma list of ${values.join(', ')}`;
  };

/** An absolute http(s) URL or a root-relative path, as links and images on a page take them. */
const link: Check = (value) => {
  if (value.length > 2000 || CONTROL.test(value)) return 'must be a URL of at most 2000 characters';
  if (value.startsWith('/') && !value.startsWith('//')) return undefined;
  try {
    return /^https?:$/.test(new URL(value).protocol) ? undefined : 'must be an http(s) URL or a path starting with /';
  } catch {
    return 'must be an http(s) URL or a path starting with /';
  }
};

const target: Check = (value) => (/^[A-Za-z0-9_-]{1,64}$/.test(value) ? undefined : 'must be a target name such as _blank');
const isoDate: Check = (value) =>
  /^\d{4}-\d{2}-\d{2}(?:T[\d:.]{5,15}(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value) && !Number.isNaN(Date.parse(value))
    ? undefined
    : 'must be an ISO 8601 date';
const thread: Check = (value) => (isValidThreadId(value) ? undefined : 'must be 1 to 200 URI characters');
/** Feed names and URLs, several separated by spaces; each is then resolved by the feed service. */
const feeds: Check = (value) => {
  const tokens = value.split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return 'must name a feed';
  if (tokens.length > 5) return 'may name at most 5 feeds';
  return value.length > 5 * 2000 || CONTROL.test(value) ? 'is too long' : undefined;
};

const COMMON: Record<string, Check> = {
  lang: oneOf('vi', 'en'),
  theme: oneOf('light', 'dark', 'auto'),
  'heading-level': integer(1, 6),
  timeout: integer(1, 120),
};
const FEED_WIDGET: Record<string, Check> = { ...COMMON, feed: feeds, refresh: integer(0, 86_400), target };
const DATE_FORMAT = oneOf('absolute', 'relative');

export const WIDGET_ATTRIBUTES: Record<EmbedTag, Record<string, Check>> = {
  'bantin-latest-news': {
    ...FEED_WIDGET,
    limit: integer(1, 50),
    category: text(300),
    layout: oneOf('list', 'grid', 'compact', 'ticker'),
    heading: text(200),
    'more-href': link,
    hide: listOf('image', 'summary', 'date', 'category'),
    'date-format': DATE_FORMAT,
  },
  'bantin-article-card': {
    ...FEED_WIDGET,
    item: text(2000),
    variant: oneOf('compact', 'standard', 'full'),
    href: link,
    heading: text(300),
    image: link,
    summary: text(2000),
    category: text(200),
    date: isoDate,
    author: text(200),
    'date-format': DATE_FORMAT,
  },
  'bantin-weather-bulletin': { ...FEED_WIDGET, match: text(300) },
  'bantin-comment-box': {
    ...COMMON,
    thread,
    minlength: integer(1, 10_000),
    maxlength: integer(1, 10_000),
    'page-size': integer(1, 100),
    heading: text(200),
  },
};

/** Attributes that name where the data comes from: this server sets them, a request cannot. */
const SET_BY_SERVER: Record<string, string> = {
  proxy: 'feeds are read through this server: give feed as a configured name or a URL it may fetch',
  endpoint: 'the comment box posts to this server',
};

export const NONCE_PARAMETER = 'nonce';

export function parameterError(parameter: string, message: string): ApiError {
  return new ApiError(400, 'invalid-request', `${parameter} ${message}`, { extra: { parameter } });
}

/** Throws a 400 when `value` is not one `name` of `tag` accepts from a request. */
export function checkAttribute(tag: EmbedTag, name: string, value: string): void {
  if (Object.hasOwn(SET_BY_SERVER, name)) throw parameterError(name, `cannot be given: ${SET_BY_SERVER[name]}`);
  const check = Object.hasOwn(WIDGET_ATTRIBUTES[tag], name) ? WIDGET_ATTRIBUTES[tag][name] : undefined;
  if (!check) {
    throw parameterError(name, `is not an attribute of <${tag}> (known: ${Object.keys(WIDGET_ATTRIBUTES[tag]).join(', ')}, and nonce)`);
  }
  const problem = check(value);
  if (problem) throw parameterError(name, problem);
}

export interface EmbedRequest {
  attributes: Record<string, string>;
  nonce?: string;
}

/** The query of /embed/<widget>: every parameter once, each an attribute of the widget (or `nonce`). */
export function readEmbedQuery(tag: EmbedTag, query: URLSearchParams): EmbedRequest {
  const attributes: Record<string, string> = {};
  let nonce: string | undefined;
  for (const [name, value] of query) {
    if (Object.hasOwn(attributes, name) || (name === NONCE_PARAMETER && nonce !== undefined)) throw parameterError(name, 'is given more than once');
    if (name === NONCE_PARAMETER) {
      if (!isValidNonce(value)) throw parameterError(name, 'must be 1 to 200 base64 or base64url characters');
      nonce = value;
      continue;
    }
    checkAttribute(tag, name, value);
    attributes[name] = value;
  }
  if (tag === 'bantin-comment-box' && attributes.thread === undefined) throw parameterError('thread', 'is required for the comment box');
  return nonce === undefined ? { attributes } : { attributes, nonce };
}
