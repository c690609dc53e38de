// Why a feed did not load, twice: a sentence for readers about their situation (offline, slow, not available
// right now) here, and a hint for the page's developer (developer-hints.ts: the console and the bantin-error event),
// never shown to readers.
import type { FeedErrorCode } from '../core/feed/model.js';
import { isOneOf } from '../core/builtins.js';
import type { shared } from './catalogues/shared.js';

const codes: readonly FeedErrorCode[] = ['not-a-feed', 'malformed', 'too-large', 'http', 'network', 'timeout', 'cors'];

export function codeOf(error: unknown): FeedErrorCode | undefined {
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
