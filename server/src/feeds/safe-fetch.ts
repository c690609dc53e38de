// Fetches an upstream feed without becoming a request forger: http(s) only, ports 80/443 unless allowed,
// the address is checked where the socket resolves it (and again once connected), redirects are followed
// by hand with every hop checked again, and time and size are bounded (the body cap aborts mid-stream).
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction, type Socket } from 'node:net';
import { lookup as dnsLookup } from 'node:dns/promises';
import zlib from 'node:zlib';
import { isPublicAddress } from './address-policy.js';
import { UpstreamError } from './upstream-error.js';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export interface FetchPolicy {
  /** Whether this URL may be requested at all (e.g. allowHosts for ad-hoc feeds); asked for every hop. */
  allowUrl?: (url: URL) => boolean;
  /** Whether this URL may use its port when that is not 80 or 443. */
  allowPort?: (url: URL) => boolean;
  /** TEST ONLY: exact addresses allowed although not public (e.g. a local upstream on 127.0.0.1). */
  allowAddresses?: readonly string[];
  /** Name resolution; default the system resolver (dns.lookup). Tests stub it. */
  resolve?: (hostname: string) => Promise<ResolvedAddress[]>;
  connectTimeoutMs?: number;
  /** For the whole fetch, redirects included, until the last byte. */
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export interface UpstreamRequest {
  url: string;
  /** A POST (the notification webhook) sends `body` with `headers`, follows no redirect and takes any 2xx. */
  post?: { body: Buffer; headers: Record<string, string> };
  /** Ends the fetch early (the server shutting down). */
  signal?: AbortSignal;
  /** Validators from the last good copy, sent as If-None-Match / If-Modified-Since. */
  etag?: string;
  lastModified?: string;
}

export type UpstreamResult =
  | { status: 304; url: string; etag?: string; lastModified?: string }
  | { status: 200; url: string; body: Buffer; contentType?: string; etag?: string; lastModified?: string };

export const FETCH_DEFAULTS = {
  connectTimeoutMs: 5_000,
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 3,
} as const;

const USER_AGENT = 'bantin-feed-proxy/0.1';
const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
// Feeds come as XML, JSON or text (often mislabelled); images, video, archives, PDFs never are feeds.
const FEED_CONTENT_TYPE =
  /^(?:text\/[\w.+-]+|application\/(?:[\w.+-]+\+)?(?:xml|json)|application\/(?:rss|atom|rdf|feed)[\w.+-]*|application\/octet-stream)$/i;

function isFeedContentType(contentType: string | undefined): boolean {
  if (!contentType) return true;
  const mediaType = contentType.split(';')[0]!.trim();
  return mediaType === '' || FEED_CONTENT_TYPE.test(mediaType);
}

async function systemResolve(hostname: string): Promise<ResolvedAddress[]> {
  const found = await dnsLookup(hostname, { all: true, verbatim: true });
  return found.map((entry) => ({ address: entry.address, family: entry.family === 6 ? 6 : 4 }));
}

function checkUrl(url: URL, policy: FetchPolicy): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UpstreamError('url-invalid', `Only http and https feeds can be fetched, not ${url.protocol}`);
  }
  if (url.username || url.password) throw new UpstreamError('url-invalid', 'Feed URLs with credentials are refused');
  if (policy.allowUrl && !policy.allowUrl(url)) {
    throw new UpstreamError('url-not-allowed', `${url.host} is not an allowed feed host`);
  }
  const port = url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
  if (port !== 80 && port !== 443 && !policy.allowPort?.(url)) {
    throw new UpstreamError('port-not-allowed', `Port ${port} is not allowed for feeds`);
  }
}

/** Builds the address check every connection of one fetch goes through. */
function addressGuard(policy: FetchPolicy): (address: string) => void {
  const exceptions = new Set(policy.allowAddresses ?? []);
  return (address) => {
    const bare = address.replace(/^\[|\]$/g, '');
    if (!exceptions.has(bare) && !isPublicAddress(bare)) {
      throw new UpstreamError('address-blocked', `Refusing to connect to a non-public address (${bare})`);
    }
  };
}

