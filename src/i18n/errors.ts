// A localized, actionable sentence for whatever went wrong while loading a feed.
import type { FeedErrorCode } from '../core/feed/model.js';
import type { shared } from './catalogues/shared.js';

const codes: readonly FeedErrorCode[] = ['not-a-feed', 'malformed', 'too-large', 'http', 'network', 'timeout', 'cors'];

/** `messages`: anything with the shared `errors` section (a widget's shared text, or a whole catalogue). */
export function errorMessage(error: unknown, messages: { readonly errors: (typeof shared)['vi']['errors'] }): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !codes.includes(code as FeedErrorCode)) return messages.errors.unknown;
  if (code === 'http') {
    const status = (error as { status?: unknown }).status;
    return messages.errors.http(typeof status === 'number' ? status : undefined);
  }
  return messages.errors[code as Exclude<FeedErrorCode, 'http'>];
}
