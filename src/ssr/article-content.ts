// The full article card's body, sanitised on the server (filled in by the article card's server rendering).
import type { Feed } from '../core/feed/model.js';
import type { RenderedState } from '../internal/rendered-state.js';

export function prepareArticleContent(_attributes: Record<string, string>, _feed: Feed | undefined, _baseUrl?: string): RenderedState['content'] {
  return undefined;
}
