// Attributes → loadFeed → state for render. One controller per feed widget:
// - `feed` is one URL or several separated by spaces (merged, newest first), or a ready Feed object
//   (the `.feed` property: no network at all);
// - a changed feed or proxy aborts the request in flight;
// - `refresh` seconds > 0 reloads in the background, never while the page is hidden;
// - after a failure the last good items stay, marked stale, next to the error and a retry;
// - a failure is told to readers in their words (status.ts), and to developers once, with the cause and a hint,
//   on the console and in the bantin-error event;
// - coming back online retries a failed load.
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Feed } from '../core/feed/model.js';
import { loadFeed } from '../core/load/load-feed.js';
import { isStale, staleReason } from '../core/load/feed-meta.js';
import { emit } from './events.js';
import { mergeFeeds } from '../core/feed/merge.js';
import { isOneOf } from '../core/builtins.js';
import { attributesSettled } from './attributes-settled.js';

export type FeedStatus = 'idle' | 'loading' | 'loaded' | 'empty' | 'error';

/** What a feed widget exposes for the controller to read. */
export interface FeedSource {
  /** Feed URL(s), space separated, or a ready Feed. */
  feed?: string | Feed | null;
  proxy?: string | null;
  /** Seconds between background reloads; 0 or less: never. */
  refresh?: number;
  /** Seconds before a request gives up. */
  timeout?: number;
}

type FeedHost = ReactiveControllerHost & HTMLElement & FeedSource & { renderedState?: { feed?: Feed } };
type Outcome = { feed: Feed } | { error: unknown };
type Mode = 'initial' | 'background' | 'retry';

export function feedUrls(source: string | null | undefined): string[] {
  return [...new Set((source ?? '').split(/\s+/).filter(Boolean))];
}

export class FeedController implements ReactiveController {
  /**
   * idle: no feed asked for. loading: nothing to show yet. loaded / empty: a feed with items / without.
   * error: it failed and there is nothing to show. With a failure after a success, status stays
   * loaded, `stale` is true and `error` says why.
   */
  status: FeedStatus = 'idle';
  /** The feed to show (several URLs merged into one). */
  feed?: Feed;
  /** The latest failure, while it is current. */
  error?: unknown;
  /** The items shown are an older copy: the latest attempt to update them failed. */
  stale = false;

  private readonly host: FeedHost;
  private requestKey = '';
  private givenFeed?: Feed;
  private refreshSeconds = 0;
  private abort?: AbortController;
  private run = 0;
  private unfinished = false;
  private refreshTimer?: ReturnType<typeof setTimeout>;
  private refreshDue = false;
  private readonly queued: (() => void)[] = [];

  constructor(host: FeedHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
    window.addEventListener('online', this.onOnline);
    if (this.unfinished) this.load('initial');
    else this.scheduleRefresh();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    window.removeEventListener('online', this.onOnline);
    if (this.abort && this.unfinished) this.abort.abort();
    this.abort = undefined;
    this.clearRefresh();
  }

  hostUpdate(): void {
    this.sync();
  }

  /**
   * Brings the state up to date with the host's attributes (starts or aborts loads). Idempotent: BantinFeedElement
   * also calls it at the start of willUpdate, so that views derived there see this update's feed; hostUpdate
   * still runs it for a subclass whose willUpdate does not call super.
   */
  sync(): void {
    const source = this.host.feed;
    const refresh = Math.max(0, Number(this.host.refresh) || 0);
    const refreshChanged = refresh !== this.refreshSeconds;
    this.refreshSeconds = refresh;

    if (source && typeof source === 'object') {
      if (source !== this.givenFeed) this.show(source);
      return;
    }
    const key = JSON.stringify([feedUrls(source), this.host.proxy ?? '', this.host.timeout ?? '']);
    if (key !== this.requestKey || this.givenFeed) {
      this.requestKey = key;
      this.givenFeed = undefined;
      this.feed = undefined;
      this.error = undefined;
      this.stale = false;
      const rendered = this.host.renderedState?.feed;
      if (rendered) {
        this.host.renderedState!.feed = undefined;
        this.adopt(rendered);
      } else this.load('initial');
    } else if (refreshChanged) {
      this.scheduleRefresh();
    }
  }

  hostUpdated(): void {
    // Events go out after the render that shows their outcome.
    for (const send of this.queued.splice(0)) send();
  }

  /** Loads again now, bypassing fresh cached copies (the retry button). */
  retry(): void {
    if (this.givenFeed) return;
    this.load('retry');
  }

  private show(feed: Feed): void {
    this.abort?.abort();
    this.clearRefresh();
    this.unfinished = false;
    this.givenFeed = feed;
    this.requestKey = '';
    this.feed = feed;
    this.error = undefined;
    this.stale = false;
    this.status = feed.items.length > 0 ? 'loaded' : 'empty';
    this.queue(() => emit(this.host, 'bantin-load', { feed }));
  }

  /** The feed the server rendered the widget from (its state script): shown as loaded, without a request. */
  private adopt(feed: Feed): void {
    this.unfinished = false;
    this.feed = feed;
    this.status = feed.items.length > 0 ? 'loaded' : 'empty';
    this.queue(() => emit(this.host, 'bantin-load', { feed }));
    this.scheduleRefresh();
  }

