import { css, html, isServer, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { FeedItem } from '../../core/feed/model.js';
import { latestNews } from '../../i18n/catalogues/latest-news.js';
import { safeLinkUrl } from '../../core/safe-url.js';
import { onPage } from '../../internal/page-url.js';
import { BantinFeedElement } from '../../internal/bantin-feed-element.js';
import { selectItem } from '../../internal/events.js';
import type { DateFormat } from '../../internal/localize-controller.js';
import { renderStatus } from '../../internal/status.js';
import { imageTemplate, sectionHeadingTemplate, timeTemplate } from '../../internal/templates.js';
import { baseStyles, newsItemStyles, sectionHeaderStyles, tokens } from '../../internal/styles.js';
import { foldText } from '../../core/fold.js';
import { isOneOf } from '../../core/builtins.js';
import { onDemand } from '../../core/on-demand.js';
import { commaList } from '../../internal/text.js';
import { latestNewsStyles } from './latest-news.styles.js';

export type LatestNewsLayout = 'list' | 'grid' | 'compact' | 'ticker';
const layouts: readonly LatestNewsLayout[] = ['list', 'grid', 'compact', 'ticker'];
const fields = ['image', 'summary', 'date', 'category'] as const;
type Field = (typeof fields)[number];

/** A summary's clamp, set by clampSummaries() to the lines its title leaves (an attribute: no inline styles). */
const summaryClampStyles = css`
  .summary[data-lines='1'] {
    -webkit-line-clamp: 1;
  }
  .summary[data-lines='2'] {
    -webkit-line-clamp: 2;
  }
  .summary[data-lines='3'] {
    -webkit-line-clamp: 3;
  }
  .summary[data-lines='4'] {
    -webkit-line-clamp: 4;
  }
`;

type TickerModule = typeof import('./ticker.js');
let tickerModule: TickerModule | undefined;

/** The ticker layout's code (a chunk of its own, loaded the first time a list is a ticker). */
const loadTicker = onDemand(() => import('./ticker.js').then((module) => (tickerModule = module)));

/** The ticker's code at hand from the start: the server renderer (bantin/ssr) renders synchronously. */
export function provideTicker(module: TickerModule): void {
  tickerModule = module;
}

/**
 * "Tin mới": the newest items of one feed, or of several merged, as a list, a grid of cards, a compact
 * list of headlines or a scrolling headline ticker.
 *
 * @summary The latest news of one or more feeds, as a list, grid, compact list or ticker.
 * @tagname bantin-latest-news
 *
 * @attr feed - Feed URL; several URLs separated by spaces are merged, de-duplicated and sorted newest first.
 * @attr proxy - Proxy URL template with {url}, e.g. https://widgets.example.vn/api/feed?url={url}.
 * @attr limit - How many items to show, and how many more each "load more" shows. Default 5.
 * @attr category - Comma list of categories to keep; case and Vietnamese diacritics are ignored.
 * @attr layout - list (default), grid, compact or ticker.
 * @attr heading - The heading text; default "Tin mới" / "Latest news"; empty for no heading.
 * @attr heading-level - The heading's level, 1 to 6 (default 2); item titles are one level below.
 * @attr more-href - URL of the "Xem thêm" (see more) link.
 * @attr hide - Comma list of parts to leave out: image, summary, date, category.
 * @attr refresh - Reload every this many seconds while the page is visible; 0 (default) never.
 * @attr timeout - Seconds before a request gives up (default 15).
 * @attr target - Target of the item links, e.g. _blank.
 * @attr date-format - absolute ("22/09/2025 08:30", default) or relative ("2 giờ trước").
 * @attr lang - Language (vi or en); default the nearest [lang], else <html lang>, else vi.
 * @attr theme - light (default), dark or auto (follows the system).
 *
 * @csspart base - The widget's outer box.
 * @csspart header - The heading row.
 * @csspart list - The list of items.
 * @csspart item - One item.
 * @csspart image - An item's thumbnail.
 * @csspart category - An item's category.
 * @csspart title - An item's title (a link).
 * @csspart summary - An item's summary.
 * @csspart meta - An item's date.
 * @csspart more - The "see more" link.
 * @csspart load-more - The "show more" button.
 * @csspart pause - The ticker's pause button.
 * @csspart status - Error, stale and empty notices.
 *
 * @cssprop --bantin-color-text - Text colour.
 * @cssprop --bantin-color-muted - Secondary text (dates).
 * @cssprop --bantin-color-surface - Background.
 * @cssprop --bantin-color-border - Borders and separators.
 * @cssprop --bantin-color-accent - Heading rule, links on hover, buttons.
 * @cssprop --bantin-color-accent-contrast - Text on the accent colour.
 * @cssprop --bantin-color-category - Category labels (default the accent).
 * @cssprop --bantin-color-skeleton - Loading placeholders.
 * @cssprop --bantin-color-notice - Background of the stale notice.
 * @cssprop --bantin-color-error - Error text.
 * @cssprop --bantin-color-focus - Focus outline.
 * @cssprop --bantin-radius - Corner radius.
 * @cssprop --bantin-padding - Inner padding of the widget (0 in the light theme, where it sits on the page; 0.75em in the dark one).
 * @cssprop --bantin-space - Gap between items.
 * @cssprop --bantin-font-size-title - Item titles.
 * @cssprop --bantin-font-size-small - Categories, dates, buttons.
 * @cssprop --bantin-font-size-heading - The heading.
 * @cssprop --bantin-thumb-width - Thumbnail width in the list layout (default 7.5em).
 * @cssprop --bantin-grid-min-width - Narrowest card in the grid layout (default 13em).
 *
 * @fires {CustomEvent<{ feed: Feed }>} bantin-load - A feed was loaded and shown.
 * @fires {CustomEvent<{ error: unknown; hint?: string }>} bantin-error - Loading failed; readers see a plain message (or the last good items, marked stale); `hint` is advice for the page's developer.
 * @fires {CustomEvent<{ item: FeedItem }>} bantin-item-select - A reader chose an item. Cancelable: preventDefault() keeps the link from navigating.
 */
export class BantinLatestNews extends BantinFeedElement {
  static override styles = [tokens, baseStyles, sectionHeaderStyles, newsItemStyles, latestNewsStyles, summaryClampStyles];

  static override properties: PropertyDeclarations = {
    limit: { type: Number },
    category: {},
    layout: {},
    heading: {},
    moreHref: { attribute: 'more-href' },
    hide: {},
    dateFormat: { attribute: 'date-format' },
    pages: { state: true, attribute: false },
    motionReady: { state: true, attribute: false },
  };

  limit = 5;
  category?: string;
  layout: LatestNewsLayout = 'list';
  heading?: string;
  moreHref?: string;
  hide?: string;
  dateFormat: DateFormat = 'absolute';

  /** How many pages of `limit` items are shown ("load more" adds one). */
  private pages = 1;
  /**
   * The ticker may move: from the second render on. The server renders it still (it cannot know the reader's
   * motion setting), and a hydrating widget's first render must be the server's.
   */
  private motionReady = false;

  private ticker?: InstanceType<TickerModule['Ticker']>;
  /** The ticker's code is on its way (the list shows the ticker's box until it is there). */
  private tickerRequested = false;
  // Width changes re-wrap titles: the summaries' line counts follow.
  private readonly clampObserver = isServer ? undefined : new ResizeObserver(() => this.clampSummaries());

  override connectedCallback(): void {
    super.connectedCallback();
    // A server-rendered ticker hydrates: its first render must be the ticker, so it waits for the ticker's code.
    if (this.serverRendered && this.currentLayout === 'ticker' && !tickerModule) this.beforeFirstUpdate(loadTicker());
    this.clampObserver!.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.clampObserver!.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('feed') || changed.has('category') || changed.has('limit')) this.pages = 1;
    if (this.currentLayout === 'ticker' && !tickerModule && !this.tickerRequested) {
      this.tickerRequested = true;
      loadTicker().then(
        () => this.requestUpdate(),
        (error: unknown) => {
          this.tickerRequested = false; // asked again by the next update
          console.error('bantin: the ticker’s code could not be loaded.', error);
        },
      );
    }
  }

  protected override firstUpdated(): void {
    this.motionReady = true;
  }

  protected override updated(): void {
    this.clampSummaries();
  }

  /**
   * Title and summary share a box of a fixed number of lines, and a title takes one or two of them. The summary
   * gets the rest as its line clamp, so that it ends with an ellipsis, not cut off by the box.
   */
  private clampSummaries(): void {
    for (const text of this.renderRoot.querySelectorAll<HTMLElement>('.item[data-index] .text')) {
      const title = text.querySelector<HTMLElement>('.title');
      const summary = text.querySelector<HTMLElement>('.summary');
      if (!title || !summary) continue;
      const line = parseFloat(getComputedStyle(title).lineHeight);
      if (!(line > 0)) continue;
      const lines = Math.round(parseFloat(getComputedStyle(text).maxHeight) / line);
      const titleLines = Math.max(1, Math.round(title.getBoundingClientRect().height / line));
      const clamp = String(Math.min(4, Math.max(1, lines - titleLines)));
      if (summary.dataset.lines !== clamp) summary.dataset.lines = clamp;
    }
  }

  private get pageSize(): number {
    const limit = Math.floor(Number(this.limit));
    return limit > 0 ? limit : 5;
  }

  private get currentLayout(): LatestNewsLayout {
    return isOneOf(layouts, this.layout) ? this.layout : 'list';
  }

  private get hiddenFields(): Set<Field> {
    const hidden = new Set(commaList(this.hide).map(foldText) as Field[]);
    // Headline layouts: no pictures, no summaries.
    if (this.currentLayout === 'compact' || this.currentLayout === 'ticker') hidden.add('image').add('summary');
    return hidden;
  }

  private get headingText(): string {
    return this.heading ?? this.localize.t(latestNews).heading;
  }

  /** The feed's items that pass the category filter. */
  private get matchingItems(): readonly FeedItem[] {
    const items = this.feedState.feed?.items ?? [];
    const wanted = new Set(commaList(this.category).map(foldText));
    if (wanted.size === 0) return items;
    return items.filter((item) => item.categories.some((category) => wanted.has(foldText(category))));
  }

  protected override render(): TemplateResult {
    const layout = this.currentLayout;
    const hidden = this.hiddenFields;
    const classes = `base layout-${layout}${fields.map((field) => (hidden.has(field) ? ` no-${field}` : '')).join('')}`;
    if (layout === 'ticker') return this.renderTicker(classes);
    const state = this.feedState;
    const matching = this.matchingItems;
    const visible = matching.slice(0, this.pages * this.pageSize);
    // Loaded includes stale items kept after a failed update (the status region says so).
    const showItems = state.status === 'loaded';
    const moreHref = onPage(safeLinkUrl, this.moreHref, this.serverPageUrl);
    const status = renderStatus(state, this.localize, { empty: showItems && matching.length === 0 });
    return html`<section part="base" class=${classes} lang=${this.localize.locale} aria-labelledby=${this.headingText ? 'heading' : nothing} aria-label=${this.headingText ? nothing : state.feed?.title || this.localize.t(latestNews).heading}>
      ${this.renderHeading()}
      ${
        state.status === 'loading'
          ? html`${status}<ul part="list" class="list" aria-hidden="true">${this.skeletonItems(hidden, this.pageSize)}</ul>`
          : showItems && visible.length > 0
            ? html`${status}<ul part="list" class="list" role="list">
              ${visible.map((item, index) => this.renderItem(item, index, hidden))}
              ${this.skeletonItems(hidden, this.pages === 1 ? this.pageSize - visible.length : 0, true)}
            </ul>`
            : state.status === 'idle'
              ? status
              : html`<div class="held">
                ${status}
                <ul part="list" class="list" aria-hidden="true">${this.skeletonItems(hidden, this.pageSize, true)}</ul>
              </div>`
      }
      ${
        state.status !== 'idle'
          ? html`<div class="footer">
            ${
              visible.length < matching.length
                ? html`<button part="load-more" class="button" type="button" @click=${this.loadMore}>
                  ${this.localize.t(latestNews).loadMore}
                </button>`
                : html`<span></span>`
            }
            ${
              moreHref
                ? html`<a part="more" class="more" href=${moreHref} target=${this.target || nothing} rel=${this.target ? 'noopener' : nothing}>${this.localize.t(latestNews).more}</a>`
                : nothing
            }
          </div>`
          : nothing
      }
    </section>`;
  }

  private renderHeading(): TemplateResult | typeof nothing {
    if (!this.headingText) return nothing;
    return sectionHeadingTemplate(this.headingText, this.level);
  }

  private renderItem(item: FeedItem, index: number, hidden: Set<Field>): TemplateResult {
    const link = safeLinkUrl(item.link);
    const date = item.published ?? item.updated;
    const words = this.wordsLang(item);
    return html`<li part="item" class="item" data-index=${index}>
      ${hidden.has('image') ? nothing : this.renderThumb(item)}
      <div class="body">
        ${hidden.has('category') ? nothing : html`<span part="category" class="category" lang=${words}>${item.categories[0] ?? ''}</span>`}
        <div class="text">
          <span part="title" class="title" role="heading" aria-level=${Math.min(this.level + 1, 6)} lang=${item.title ? words : nothing}>
            ${
              link
                ? html`<a href=${link} target=${this.target || nothing} rel=${this.target ? 'noopener' : nothing} @click=${(event: MouseEvent) => selectItem(this, event, item)}
                  >${item.title || this.localize.messages.common.untitled}</a
                >`
                : item.title || this.localize.messages.common.untitled
            }
          </span>
          ${hidden.has('summary') ? nothing : html`<p part="summary" class="summary" lang=${words}>${item.summary}</p>`}
        </div>
        ${hidden.has('date') ? nothing : html`<span part="meta" class="meta">${timeTemplate(this.localize, date, this.dateFormat)}</span>`}
      </div>
    </li>`;
  }

  /** The `lang` of an item's own words (title, summary, category): the feed's language, not the labels'. */
  private wordsLang(item: FeedItem): string | typeof nothing {
    const text = `${item.title} ${item.summary} ${item.categories[0] ?? ''}`;
    return this.localize.contentLang(text, this.feedState.feed?.language) ?? nothing;
  }

  private renderThumb(item: FeedItem): TemplateResult {
    return html`<div class="thumb">${imageTemplate(item.image)}</div>`;
  }

  /**
   * `count` items of the loading skeleton; `held`, the same boxes left empty and unseen, so that fewer items than
   * `limit`, an error or an empty notice keep the room the skeleton had.
   */
  private skeletonItems(hidden: Set<Field>, count: number, held = false): TemplateResult[] {
    const line = held ? nothing : html`<span class="skeleton-line"></span>`;
    return Array.from(
      { length: count },
      // Unseen (visibility: hidden), a held item is not read either.
      () => html`<li class="item${held ? ' placeholder' : ''}">
        ${hidden.has('image') ? nothing : html`<div class="thumb ${held ? 'placeholder' : 'skeleton'}"></div>`}
        <div class="body">
          ${hidden.has('category') ? nothing : html`<span class="category">${line}</span>`}
          <div class="text">
            <span class="title">${line}${line}</span>
            ${hidden.has('summary') ? nothing : html`<p class="summary">${line}${line}</p>`}
          </div>
          ${hidden.has('date') ? nothing : html`<span class="meta">${line}</span>`}
        </div>
      </li>`,
    );
  }

  private renderTicker(classes: string): TemplateResult {
    const Ticker = tickerModule?.Ticker;
    if (!Ticker) {
      // The ticker's box while its code arrives (as tall as the ticker: its styles are the list's).
      return html`<section part="base" class=${classes} aria-busy="true">
        <div class="ticker">
          ${this.renderHeading()}
          <div class="ticker-viewport"><span class="skeleton-line" aria-hidden="true"></span></div>
        </div>
      </section>`;
    }
    this.ticker ??= new Ticker(this);
    const state = this.feedState;
    const items = this.matchingItems.slice(0, this.pages * this.pageSize);
    const t = this.localize.t(latestNews);
    return this.ticker.render({
      classes,
      lang: this.localize.locale,
      heading: this.renderHeading(),
      label: this.headingText ? nothing : t.heading,
      status: renderStatus(state, this.localize, { empty: state.status === 'loaded' && items.length === 0 }),
      items,
      loaded: state.status === 'loaded',
      loading: state.status === 'loading',
      motionReady: this.motionReady,
      hidden: this.hiddenFields,
      target: this.target,
      untitled: this.localize.messages.common.untitled,
      pause: t.pause,
      play: t.play,
      words: (item) => this.wordsLang(item),
      time: (item) => timeTemplate(this.localize, item.published ?? item.updated, this.dateFormat),
      select: (event, item) => selectItem(this, event, item),
    });
  }

  private async loadMore(): Promise<void> {
    const firstNew = this.pages * this.pageSize;
    this.pages++;
    await this.updateComplete;
    // Keyboard users continue where the new items start, not back at the button.
    this.renderRoot.querySelector<HTMLElement>(`.item[data-index="${firstNew}"] a`)?.focus();
  }
}