/** A `lookup` for net/tls sockets that resolves, then refuses the connection when any address is not public. */
function guardedLookup(policy: FetchPolicy, check: (address: string) => void): LookupFunction {
  const resolve = policy.resolve ?? systemResolve;
  return ((hostname: string, options: { all?: boolean; family?: number }, callback: (...args: unknown[]) => void) => {
    const usableAddresses = async (): Promise<ResolvedAddress[]> => {
      const found = await resolve(hostname);
      const usable = options.family ? found.filter((a) => a.family === options.family) : found;
      if (usable.length === 0) throw Object.assign(new Error(`No address for ${hostname}`), { code: 'ENOTFOUND' });
      for (const { address } of usable) check(address);
      return usable;
    };
    usableAddresses().then(
      (usable) => (options.all ? callback(null, usable) : callback(null, usable[0]!.address, usable[0]!.family)),
      (error: unknown) => callback(error),
    );
  }) as LookupFunction;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

interface Hop {
  response: http.IncomingMessage;
  request: http.ClientRequest;
}

/** One request, resolved when response headers arrive. Errors are UpstreamErrors. */
function requestHop(url: URL, headers: Record<string, string>, policy: FetchPolicy, signal: AbortSignal, body?: Buffer): Promise<Hop> {
  const check = addressGuard(policy);
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  // A literal address is connected to without any lookup: check it here, it is the address the socket dials.
  if (isIP(hostname)) check(hostname);
  const connectTimeoutMs = policy.connectTimeoutMs ?? FETCH_DEFAULTS.connectTimeoutMs;

  return new Promise<Hop>((resolve, reject) => {
    const transport = url.protocol === 'https:' ? https : http;
    const request = transport.request({
      protocol: url.protocol,
      hostname,
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      method: body ? 'POST' : 'GET',
      headers,
      agent: false,
      lookup: guardedLookup(policy, check),
      signal,
    });
    let connectTimer: NodeJS.Timeout | undefined = setTimeout(() => {
      request.destroy(new UpstreamError('upstream-timeout', `No connection to ${url.host} within ${connectTimeoutMs} ms`));
    }, connectTimeoutMs);
    const connected = () => {
      clearTimeout(connectTimer);
      connectTimer = undefined;
    };
    request.on('socket', (socket: Socket) => {
      socket.once('connect', () => {
        try {
          check(socket.remoteAddress ?? '');
          connected();
        } catch (error) {
          socket.destroy(error as Error);
        }
      });
    });
    request.once('response', (response) => {
      connected();
      resolve({ response, request });
    });
    request.once('error', (error) => {
      connected();
      reject(toUpstreamError(error, url));
    });
    request.end(body);
  });
}

function toUpstreamError(error: unknown, url: URL): UpstreamError {
  if (error instanceof UpstreamError) return error;
  const cause = (error as { cause?: unknown })?.cause;
  if (cause instanceof UpstreamError) return cause;
  if ((error as { name?: string })?.name === 'AbortError') {
    return new UpstreamError('upstream-timeout', `${url.host} did not answer in time`, { cause: error });
  }
  const code = (error as { code?: string })?.code ?? 'error';
  if (code.startsWith('Z_')) return new UpstreamError('upstream-network', `${url.host} sent a broken compressed body (${code})`, { cause: error });
  return new UpstreamError('upstream-network', `Could not reach ${url.host} (${code})`, { cause: error });
}

function decompressed(response: http.IncomingMessage): NodeJS.ReadableStream {
  const encoding = headerValue(response.headers['content-encoding'])?.trim().toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return response.pipe(zlib.createGunzip());
  if (encoding === 'deflate') return response.pipe(zlib.createInflate());
  if (encoding === 'br') return response.pipe(zlib.createBrotliDecompress());
  return response;
}

/** Reads the body, aborting as soon as more than maxBytes (raw or decompressed) have arrived. */
async function readCapped(hop: Hop, url: URL, maxBytes: number): Promise<Buffer> {
  const tooLarge = () => new UpstreamError('upstream-too-large', `The feed is larger than ${maxBytes} bytes`);
  const declared = Number(headerValue(hop.response.headers['content-length']));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  let raw = 0;
  hop.response.on('data', (chunk: Buffer) => {
    raw += chunk.length;
    if (raw > maxBytes) hop.request.destroy(tooLarge());
  });
  const stream = decompressed(hop.response);
  const chunks: Buffer[] = [];
  let size = 0;
  return new Promise<Buffer>((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      hop.request.destroy();
      reject(toUpstreamError(error, url));
    };
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) return fail(tooLarge());
      chunks.push(chunk);
    });
    stream.once('end', () => {
      if (settled) return;
      settled = true;
      resolve(Buffer.concat(chunks, size));
    });
    stream.once('error', fail);
    hop.response.once('error', fail);
    hop.response.once('aborted', () => fail(new UpstreamError('upstream-network', 'The upstream closed the connection mid-body')));
    hop.request.once('error', fail);
  });
}

