// What the page's developer can do about a failed feed, in English, for the console and the bantin-error event.
// Its own module (a lazy chunk of the built library): text no reader sees, fetched only when something failed.
import { codeOf, isOffline } from './errors.js';

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
