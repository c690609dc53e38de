// The widget server's configuration: read from a JSON file, every key checked, environment overrides applied.
// A wrong key stops the server at start with a message naming it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isIP } from 'node:net';
import { DEFAULT_COMMENT_LIMITS, type CommentLimits } from 'bantin/core';
import { DEFAULT_CACHE_BYTES } from './feeds/feed-cache.js';

export type Moderation = 'pre' | 'post';

/** Where comments live: SQLite in `dataDir` (one instance), or a PostgreSQL database shared by every instance. */
export type DatabaseConfig = { kind: 'sqlite' } | { kind: 'postgres'; url: string };

export type FeedLocation = { kind: 'http'; url: string } | { kind: 'file'; path: string };

export interface FeedConfig {
  source: FeedLocation;
  ttlSeconds: number;
  /** Each item is also read as a weather bulletin (FeedItem.bulletin), so weather widgets need not read it. */
  bulletins: boolean;
}

export interface ServerConfig {
  port: number;
  host: string;
  /** Absolute folder of the SQLite database. */
  dataDir: string;
  /** The comments database (config `database`, env BANTIN_DATABASE_URL). */
  database: DatabaseConfig;
  feeds: Record<string, FeedConfig>;
  /** Items kept of each feed (the first ones, as the feed lists them). */
  maxItemsPerFeed: number;
  /** Bytes of JSON Feed bodies the feed cache holds at most (least recently used go first). */
  feedCacheMaxBytes: number;
  /** Hosts `?url=` may name: "news.example.vn", "*.example.vn", optionally with ":port". */
  allowHosts: string[];
  /** Origins allowed to call the API; ["*"] for any. */
  corsOrigins: string[];
  moderation: Moderation;
  /** Peers (IPs, CIDRs or proxy-addr keywords) whose X-Forwarded-For is believed. */
  trustedProxies: string[];
  /** New comments per client: per minute, per day; a client is an IPv4 address or an IPv6 prefix of ipv6Prefix bits. */
  rateLimit: RateLimitConfig;
  /** Comment body length in user-perceived characters. */
  comments: CommentLimits;
  /** Folder served at `/` (the demo pages), or null for none: only STATIC_EXTENSIONS, never dotfiles (static.ts). */
  staticDir: string | null;
  /** The config file this came from (never served, even in staticDir); undefined for a config built in code. */
  configFile?: string;
  /** Folder served at `/bantin/` (the built widget bundles), or null for none. */
  bundleDir: string | null;
  /** Pages in staticDir (paths relative to it) served with their bantin elements rendered on the server. */
  renderPages: string[];
  /** The server's public origin, for the absolute URLs of rendered widgets; null: the request's own. */
  publicUrl: string | null;
  /** From BANTIN_ADMIN_TOKEN only; with no moderators either, the admin API is off. */
  adminToken?: string;
  /** Named moderators, each known by the SHA-256 (hex) of its token. */
  moderators: ModeratorConfig[];
  /** Words that hold a comment for moderation (matched folded, on word boundaries). */
  watchedWords: string[];
  /** The webhook of moderation events, or null for none. */
  notify: NotifyConfig | null;
  /** From BANTIN_IP_KEY: the key of the IP hashes; undefined: one generated and kept in the database. */
  ipKey?: string;
}

export interface RateLimitConfig {
  perMinute: number;
  perDay: number;
  ipv6Prefix: number;
}

export interface ModeratorConfig {
  name: string;
  /** Lower-case hex SHA-256 of the moderator's token. */
  tokenSha256: string;
}

export const NOTIFY_EVENTS = ['comment.pending', 'comment.approved', 'comment.rejected', 'comment.spam', 'comment.deleted'] as const;
export type NotifyEvent = (typeof NOTIFY_EVENTS)[number];

export interface NotifyConfig {
  webhook: string;
  events: NotifyEvent[];
  /** The moderation page's URL for the events' links, or null. */
  moderationUrl: string | null;
  /** From BANTIN_WEBHOOK_SECRET: the HMAC key of X-Bantin-Signature. */
  secret: string;
}

export class ConfigError extends Error {
  readonly key: string;
  constructor(key: string, message: string) {
    super(`"${key}" ${message}`);
    this.name = 'ConfigError';
    this.key = key;
  }
}

