// Why a feed did not load, twice: a sentence for readers about their situation (offline, slow, not available
// right now), and a hint for the page's developer (the console and the bantin-error event), never shown to readers.
import type { FeedErrorCode } from '../core/feed/model.js';
import { isOneOf } from '../core/builtins.js';
import type { shared } from './catalogues/shared.js';

const codes: readonly FeedErrorCode[] = ['not-a-feed', 'malformed', 'too-large', 'http', 'network', 'timeout', 'cors'];

function codeOf(error: unknown): FeedErrorCode | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && isOneOf(codes, code) ? code : undefined;
}

/** The browser says it has no network (navigator.onLine is false). */
export function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/**
 * The reader's sentence. `messages`: anything with the shared `errors` section (a widget's shared text, or a
 * whole catalogue). `offline` defaults to what the browser says.
 */
export function errorMessage(error: unknown, messages: { readonly errors: (typeof shared)['vi']['errors'] }, offline = isOffline()): string {
  if (offline) return messages.errors.offline;
  return codeOf(error) === 'timeout' ? messages.errors.slow : messages.errors.unknown;
}

/** What the page's developer can do about a failure, in English; '' when there is nothing to add to the error. */
export function developerHint(error: unknown, context: { proxy?: string | null; offline?: boolean } = {}): string {
  const code = codeOf(error);
  const status = (error as { status?: unknown } | null)?.status;
  const viaProxy = Boolean(context.proxy);
  if (context.offline ?? isOffline()) return 'The browser is offline.';
  switch (code) {
    case 'cors':
      return 'Set the proxy attribute to the widget server’s feed endpoint, e.g. proxy="https://widgets.example.vn/api/feed?url={url}".';
    case 'network':
      return viaProxy ? 'Check that the widget server in the proxy attribute is running and reachable.' : 'Check that the feed server is reachable.';
    case 'timeout':
      return 'The server did not answer within the timeout attribute’s seconds.';
    case 'not-a-feed':
      return 'The URL in the feed attribute does not give an RSS, Atom or JSON feed: check it.';
    case 'malformed':
      return 'The feed could not be parsed: tell its publisher.';
    case 'too-large':
      return 'The feed is too large: use a shorter feed.';
    case 'http':
      if (status === 404) return 'Check the URL in the feed attribute.';
      if (status === 403 && viaProxy)
        return 'The widget server refused this feed (url-not-allowed): add the feed’s host to the server’s allowHosts, or use a feed configured on the server.';
      if (status === 403) return 'The feed server refused the request.';
      return typeof status === 'number' && status >= 500 ? 'The feed server failed; it may recover by itself.' : '';
    default:
      return '';
  }
}
