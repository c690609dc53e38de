// The widget server's own comment rules (GET {endpoint}/config), asked once per endpoint on a page and shared by
// every comment box using that endpoint, and the limits a box applies: the page author's minlength/maxlength when
// set, else the server's, else the defaults of core/comments. Not being able to read the rules (an older server
// without /config, offline, an odd answer) is silent: the box keeps its own limits.
import {
  AUTHOR_MAX_LENGTH,
  DEFAULT_COMMENT_LIMITS,
  EMAIL_MAX_LENGTH,
  getCommentConfig,
  type CommentLimits,
  type CommentRequestOptions,
  type CommentServerConfig,
} from '../../../core/comments/index.js';

/** The server's rules as far as they are usable: each one present only when the server stated it sensibly. */
export type ServerRules = Partial<CommentServerConfig['comments']>;

/** Everything the form checks: the body's length, and the name's and the email's maxima. */
export interface FormLimits extends CommentLimits {
  /** Name length in user-perceived characters. */
  authorMaxLength: number;
  /** Email length in UTF-16 code units. */
  emailMaxLength: number;
}

/** What the page author set (the minlength and maxlength attributes or properties); null or undefined: not set. */
export interface AuthorLimits {
  minLength?: number | null;
  maxLength?: number | null;
}

/** The numeric rules, each with the least value that makes sense. */
const LEAST = { minLength: 0, maxLength: 1, authorMaxLength: 1, emailMaxLength: 1, pageSize: 1, maxPageSize: 1 } as const;

/** The usable rules of a /config answer: whole numbers in range and a known moderation; the rest left out. */
export function readServerRules(config: unknown): ServerRules {
  const stated = (config as { comments?: unknown } | null | undefined)?.comments;
  if (typeof stated !== 'object' || stated === null) return {};
  const given = stated as Record<string, unknown>;
  const rules: ServerRules = {};
  for (const key of Object.keys(LEAST) as (keyof typeof LEAST)[]) {
    const value = given[key];
    if (typeof value === 'number' && Number.isInteger(value) && value >= LEAST[key]) rules[key] = value;
  }
  if (given.moderation === 'pre' || given.moderation === 'post') rules.moderation = given.moderation;
  return rules;
}

/**
 * The limits a box applies. For each of minlength and maxlength: the page author's value when set (a number
 * below 0 or not a number counts as not usable), else the server's, else the default (5 and 500). The maximum is
 * at least 1 and the minimum never above it. The name and email maxima are the server's when stricter than the
 * shared rules (80 characters, 254 code units), which validateComment applies on both sides anyway.
 */
export function formLimits(author: AuthorLimits = {}, server: ServerRules = {}): FormLimits {
  const whole = (value: number | null | undefined, fallback: number): number => {
    const number = value === null || value === undefined ? NaN : Number(value);
    return Number.isFinite(number) && number >= 0 ? Math.floor(number) : fallback;
  };
  const maxLength = Math.max(1, whole(author.maxLength, server.maxLength ?? DEFAULT_COMMENT_LIMITS.maxLength));
  const minLength = Math.min(whole(author.minLength, server.minLength ?? DEFAULT_COMMENT_LIMITS.minLength), maxLength);
  return {
    minLength,
    maxLength,
    authorMaxLength: Math.min(server.authorMaxLength ?? AUTHOR_MAX_LENGTH, AUTHOR_MAX_LENGTH),
    emailMaxLength: Math.min(server.emailMaxLength ?? EMAIL_MAX_LENGTH, EMAIL_MAX_LENGTH),
  };
}

const asked = new Map<string, Promise<ServerRules>>();

/**
 * The rules of the server at `endpoint`, asked once per endpoint: the first box to ask sends the one request, the
 * others share its answer. `{}` when the server cannot tell; a failure is kept too, so it is not asked again.
 */
export function serverRules(endpoint: string, options: Pick<CommentRequestOptions, 'timeoutMs' | 'fetch'> = {}): Promise<ServerRules> {
  const key = endpoint.trim().replace(/\/+$/, '');
  let rules = asked.get(key);
  if (!rules) {
    rules = getCommentConfig(key, options).then(readServerRules, () => ({}));
    asked.set(key, rules);
  }
  return rules;
}