export const DEFAULT_TTL_SECONDS = 300;
export const DEFAULT_MAX_ITEMS_PER_FEED = 500;
const DEFAULT_RATE_LIMIT = { perMinute: 3, perDay: 30, ipv6Prefix: 64 };
export const KEYS = [
  'port',
  'host',
  'dataDir',
  'database',
  'feeds',
  'maxItemsPerFeed',
  'feedCacheMaxBytes',
  'allowHosts',
  'corsOrigins',
  'moderation',
  'trustedProxies',
  'rateLimit',
  'comments',
  'staticDir',
  'bundleDir',
  'renderPages',
  'publicUrl',
  'moderators',
  'watchedWords',
  'notify',
] as const;
export const MODERATOR_KEYS = ['name', 'tokenSha256'];
export const NOTIFY_KEYS = ['webhook', 'events', 'moderationUrl'];
export const FEED_KEYS = ['url', 'ttlSeconds', 'bulletins'];
export const RATE_LIMIT_KEYS = ['perMinute', 'perDay', 'ipv6Prefix'];
export const COMMENTS_KEYS = ['minLength', 'maxLength'];
export const FEED_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const HOST_PATTERN = /^(?:\*\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?::\d{1,5})?$/;
const PROXY_KEYWORDS = new Set(['loopback', 'linklocal', 'uniquelocal']);

type Json = unknown;

function describe(value: Json): string {
  return JSON.stringify(value) ?? String(value);
}

function isPlainObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function integer(key: string, value: Json, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(key, `must be an integer from ${min} to ${max}, got ${describe(value)}`);
  }
  return value;
}

function boolean(key: string, value: Json): boolean {
  if (typeof value !== 'boolean') throw new ConfigError(key, `must be true or false, got ${describe(value)}`);
  return value;
}

function nonEmptyString(key: string, value: Json): string {
  if (typeof value !== 'string' || value.trim() === '') throw new ConfigError(key, `must be a non-empty string, got ${describe(value)}`);
  return value;
}

function stringList(key: string, value: Json, check: (item: string) => boolean, what: string): string[] {
  if (!Array.isArray(value)) throw new ConfigError(key, `must be an array of ${what}, got ${describe(value)}`);
  return value.map((item, index) => {
    if (typeof item !== 'string' || !check(item)) throw new ConfigError(`${key}[${index}]`, `must be ${what}, got ${describe(item)}`);
    return item;
  });
}

function isOrigin(value: string): boolean {
  if (value === '*') return true;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}

