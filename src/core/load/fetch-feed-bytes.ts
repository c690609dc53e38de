// One HTTP GET of a feed: status and transport errors become FeedErrors a widget can act on; the body is read
// with a size cap. Decoding is the reader's (parse-on-demand.ts): only a legacy charset needs decode.ts.
import { FeedError } from '../feed/model.js';

const ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8';

export interface FetchFeedBytesOptions {
  fetch: typeof fetch;
  /** Aborting it rejects with `signal.reason` (loadFeed uses a FeedError('timeout') reason for its timeout). */
  signal: AbortSignal;
  /** The feed's own URL, for messages (the request URL may be the proxy's). */
  feedUrl: string;
  viaProxy: boolean;
  /** Bodies longer than this are refused with FeedError('too-large') without reading further. */
  maxBytes: number;
}

export interface FeedBytes {
  bytes: Uint8Array;
  contentType: string | null;
}

export async function fetchFeedBytes(requestUrl: string, options: FetchFeedBytesOptions): Promise<FeedBytes> {
  // Called unbound: window.fetch with `this` set to another object throws "Illegal invocation".
  const { signal, fetch: fetchImpl } = options;
  let response: Response;
  try {
    // Raced with the signal too, so an injected fetch that ignores signals cannot hang us.
    response = await raceAbort(fetchImpl(requestUrl, { signal, headers: { Accept: ACCEPT } }), signal);
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    throw transportError(requestUrl, options, error);
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    throw new FeedError('http', `The feed server answered HTTP ${status} for ${options.feedUrl}.`, { status: response.status });
  }
  let bytes: Uint8Array;
  try {
    bytes = await raceAbort(readBytes(response, options.maxBytes, options.feedUrl), signal);
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    if (error instanceof FeedError) throw error;
    throw new FeedError('network', `The connection broke while reading ${options.feedUrl}.`, { cause: error });
  }
  return { bytes, contentType: response.headers.get('content-type') };
}

/** A fetch that failed without a response: for a cross-origin URL read directly, CORS is the likely cause. */
function transportError(requestUrl: string, options: FetchFeedBytesOptions, cause: unknown): FeedError {
  if (!options.viaProxy && isCrossOrigin(requestUrl)) {
    return new FeedError(
      'cors',
      `Could not read ${options.feedUrl}: the feed may not allow cross-origin reads (no CORS headers), or its server is unreachable. ` +
        `Load it through a proxy: set the "proxy" option to the widget server's feed endpoint, e.g. https://widgets.example.vn/api/feed?url={url}.`,
      { cause },
    );
  }
  const through = options.viaProxy ? ` through the proxy (${requestUrl})` : '';
  return new FeedError('network', `Could not reach ${options.feedUrl}${through}: the network request failed.`, { cause });
}

function isCrossOrigin(url: string): boolean {
  const pageOrigin = globalThis.location?.origin;
  if (pageOrigin === undefined) return false; // Node: there is no same-origin policy
  try {
    return new URL(url).origin !== pageOrigin;
  } catch {
    return false;
  }
}

async function readBytes(response: Response, maxBytes: number, feedUrl: string): Promise<Uint8Array> {
  const tooLarge = () => new FeedError('too-large', `The feed at ${feedUrl} is larger than ${maxBytes} bytes.`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    void response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > maxBytes) {
      void reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
