import type { Messages } from '../messages.js';

export const en: Messages = {
  common: {
    loading: 'Loading the news…',
    retry: 'Try again',
    empty: 'No news yet.',
    stale: 'Could not update: showing a copy saved earlier.',
    untitled: '(Untitled)',
  },
  errors: {
    'not-a-feed': 'This address is not an RSS, Atom or JSON feed. Check the URL in the feed attribute.',
    malformed: 'The feed is malformed and cannot be read. Try again later or tell the feed publisher.',
    'too-large': 'The feed is too large to show. Use a shorter feed.',
    http: (status?: number) =>
      status === 404
        ? 'Feed not found (error 404). Check the URL in the feed attribute.'
        : `The feed server answered with an error${status ? ` ${status}` : ''}. Try again in a few minutes.`,
    network: 'Could not reach the feed server. Check your connection and try again.',
    timeout: 'The feed server is too slow to answer. Try again in a few minutes.',
    cors: 'The browser may not read this feed directly. Set the proxy attribute to the widget server.',
    unknown: 'Could not load the feed. Try again.',
  },
  latestNews: {
    heading: 'Latest news',
    more: 'See more',
    loadMore: 'Show more news',
    pause: 'Pause the headlines',
    play: 'Play the headlines',
  },
  articleCard: {
    author: 'Author',
    published: 'Published',
    notFound: 'Article not found.',
    source: 'Read the original article',
  },
};
