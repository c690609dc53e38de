import { html, isServer, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { guard } from 'lit/directives/guard.js';
import type { FeedItem } from '../../core/feed/model.js';
import { articleCard } from '../../i18n/catalogues/article-card.js';
import { safeImageUrl, safeLinkUrl, sanitizeHtml, preloadSanitizer } from '../../core/sanitize.js';
import { BantinFeedElement } from '../../internal/bantin-feed-element.js';
import { selectItem } from '../../internal/events.js';
import type { DateFormat } from '../../internal/localize-controller.js';
import { isOneOf } from '../../core/builtins.js';
import { onPage } from '../../internal/page-url.js';
import { serverRendering } from '../../internal/rendered-state.js';
import { renderStatus } from '../../internal/status.js';
import { imageTemplate, timeTemplate } from '../../internal/templates.js';
import { baseStyles, newsItemStyles, tokens } from '../../internal/styles.js';
import { commaList } from '../../internal/text.js';
import { articleCardStyles } from './article-card.styles.js';
import { pickArticle, removeRepeats } from './article-body.js';

export type ArticleCardVariant = 'compact' | 'standard' | 'full';
const variants: readonly ArticleCardVariant[] = ['compact', 'standard', 'full'];

type ContentArgs = readonly [article: FeedItem | undefined, feedLink: string | undefined];

/** The full article's body for `html` (an item's contentHtml): sanitized DOM, or on the server sanitized HTML text. */
interface ArticleContent {
  html: string;
  body: DocumentFragment | string;
  caption?: string;
}

/**
 * One article, from a thumbnail and a headline up to the whole article page: title, lead, image with
 * caption, the (sanitized) full text, author and date.
 *
 * The article comes from `feed` + `item` (an id, a link or a 0-based index; default the newest item),
 * from the `.item` property (a FeedItem), or from plain attributes (href, heading, image, summary,
 * category, date, author) for static use.
 *
 * @summary One article: compact, standard card, or the full article.
 * @tagname bantin-article-card
 *
 * @attr feed - Feed URL (several, space separated, are merged).
 * @attr proxy - Proxy URL template with {url}.
 * @attr item - Which item of the feed: its id, its link, or a 0-based index. Default the newest.
 * @attr variant - compact (thumbnail + title), standard (default: image, category, title, summary, date) or full.
 * @attr href - Static use: the article's URL.
 * @attr heading - Static use: the title.
 * @attr image - Static use: the image URL.
 * @attr summary - Static use: the lead.
 * @attr category - Static use: the category.
 * @attr date - Static use: the publication date (ISO 8601).
 * @attr author - Static use: the author.
 * @attr heading-level - The title's heading level, 1 to 6 (default 2; 1 suits variant="full" on an article page).
 * @attr target - Target of the links, e.g. _blank.
 * @attr date-format - absolute (default) or relative.
 * @attr refresh - Reload every this many seconds while the page is visible; 0 (default) never.
 * @attr timeout - Seconds before a request gives up (default 15).
 * @attr lang - Language (vi or en); default the nearest [lang], else <html lang>, else vi.
 * @attr theme - light (default), dark or auto.
 *
 * @csspart base - The card.
 * @csspart header - Category, title and byline.
 * @csspart image - The image.
 * @csspart caption - The image caption (full).
 * @csspart category - The category.
 * @csspart title - The title.
 * @csspart summary - The lead.
 * @csspart content - The article's text (full).
 * @csspart meta - Author and date.
 * @csspart more - The link to the original article (full).
 * @csspart status - Error, stale and empty notices.
 *
 * @cssprop --bantin-color-text - Text colour.
 * @cssprop --bantin-color-muted - Secondary text.
 * @cssprop --bantin-color-surface - Background.
 * @cssprop --bantin-color-border - Borders.
 * @cssprop --bantin-color-accent - Links and buttons.
 * @cssprop --bantin-color-category - The category label.
 * @cssprop --bantin-color-skeleton - Loading placeholders.
 * @cssprop --bantin-color-focus - Focus outline.
 * @cssprop --bantin-radius - Corner radius.
 * @cssprop --bantin-padding - Inner padding of the widget (0 in the light theme, where it sits on the page; 0.75em in the dark one).
 * @cssprop --bantin-font-size-title - Title size (standard, compact).
 * @cssprop --bantin-font-size-article-title - Title size (full).
 * @cssprop --bantin-article-min-height - Room the full article keeps from its loading skeleton on; a longer article grows the card from its end (default 100svh, the screen's height, so what follows it stays out of view until it is in).
 *
 * @fires {CustomEvent<{ feed: Feed }>} bantin-load - The feed was loaded.
 * @fires {CustomEvent<{ error: unknown; hint?: string }>} bantin-error - Loading failed; `hint` is advice for the page's developer.
 * @fires {CustomEvent<{ item: FeedItem }>} bantin-item-select - A reader followed the article's link. Cancelable.
 */
export class BantinArticleCard extends BantinFeedElement {
  static override styles = [tokens, baseStyles, newsItemStyles, articleCardStyles];

  static override properties: PropertyDeclarations = {
    item: {},
    variant: {},
    href: {},
    heading: {},
    image: {},
    summary: {},
    category: {},
    date: {},
    author: {},
    dateFormat: { attribute: 'date-format' },
  };

  /** Which item of the feed (id, link or index), or, as a property, a FeedItem to show as it is. */
  item?: string | FeedItem | null;
  variant: ArticleCardVariant = 'standard';
  href?: string;
  heading?: string;
  image?: string;
  summary?: string;
  category?: string;
  date?: string;
  author?: string;
  dateFormat: DateFormat = 'absolute';

  /**
   * The full variant's article body, sanitized off the render path (a newer article wins over a slower older
   * one), with the caption its copy of the lead image had (shown under the lead image instead). Made by the first
   * update: a server-rendered card (bantin/ssr) starts from the body the server sanitized, without DOMPurify.
   */
  private content?: Task<ContentArgs, ArticleContent | undefined>;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.variant === 'full' && !this.serverRendered) preloadSanitizer();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.content ??= this.contentTask();
  }

  private contentTask(): Task<ContentArgs, ArticleContent | undefined> {
    const args = (): ContentArgs => [this.currentVariant === 'full' ? this.article : undefined, this.feedLink];
    const rendered = this.renderedState?.content;
    const article = args()[0];
    const initial: ArticleContent | undefined =
      rendered && article?.contentHtml
        ? { html: article.contentHtml, body: isServer ? rendered.sanitized : parseHtml(rendered.sanitized), caption: rendered.caption }
        : undefined;
    if (this.renderedState) this.renderedState.content = undefined;
    return new Task<ContentArgs, ArticleContent | undefined>(this, {
      args,
      // Attribute-built articles are new objects on every update: compare what the result depends on.
      argsEqual: ([a, aBase], [b, bBase]) =>
        a?.contentHtml === b?.contentHtml && a?.summary === b?.summary && a?.image?.url === b?.image?.url && aBase === bBase,
      task: async ([article, feedLink]) => {
        if (!article?.contentHtml) return undefined;
        const fragment = await sanitizeHtml(article.contentHtml, { baseUrl: article.link ?? feedLink });
        return { html: article.contentHtml, body: fragment, caption: removeRepeats(fragment, article) };
      },
      ...(initial ? { initialValue: initial } : {}),
    });
  }

  private get currentVariant(): ArticleCardVariant {
    return isOneOf(variants, this.variant) ? this.variant : 'standard';
  }

  /** The article to show, from whichever source is set; undefined while a feed is loading or has no match. */
  get article(): FeedItem | undefined {
    if (this.item && typeof this.item === 'object') return this.item;
    if (this.feed) return this.pickFromFeed();
    return this.fromAttributes();
  }

  private pickFromFeed(): FeedItem | undefined {
    return pickArticle(this.feedState.feed?.items ?? [], typeof this.item === 'string' ? this.item : undefined, this.serverPageUrl);
  }

  private fromAttributes(): FeedItem | undefined {
    if (!this.heading && !this.href && !this.summary) return undefined;
    const date = this.date && !Number.isNaN(Date.parse(this.date)) ? new Date(this.date).toISOString() : undefined;
    return {
      id: this.href ?? this.heading ?? '',
      title: this.heading ?? '',
      link: onPage(safeLinkUrl, this.href, this.serverPageUrl),
      summary: this.summary ?? '',
      author: this.author,
      categories: commaList(this.category),
      published: date,
      image: this.image ? { url: onPage(safeImageUrl, this.image, this.serverPageUrl) ?? '' } : undefined,
      enclosures: [],
    };
  }

  /** The declared language of the feed the article comes from (none for `.item` and attributes). */
  private get feedLanguage(): string | undefined {
    if (this.item && typeof this.item === 'object') return undefined;
    return this.feed ? this.feedState.feed?.language : undefined;
  }

  private get feedLink(): string | undefined {
    return typeof this.feed === 'object' ? this.feed?.link : undefined;
  }

  protected override render(): TemplateResult {
    const variant = this.currentVariant;
    const state = this.feedState;
    const article = this.article;
    const usingFeed = Boolean(this.feed) && !(this.item && typeof this.item === 'object');
    const loading = usingFeed && state.status === 'loading';
    const notFound = !loading && !article && (!usingFeed || state.status !== 'error');
    return html`<article part="base" class="card variant-${variant}" lang=${this.localize.locale} aria-busy=${loading ? 'true' : nothing}>
      ${usingFeed ? renderStatus(state, this.localize, { empty: notFound, emptyText: this.localize.t(articleCard).notFound }) : nothing}
      ${
        loading
          ? this.renderSkeleton(variant)
          : article
            ? this.renderArticle(article, variant)
            : usingFeed && variant !== 'full'
              ? this.renderSkeleton(variant, true)
              : nothing
      }
    </article>`;
  }

  private renderArticle(item: FeedItem, variant: ArticleCardVariant): TemplateResult {
    const t = this.localize.messages;
    const text = this.localize.t(articleCard);
    const link = safeLinkUrl(item.link);
    const title = item.title || t.common.untitled;
    const titleContent =
      link && variant !== 'full'
        ? html`<a href=${link} target=${this.target || nothing} rel=${this.target ? 'noopener' : nothing} @click=${this.select}>${title}</a>`
        : title;
    // The feed's own words keep the feed's language whatever the labels' (a screen reader picks its voice by it).
    const words = this.localize.contentLang(`${item.title} ${item.summary} ${item.categories[0] ?? ''}`, this.feedLanguage) ?? nothing;
    const heading = html`<span part="title" class="title" role="heading" aria-level=${this.level} lang=${item.title ? words : nothing}>${titleContent}</span>`;
    const category = item.categories[0] ? html`<span part="category" class="category" lang=${words}>${item.categories[0]}</span>` : nothing;
    const date = item.published ?? item.updated;

    if (variant === 'compact') {
      return html`${this.renderImage(item, 'thumb')}
        <div class="body">${heading}<span part="meta" class="meta">${timeTemplate(this.localize, date, this.dateFormat)}</span></div>`;
    }
    if (variant === 'standard') {
      // Every line is there even when empty: the card keeps the skeleton's height.
      return html`${this.renderImage(item, 'thumb')}
        <div class="body">
          <span part="category" class="category" lang=${words}>${item.categories[0] ?? ''}</span>
          ${heading}
          <p part="summary" class="summary" lang=${words}>${item.summary}</p>
          <span part="meta" class="meta">${timeTemplate(this.localize, date, this.dateFormat)}</span>
        </div>`;
    }
    const ready = this.content?.value;
    const content = ready && ready.html === item.contentHtml ? ready : undefined;
    // While the body is being sanitised, nothing is shown below where it goes (it would move down when the body comes).
    const bodyPending = Boolean(item.contentHtml) && !content && this.content?.status !== TaskStatus.ERROR;
    return html`<header part="header" class="header">
        ${category} ${heading}
        <p part="meta" class="meta byline">
          ${item.author ? html`<span class="author"><span class="visually-hidden">${text.author}: </span>${item.author}</span>` : nothing}
          ${timeTemplate(this.localize, date, this.dateFormat)}
        </p>
      </header>
      ${item.summary ? html`<p part="summary" class="summary lead" lang=${words}>${item.summary}</p>` : nothing}
      ${this.renderImage(item, 'figure', content?.caption, words)}
      ${content ? html`<div part="content" class="content" lang=${words}>${contentBody(content)}</div>` : nothing}
      ${
        link && !bodyPending
          ? html`<p class="source"><a part="more" href=${link} target=${this.target || nothing} rel=${this.target ? 'noopener' : nothing} @click=${this.select}>${text.source}</a></p>`
          : nothing
      }`;
  }

  private renderImage(
    item: FeedItem,
    kind: 'thumb' | 'figure',
    contentCaption?: string,
    words: string | typeof nothing = nothing,
  ): TemplateResult | typeof nothing {
    if (kind === 'thumb') return html`<div class="thumb">${imageTemplate(item.image)}</div>`;
    const img = imageTemplate(item.image, '');
    if (img === nothing) return nothing;
    // The caption says what the picture shows, so the image itself needs no second description.
    const caption = item.image?.alt || contentCaption;
    return html`<figure class="figure">${img}${caption ? html`<figcaption part="caption" lang=${words}>${caption}</figcaption>` : nothing}</figure>`;
  }

  /**
   * The loading skeleton, in the boxes of the article it stands for. `held`: the same boxes left empty and unseen,
   * so that an error or an empty notice (shown over them) keeps the card's room.
   */
  private renderSkeleton(variant: ArticleCardVariant, held = false): TemplateResult {
    const line = held ? nothing : html`<span class="skeleton-line"></span>`;
    if (variant === 'full') {
      return html`<div class="header" aria-hidden="true">
          <span class="category">${line}</span>
          <span class="title">${line}${line}</span>
          <span class="meta">${line}</span>
        </div>
        <p class="summary lead" aria-hidden="true">${line}${line}</p>
        <div class="figure skeleton" aria-hidden="true"></div>
        <div class="content" aria-hidden="true">${Array.from({ length: 6 }, () => line)}</div>`;
    }
    return html`<div class="thumb ${held ? 'placeholder' : 'skeleton'}" aria-hidden="true"></div>
      <div class="body${held ? ' placeholder' : ''}" aria-hidden="true">
        ${variant === 'standard' ? html`<span class="category">${line}</span>` : nothing}
        <span class="title">${line}${line}</span>
        ${variant === 'standard' ? html`<p class="summary">${line}${line}${line}</p>` : nothing}
        <span class="meta">${line}</span>
      </div>`;
  }

  private readonly select = (event: MouseEvent): void => selectItem(this, event, this.article);
}

/** The body as DOM in the browser; on the server, the sanitized HTML text as it is. */
function contentBody(content: ArticleContent): unknown {
  const { body } = content;
  return isServer ? serverRendering.markup!(body as string) : guard([content], () => (body as DocumentFragment).cloneNode(true));
}

/** The server's sanitized body as DOM (a template's content: nothing in it runs or loads). */
function parseHtml(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}