/** A relative path to an .html file, without "." or ".." segments. */
function isPagePath(value: string): boolean {
  return /^(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*\.html$/.test(value);
}

function publicOrigin(value: Json): string {
  if (typeof value !== 'string' || value === '*' || !isOrigin(value)) {
    throw new ConfigError('publicUrl', `must be an origin like "https://widgets.example.vn" (no path, no trailing slash), got ${describe(value)}`);
  }
  return value;
}

function isProxyAddress(value: string): boolean {
  if (PROXY_KEYWORDS.has(value)) return true;
  const [address, prefix, ...rest] = value.split('/');
  if (rest.length > 0 || !address) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

function directory(key: string, value: Json, base: string): string {
  const path = resolve(base, nonEmptyString(key, value));
  if (existsSync(path) && !statSync(path).isDirectory()) throw new ConfigError(key, `must be a folder, ${path} is a file`);
  return path;
}

function feedLocation(key: string, value: Json, base: string): FeedLocation {
  const text = nonEmptyString(key, value).trim();
  if (/^https?:\/\//i.test(text)) {
    try {
      return { kind: 'http', url: new URL(text).href };
    } catch {
      throw new ConfigError(key, `is not a valid URL: ${describe(text)}`);
    }
  }
  let path: string;
  if (/^file:/i.test(text)) {
    try {
      path = fileURLToPath(text);
    } catch {
      throw new ConfigError(key, `is not a valid file URL: ${describe(text)}`);
    }
  } else if (/^[A-Za-z][A-Za-z0-9+.-]+:/.test(text) && !isAbsolute(text)) {
    throw new ConfigError(key, `must be an http(s) URL, a file: URL or a path, got ${describe(text)}`);
  } else {
    path = resolve(base, text);
  }
  if (!existsSync(path) || !statSync(path).isFile()) throw new ConfigError(key, `names a file that does not exist: ${path}`);
  return { kind: 'file', path };
}

/** An object whose keys are all in `known`. */
function objectOf(key: string, value: Json, known: readonly string[]): Record<string, Json> {
  if (!isPlainObject(value)) throw new ConfigError(key, `must be an object { ${known.join(', ')} }, got ${describe(value)}`);
  for (const inner of Object.keys(value)) {
    if (!known.includes(inner)) throw new ConfigError(`${key}.${inner}`, `is not a known key (known: ${known.join(', ')})`);
  }
  return value;
}

function feeds(value: Json, base: string): Record<string, FeedConfig> {
  if (!isPlainObject(value)) throw new ConfigError('feeds', `must be an object of name → { url, ttlSeconds }, got ${describe(value)}`);
  const result: Record<string, FeedConfig> = {};
  for (const [name, feed] of Object.entries(value)) {
    const key = `feeds.${name}`;
    if (!FEED_NAME.test(name)) throw new ConfigError(key, 'is not a valid feed name (letters, digits, "-" and "_", at most 64)');
    const entry = objectOf(key, feed, FEED_KEYS);
    result[name] = {
      source: feedLocation(`${key}.url`, entry.url, base),
      ttlSeconds: entry.ttlSeconds === undefined ? DEFAULT_TTL_SECONDS : integer(`${key}.ttlSeconds`, entry.ttlSeconds, 1, 86_400),
      bulletins: entry.bulletins === undefined ? false : boolean(`${key}.bulletins`, entry.bulletins),
    };
  }
  return result;
}

function rateLimit(value: Json): ServerConfig['rateLimit'] {
  const limits = objectOf('rateLimit', value, RATE_LIMIT_KEYS);
  return {
    perMinute: limits.perMinute === undefined ? DEFAULT_RATE_LIMIT.perMinute : integer('rateLimit.perMinute', limits.perMinute, 1, 1_000_000),
    perDay: limits.perDay === undefined ? DEFAULT_RATE_LIMIT.perDay : integer('rateLimit.perDay', limits.perDay, 1, 100_000_000),
    ipv6Prefix: limits.ipv6Prefix === undefined ? DEFAULT_RATE_LIMIT.ipv6Prefix : integer('rateLimit.ipv6Prefix', limits.ipv6Prefix, 32, 128),
  };
}

function commentLimits(value: Json): CommentLimits {
  const limits = objectOf('comments', value, COMMENTS_KEYS);
  const { minLength: defaultMin, maxLength: defaultMax } = DEFAULT_COMMENT_LIMITS;
  const minLength = limits.minLength === undefined ? defaultMin : integer('comments.minLength', limits.minLength, 1, 1000);
  const maxLength = limits.maxLength === undefined ? defaultMax : integer('comments.maxLength', limits.maxLength, 1, 10_000);
  if (minLength > maxLength) throw new ConfigError('comments.minLength', `must not be more than comments.maxLength (${maxLength}), got ${minLength}`);
  return { minLength, maxLength };
}

/** `"sqlite"`, or a `postgres://` / `postgresql://` URL naming a host and a database. */
function database(key: string, value: Json): DatabaseConfig {
  const text = nonEmptyString(key, value).trim();
  if (text === 'sqlite') return { kind: 'sqlite' };
  const hint = 'must be "sqlite" or a URL like "postgres://user:password@host:5432/bantin"';
  if (!/^postgres(?:ql)?:\/\//i.test(text)) throw new ConfigError(key, `${hint}, got ${describe(redactPassword(text))}`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError(key, `${hint}; this one is not a valid URL`);
  }
  if (!url.hostname) throw new ConfigError(key, `${hint}; the host is missing`);
  if (url.pathname.length <= 1) throw new ConfigError(key, `${hint}; the database name is missing (…/bantin)`);
  return { kind: 'postgres', url: text };
}

/** A database URL fit for logs and error messages: the password replaced by "***". */
export function redactPassword(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');
}

/** The built widget bundles of the installed `bantin` package (its dist/), served at /bantin/ by default. */
function bantinBundleDir(): string | null {
  try {
    return resolve(dirname(fileURLToPath(import.meta.resolve('bantin/package.json'))), 'dist');
  } catch {
    return null;
  }
}

/** An absolute http(s) URL without credentials. */
function httpUrl(key: string, value: Json): string {
  const text = nonEmptyString(key, value).trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError(key, `must be an absolute http(s) URL, got ${describe(text)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError(key, `must be an http(s) URL, got ${describe(text)}`);
  if (url.username || url.password) throw new ConfigError(key, 'must not carry credentials');
  return url.href;
}

function moderators(value: Json): ModeratorConfig[] {
  if (!Array.isArray(value)) throw new ConfigError('moderators', `must be an array of { name, tokenSha256 }, got ${describe(value)}`);
  const names = new Set<string>();
  return value.map((item, index) => {
    const key = `moderators[${index}]`;
    if (isPlainObject(item) && 'token' in item) {
      throw new ConfigError(`${key}.token`, 'must not be in the config file: give tokenSha256, the SHA-256 (hex) of the token');
    }
    const entry = objectOf(key, item, MODERATOR_KEYS);
    const name = nonEmptyString(`${key}.name`, entry.name).trim();
    if (name.length > 64) throw new ConfigError(`${key}.name`, 'must be at most 64 characters');
    if (names.has(name)) throw new ConfigError(`${key}.name`, `repeats the moderator ${describe(name)}`);
    names.add(name);
    const hash = entry.tokenSha256;
    if (typeof hash !== 'string' || !/^[0-9a-fA-F]{64}$/.test(hash)) {
      throw new ConfigError(`${key}.tokenSha256`, 'must be the SHA-256 of the token as 64 hex digits (never the token itself)');
    }
    return { name, tokenSha256: hash.toLowerCase() };
  });
}

function watchedWords(value: Json): string[] {
  return stringList('watchedWords', value, (word) => word.trim() !== '' && word.length <= 100, 'a word or phrase of 1–100 characters');
}

function notify(value: Json, publicUrl: string | null, env: NodeJS.ProcessEnv): NotifyConfig | null {
  if (value === null) return null;
  const entry = objectOf('notify', value, NOTIFY_KEYS);
  const webhook = httpUrl('notify.webhook', entry.webhook);
  const events =
    entry.events === undefined
      ? (['comment.pending'] as NotifyEvent[])
      : (stringList(
          'notify.events',
          entry.events,
          (e) => (NOTIFY_EVENTS as readonly string[]).includes(e),
          `one of ${NOTIFY_EVENTS.join(', ')}`,
        ) as NotifyEvent[]);
  const moderationUrl =
    entry.moderationUrl === undefined || entry.moderationUrl === null
      ? publicUrl && `${publicUrl}/admin`
      : httpUrl('notify.moderationUrl', entry.moderationUrl);
  const secret = env.BANTIN_WEBHOOK_SECRET ?? '';
  if (secret.length < 16) throw new ConfigError('BANTIN_WEBHOOK_SECRET', 'must be set (at least 16 characters) when notify.webhook is');
  return { webhook, events, moderationUrl, secret };
}

/**
 * Checks a parsed config object. Relative paths resolve against `baseDir` (the config file's folder).
 * Throws ConfigError naming the first wrong key.
 */
export function parseConfig(raw: Json, baseDir: string, env: NodeJS.ProcessEnv = {}): ServerConfig {
  if (!isPlainObject(raw)) throw new ConfigError('(root)', `must be a JSON object, got ${describe(raw)}`);
  if ('adminToken' in raw) throw new ConfigError('adminToken', 'must not be in the config file: set BANTIN_ADMIN_TOKEN instead');
  for (const key of Object.keys(raw)) {
    if (!(KEYS as readonly string[]).includes(key)) throw new ConfigError(key, `is not a known key (known: ${KEYS.join(', ')})`);
  }
  const optionalDir = (key: 'staticDir' | 'bundleDir', fallback: string | null): string | null => {
    if (raw[key] === null) return null;
    if (raw[key] !== undefined) return directory(key, raw[key], baseDir);
    return fallback && existsSync(fallback) ? fallback : null;
  };

  const moderation = raw.moderation ?? 'pre';
  if (moderation !== 'pre' && moderation !== 'post') throw new ConfigError('moderation', `must be "pre" or "post", got ${describe(moderation)}`);

  const config: ServerConfig = {
    port: raw.port === undefined ? 8080 : integer('port', raw.port, 0, 65_535),
    host: raw.host === undefined ? '127.0.0.1' : nonEmptyString('host', raw.host),
    dataDir: raw.dataDir === undefined ? resolve(baseDir, 'data') : directory('dataDir', raw.dataDir, baseDir),
    database: raw.database === undefined ? { kind: 'sqlite' } : database('database', raw.database),
    feeds: raw.feeds === undefined ? {} : feeds(raw.feeds, baseDir),
    maxItemsPerFeed: raw.maxItemsPerFeed === undefined ? DEFAULT_MAX_ITEMS_PER_FEED : integer('maxItemsPerFeed', raw.maxItemsPerFeed, 1, 100_000),
    feedCacheMaxBytes:
      raw.feedCacheMaxBytes === undefined ? DEFAULT_CACHE_BYTES : integer('feedCacheMaxBytes', raw.feedCacheMaxBytes, 1024 * 1024, 4 * 1024 ** 3),
    allowHosts:
      raw.allowHosts === undefined
        ? []
        : stringList(
            'allowHosts',
            raw.allowHosts,
            (h) => HOST_PATTERN.test(h.toLowerCase()),
            'a host name ("news.example.vn", "*.example.vn", optionally ":port")',
          ).map((h) => h.toLowerCase()),
    corsOrigins:
      raw.corsOrigins === undefined ? [] : stringList('corsOrigins', raw.corsOrigins, isOrigin, 'an origin like "https://partner.example.vn" or "*"'),
    moderation,
    trustedProxies:
      raw.trustedProxies === undefined
        ? []
        : stringList('trustedProxies', raw.trustedProxies, isProxyAddress, 'an IP address, a CIDR or loopback/linklocal/uniquelocal'),
    rateLimit: rateLimit(raw.rateLimit === undefined ? {} : raw.rateLimit),
    comments: commentLimits(raw.comments === undefined ? {} : raw.comments),
    staticDir: optionalDir('staticDir', null),
    bundleDir: optionalDir('bundleDir', bantinBundleDir()),
    renderPages:
      raw.renderPages === undefined
        ? []
        : stringList('renderPages', raw.renderPages, isPagePath, 'a path of an .html file in staticDir ("index.html")'),
    publicUrl: raw.publicUrl === undefined || raw.publicUrl === null ? null : publicOrigin(raw.publicUrl),
    moderators: [],
    watchedWords: [],
    notify: null,
  };
  config.moderators = raw.moderators === undefined ? [] : moderators(raw.moderators);
  config.watchedWords = raw.watchedWords === undefined ? [] : watchedWords(raw.watchedWords);
  config.notify = raw.notify === undefined ? null : notify(raw.notify, config.publicUrl, env);
  if (config.renderPages.length > 0 && !config.staticDir) throw new ConfigError('renderPages', 'needs staticDir: the pages are files in it');

  if (env.BANTIN_PORT !== undefined) {
    const port = /^\d{1,5}$/.test(env.BANTIN_PORT.trim()) ? Number(env.BANTIN_PORT) : NaN;
    config.port = integer('BANTIN_PORT', Number.isNaN(port) ? env.BANTIN_PORT : port, 0, 65_535);
  }
  if (env.BANTIN_DATA_DIR !== undefined) config.dataDir = directory('BANTIN_DATA_DIR', env.BANTIN_DATA_DIR, process.cwd());
  if (env.BANTIN_DATABASE_URL !== undefined && env.BANTIN_DATABASE_URL !== '') {
    config.database = database('BANTIN_DATABASE_URL', env.BANTIN_DATABASE_URL);
  }
  if (env.BANTIN_ADMIN_TOKEN !== undefined && env.BANTIN_ADMIN_TOKEN !== '') {
    if (env.BANTIN_ADMIN_TOKEN.length < 16) throw new ConfigError('BANTIN_ADMIN_TOKEN', 'must be at least 16 characters long');
    // Authorization: Bearer <token> carries visible ASCII only: a space (or a tab, a line break, a non-ASCII
    // letter) would make a token no request can send.
    if (!/^[\x21-\x7e]+$/.test(env.BANTIN_ADMIN_TOKEN)) {
      throw new ConfigError('BANTIN_ADMIN_TOKEN', 'must be visible ASCII characters only, without whitespace (a Bearer token cannot carry a space)');
    }
    config.adminToken = env.BANTIN_ADMIN_TOKEN;
  }
  if (config.staticDir && isInside(config.dataDir, config.staticDir)) {
    throw new ConfigError(
      'dataDir',
      `is inside staticDir (${config.dataDir} in ${config.staticDir}): the database would sit among the files served at /; move dataDir out of staticDir`,
    );
  }
  if (env.BANTIN_IP_KEY !== undefined && env.BANTIN_IP_KEY !== '') {
    if (env.BANTIN_IP_KEY.length < 16) throw new ConfigError('BANTIN_IP_KEY', 'must be at least 16 characters long');
    config.ipKey = env.BANTIN_IP_KEY;
  }
  return config;
}

/** Whether `path` is `folder` or inside it. */
export function isInside(path: string, folder: string): boolean {
  const rest = relative(folder, path);
  return rest === '' || (!rest.startsWith('..') && !isAbsolute(rest));
}

/** Reads and checks a config file; relative paths in it are relative to the file. */
export function loadConfig(file: string, env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError('--config', `cannot be read: ${(error as Error).message}`);
  }
  let raw: Json;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigError('--config', `is not valid JSON: ${(error as Error).message}`);
  }
  return { ...parseConfig(raw, dirname(path), env), configFile: path };
}
