// The "source" control of the feed widgets' stories: a ready Feed handed over through `.feed` (no request at
// all), or a mock URL for the states only a request can give (loading, errors, a stale copy).
import type { Feed } from '../../src/core/feed/model.js';
import { emptyFeed, longTitlesVi, newsEn, newsVi, noImagesVi } from '../fixtures/news.js';
import { feedWithoutWeather, weatherFeed } from '../fixtures/weather.js';
import { LOADING_TIMEOUT_SECONDS, feedUrl, seedStaleCopy } from './mock-feeds.js';

export const feeds = {
  'news-vi': newsVi,
  'news-en': newsEn,
  'long-titles': longTitlesVi,
  'no-images': noImagesVi,
  empty: emptyFeed,
  weather: weatherFeed,
  'no-weather': feedWithoutWeather,
} satisfies Record<string, Feed>;

export type FeedName = keyof typeof feeds;
export type NetworkState = 'loading' | 'unavailable' | 'not-a-feed' | 'stale';
export type SourceName = FeedName | NetworkState;

const networkStates: Record<NetworkState, string> = {
  loading: 'Loading (the request never ends)',
  unavailable: 'Error: HTTP 503, no copy',
  'not-a-feed': 'Error: an HTML page, not a feed',
  stale: 'Error with a stale copy kept from an earlier visit',
};

const feedLabels: Record<FeedName, string> = {
  'news-vi': 'Tin mới (Vietnamese news)',
  'news-en': 'Latest news (English)',
  'long-titles': 'Long Vietnamese titles',
  'no-images': 'No images',
  empty: 'Empty feed',
  weather: 'Weather bulletins',
  'no-weather': 'A feed without a weather item',
};

/**
 * argTypes entry for a `source` arg offering the feed sources `names`, then a widget's own sources (`more`:
 * option → label, e.g. a FeedItem through `.item`), which `also` describes.
 */
export function sourceArgType(names: readonly SourceName[], more: Record<string, string> = {}, also = '') {
  const labels: Record<string, string> = { ...feedLabels, ...networkStates };
  const options = [...names, ...Object.keys(more)];
  return {
    name: 'source (story data)',
    description: `Where the widget gets its data: a Feed object through the \`.feed\` property, or a mock URL for network states.${also ? ` ${also}` : ''}`,
    options,
    control: { type: 'select', labels: { ...Object.fromEntries(names.map((name) => [name, labels[name]])), ...more } },
    table: { category: 'story' },
  } as const;
}

export interface FeedBinding {
  /** The value for the widget's `.feed` property: a Feed object or a URL. */
  feed: Feed | string;
  /** A `timeout` that keeps the loading state on screen; undefined otherwise. */
  timeout?: number;
}

/** What to give the widget for `source`; `copy` is the feed a stale copy is made of, `name` keeps URLs apart. */
export function feedBinding(source: SourceName, name: string, copy: Feed): FeedBinding {
  switch (source) {
    case 'loading':
      return { feed: feedUrl.loading(name), timeout: LOADING_TIMEOUT_SECONDS };
    case 'unavailable':
      return { feed: feedUrl.unavailable(name) };
    case 'not-a-feed':
      return { feed: feedUrl.notAFeed(name) };
    case 'stale':
      seedStaleCopy(name, copy);
      return { feed: feedUrl.stale(name) };
    default:
      return { feed: feeds[source] };
  }
}