/**
 * Fetches `request.url` under `policy`. Resolves with the body (not decoded) or a 304; rejects with an
 * UpstreamError whose code says why. Never connects to a refused address, never waits past timeoutMs.
 */
export async function safeFetch(request: UpstreamRequest, policy: FetchPolicy = {}): Promise<UpstreamResult> {
  const timeoutMs = policy.timeoutMs ?? FETCH_DEFAULTS.timeoutMs;
  const maxRedirects = policy.maxRedirects ?? FETCH_DEFAULTS.maxRedirects;
  const maxBytes = policy.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  request.signal?.addEventListener('abort', () => controller.abort(), { once: true });
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    clearTimeout(timer);
    throw new UpstreamError('url-invalid', 'Not a valid URL');
  }

  const headers: Record<string, string> = request.post
    ? { ...request.post.headers, 'Content-Length': String(request.post.body.length) }
    : { 'User-Agent': USER_AGENT, Accept: ACCEPT, 'Accept-Encoding': 'gzip, deflate, br' };
  if (request.etag) headers['If-None-Match'] = request.etag;
  if (request.lastModified) headers['If-Modified-Since'] = request.lastModified;

  try {
    for (let redirects = 0; ; redirects++) {
      checkUrl(url, policy);
      const hop = await requestHop(url, headers, policy, controller.signal, request.post?.body);
      const { statusCode = 0, headers: responseHeaders } = hop.response;
      if (request.post) {
        // A webhook's answer: its status is all that counts (a redirect is not followed: the body is not sent twice).
        hop.request.destroy();
        if (statusCode >= 200 && statusCode < 300) return { status: 200, url: url.href, body: Buffer.alloc(0) };
        throw new UpstreamError('upstream-http', `The receiver answered HTTP ${statusCode}`, { upstreamStatus: statusCode });
      }
      const location = headerValue(responseHeaders.location);
      if (REDIRECTS.has(statusCode) && location) {
        hop.request.destroy();
        if (redirects >= maxRedirects) throw new UpstreamError('too-many-redirects', `More than ${maxRedirects} redirects`);
        try {
          url = new URL(location, url);
        } catch {
          throw new UpstreamError('url-invalid', 'The upstream redirected to an invalid URL');
        }
        continue;
      }
      const etag = headerValue(responseHeaders.etag);
      const lastModified = headerValue(responseHeaders['last-modified']);
      if (statusCode === 304 && (request.etag || request.lastModified)) {
        hop.request.destroy();
        return { status: 304, url: url.href, etag, lastModified };
      }
      if (statusCode !== 200) {
        hop.request.destroy();
        throw new UpstreamError('upstream-http', `The upstream answered HTTP ${statusCode}`, { upstreamStatus: statusCode });
      }
      const contentType = headerValue(responseHeaders['content-type']);
      if (!isFeedContentType(contentType)) {
        hop.request.destroy();
        throw new UpstreamError('upstream-content-type', `The upstream sent ${contentType}, not a feed`);
      }
      const body = await readCapped(hop, url, maxBytes);
      return { status: 200, url: url.href, body, contentType, etag, lastModified };
    }
  } catch (error) {
    if (controller.signal.aborted && !(error instanceof UpstreamError && error.code !== 'upstream-network')) {
      throw new UpstreamError('upstream-timeout', `No complete answer within ${timeoutMs} ms`, { cause: error });
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
