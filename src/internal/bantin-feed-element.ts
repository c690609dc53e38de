// The base of widgets that show a feed: the shared feed attributes and the controller that loads them.
import type { PropertyDeclarations, PropertyValues } from 'lit';
import type { Feed } from '../core/feed/model.js';
import { BantinElement } from './bantin-element.js';
import { FeedController } from './feed-controller.js';

export class BantinFeedElement extends BantinElement {
  static override properties: PropertyDeclarations = {
    feed: {},
    proxy: {},
    refresh: { type: Number },
    timeout: { type: Number },
    target: {},
  };

  /**
   * The feed URL; several URLs separated by spaces are merged (newest first, duplicates dropped).
   * As a property it also takes a ready Feed object, which is shown without any network request.
   */
  feed?: string | Feed | null;

  /** A proxy URL template with {url}, e.g. https://widgets.example.vn/api/feed?url={url}. */
  proxy?: string;

  /** Reload every this many seconds while the page is visible; 0 (default) never. */
  refresh = 0;

  /** Give up a request after this many seconds (default 15). */
  timeout?: number;

  /** Target of the widget's links, e.g. _blank. */
  target?: string;

  protected readonly feedState = new FeedController(this);

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Rendered on the server from a Feed object (no URL): the same feed, handed over as the property.
    const rendered = this.renderedState?.feed;
    if (!this.hasUpdated && !this.feed && rendered) {
      this.renderedState!.feed = undefined;
      this.feed = rendered;
    }
    this.feedState.sync();
  }
}