  private load(mode: Mode): void {
    this.abort?.abort();
    this.clearRefresh();
    const urls = feedUrls(typeof this.host.feed === 'string' ? this.host.feed : '');
    if (urls.length === 0) {
      this.unfinished = false;
      this.status = 'idle';
      this.feed = undefined;
      return;
    }
    // The server renders what it was given (bantin/ssr loads feeds before rendering); it never fetches here.
    if (isServer) return this.setStatus('loading');
    const abort = new AbortController();
    const run = ++this.run;
    this.abort = abort;
    this.unfinished = true;
    if (!this.feed) this.setStatus('loading');

    const outcomes: (Outcome | undefined)[] = urls.map(() => undefined);
    const record = (index: number, outcome: Outcome) => {
      if (run !== this.run) return;
      outcomes[index] = outcome;
      if (isOneOf(outcomes, undefined)) return;
      try {
        this.settle(outcomes as Outcome[]);
      } catch (error) {
        // Never loading forever: whatever broke (a page's patched built-in, say) ends in the error state.
        this.unfinished = false;
        this.showFailure(error);
        this.host.requestUpdate();
      }
    };
    const refresh = this.refreshSeconds;
    const timeout = Number(this.host.timeout);
    const request = (url: string, index: number) =>
      loadFeed(url, {
        proxy: this.host.proxy || undefined,
        signal: abort.signal,
        maxAgeSeconds: mode === 'retry' ? 0 : refresh > 0 ? Math.max(1, refresh - 1) : undefined,
        timeoutMs: timeout > 0 ? timeout * 1000 : undefined,
        // Stale-while-revalidate: a copy is shown at once, the fresh feed replaces it when it comes.
        onUpdate: (feed) => record(index, { feed }),
      }).then(
        (feed) => record(index, { feed }),
        (error: unknown) => {
          if (!abort.signal.aborted) record(index, { error });
        },
      );
    if (mode !== 'initial') return urls.forEach(request);
    // A first load waits for the page's scripts to finish setting attributes (a proxy added next, say).
    void attributesSettled().then(() => {
      if (run === this.run && !abort.signal.aborted) urls.forEach(request);
    });
  }

  private settle(outcomes: Outcome[]): void {
    // Plain loops: a page's patched Array.prototype.flatMap cannot change what loaded.
    const feeds: Feed[] = [];
    const failures: unknown[] = [];
    const staleCauses: unknown[] = [];
    for (const o of outcomes) {
      if (!('feed' in o)) {
        failures.push(o.error);
        continue;
      }
      feeds.push(o.feed);
      const cause = staleReason(o.feed);
      if (cause !== undefined) staleCauses.push(cause);
    }
    // A cached copy handed over while loadFeed revalidates it: nothing new to show if items are on screen
    // already; onUpdate brings the outcome.
    if (this.feed && feeds.length === outcomes.length && feeds.every((feed) => isStale(feed) && !staleReason(feed))) return;
    this.unfinished = false;
    const error = failures[0] ?? staleCauses[0];

    if (feeds.length > 0) {
      const feed = mergeFeeds(feeds)!;
      // An old copy standing in for a failed update is not news: only bantin-error goes out for it.
      if (!this.feed || feeds.some((f) => !isStale(f))) this.queue(() => emit(this.host, 'bantin-load', { feed }));
      this.feed = feed;
      this.stale = staleCauses.length > 0;
      this.error = error;
      this.status = feed.items.length > 0 ? 'loaded' : 'empty';
    } else {
      this.showFailure(error);
    }
    if (error !== undefined) this.report(error);
    this.host.requestUpdate();
    this.scheduleRefresh();
  }

  /** Nothing loaded: the items already on screen (if any) stay, now known to be stale; else the error shows. */
  private showFailure(error: unknown): void {
    this.stale = Boolean(this.feed);
    this.error = error;
    if (!this.feed) this.status = 'error';
  }

  /** Tells developers, once per failure: the console, then the bantin-error event after the render that shows it. */
  private report(error: unknown): void {
    const where = `<${this.host.localName}${typeof this.host.feed === 'string' ? ` feed="${this.host.feed}"` : ''}>`;
    const proxy = this.host.proxy;
    // The hints are a chunk of their own, fetched on a failure; when even that fails, the error goes out without one.
    void import('../i18n/developer-hints.js')
      .then(
        ({ developerHint }) => developerHint(error, { proxy }),
        () => '',
      )
      .then((hint) => {
        console.warn(
          `bantin: ${where} could not load its feed: ${error instanceof Error ? error.message : String(error)}${hint ? ` ${hint}` : ''}`,
          error,
        );
        this.queue(() => emit(this.host, 'bantin-error', hint ? { error, hint } : { error }));
      });
  }

  private setStatus(status: FeedStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.host.requestUpdate();
  }

  private queue(send: () => void): void {
    this.queued.push(send);
    this.host.requestUpdate();
  }

  private scheduleRefresh(): void {
    this.clearRefresh();
    if (this.refreshSeconds <= 0 || this.givenFeed || !this.requestKey || !this.host.isConnected) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      if (document.hidden) this.refreshDue = true;
      else this.load('background');
    }, this.refreshSeconds * 1000);
  }

  private clearRefresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
    this.refreshDue = false;
  }

  private readonly onOnline = (): void => {
    if (!this.givenFeed && this.requestKey && (this.status === 'error' || this.stale)) this.load('retry');
  };

  private readonly onVisibility = (): void => {
    if (!document.hidden && this.refreshDue) {
      this.refreshDue = false;
      this.load('background');
    }
  };
}
