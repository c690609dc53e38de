// Feed URLs for the states a `.feed` object cannot show: a request still under way, a failed one, and a
// failed one with an older copy kept from an earlier visit (the stale state).
import type { Feed } from '../../src/core/feed/model.js';
import { writeStoredFeed } from '../../src/core/load/feed-storage.js';
import { mockRoute, mockUrl, never } from './mock-network.js';

mockRoute('GET', '/feeds/loading/:name', never);
mockRoute('GET', '/feeds/unavailable/:name', () => new Response('Service Unavailable', { status: 503, statusText: 'Service Unavailable' }));
mockRoute(
  'GET',
  '/feeds/not-a-feed/:name',
  () => new Response('<!doctype html><title>Trang chủ</title><h1>Trang chủ</h1>', { headers: { 'Content-Type': 'text/html; charset=utf-8' } }),
);
mockRoute('GET', '/feeds/stale/:name', () => new Response('Bad Gateway', { status: 502, statusText: 'Bad Gateway' }));

/** Where each state comes from; `name` keeps widgets showing different feeds apart. */
export const feedUrl = {
  /** Never answers: the widget stays in its loading state (give it a long `timeout`). */
  loading: (name: string) => mockUrl(`/feeds/loading/${name}`),
  /** HTTP 503. */
  unavailable: (name: string) => mockUrl(`/feeds/unavailable/${name}`),
  /** An HTML page where a feed should be. */
  notAFeed: (name: string) => mockUrl(`/feeds/not-a-feed/${name}`),
  /** HTTP 502, with an older copy in storage: see seedStaleCopy. */
  stale: (name: string) => mockUrl(`/feeds/stale/${name}`),
};

/** A loading story must not time out into the error state while someone looks at it. */
export const LOADING_TIMEOUT_SECONDS = 24 * 60 * 60;

/**
 * Puts `feed` in storage as the copy loadFeed kept of feedUrl.stale(name) `ageMinutes` ago, so the next
 * (failing) request falls back to it: the widget shows it marked stale, with the error and a retry.
 */
export function seedStaleCopy(name: string, feed: Feed, ageMinutes = 180): void {
  writeStoredFeed(globalThis.localStorage, feedUrl.stale(name), feed, Date.now() - ageMinutes * 60_000);
}
