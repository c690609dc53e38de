import { html, isServer, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import type { FeedItem } from '../../core/feed/model.js';
import { weather } from '../../i18n/catalogues/weather.js';
import { safeLinkUrl, sanitizeHtml } from '../../core/sanitize.js';
import type { Bulletin, ItemBulletin } from '../../core/weather/types.js';
import { servedBulletin } from '../../core/feed/served-bulletin.js';
import { onDemand } from '../../core/on-demand.js';
import { BantinFeedElement } from '../../internal/bantin-feed-element.js';
import { onPage } from '../../internal/page-url.js';
import { selectItem } from '../../internal/events.js';
import { renderStatus, type FeedStatusView } from '../../internal/status.js';
import { baseStyles, tokens } from '../../internal/styles.js';
import { formatDay, formatRange } from './format.js';
import { chevronIcon, conditionIcon, warningIcon } from './icons.js';
import { hasWeatherFacts, iconFor, isUrgent, knownHazards, linesOf, pickWeatherItem, riskLevel } from './reading.js';
import { textLanguage } from '../../i18n/locale.js';
import { weatherBulletinStyles } from './weather-bulletin.styles.js';

/** A bulletin handed over directly (`.bulletin`), with the words it was read from and where they were published. */
export interface BulletinData extends Bulletin {
  /** The official text, shown by "Xem toàn văn" (line breaks kept), or as the card when nothing was read from it. */
  text?: string;
  /** The title as published. */
  title?: string;
  /** The article the bulletin was published in. */
  link?: string;
}

/** Everything one render needs, read once per source. */
interface View {
  /** Identity of what is shown: the full text stays open across re-renders of the same bulletin only. */
  key: unknown;
  title: string;
  link?: string;
  published?: string;
  text: string;
  /** The text is the HTML content's: its lines come from the sanitized content. */
  fromContent: boolean;
  bulletin: Bulletin;
  item?: FeedItem;
  /** Language of the bulletin's own words (they stay as published in every UI language). */
  lang?: string;
}

/**
 * The latest official weather bulletin of a provincial feed, made readable: what the weather will be, how
 * warm, how windy, and above all which hazards to watch for, with the official text one click away.
 *
 * The bulletin is the newest item of `feed` whose title or category mentions the weather ("thời tiết",
 * "weather", or the texts in `match`), read by core's `parseBulletin`; or the `.item` (a FeedItem) or
 * `.bulletin` (a Bulletin, with its `text`, `title` and `link`) property, shown without any request.
 * When nothing can be read from the text, the card shows the text itself.
 *
 * A warning banner leads the card when the bulletin names a hazard or a disaster risk level. Its colour
 * follows the official scale of risk levels (1 light blue, 2 yellow, 3 orange, 4 red, 5 purple) and its
 * text states the level, so colour is never the only signal. It is a live region: role="alert"
 * (assertive) for level 3 and above, or, when no level is stated, for a storm or a flash flood; role="status"
 * (polite) otherwise. The regions are in the page from the start, so a bulletin that arrives is announced.
 *
 * @summary The latest provincial weather bulletin: conditions, temperatures, wind, rain, hazards and warnings.
 * @tagname bantin-weather-bulletin
 *
 * @attr feed - Feed URL (several, space separated, are merged).
 * @attr proxy - Proxy URL template with {url}, e.g. https://widgets.example.vn/api/feed?url={url}.
 * @attr match - Comma list of texts a weather item's title or category contains (case and diacritics ignored). Default "thời tiết, weather".
 * @attr heading-level - The title's heading level, 1 to 6 (default 2).
 * @attr target - Target of the source link, e.g. _blank.
 * @attr refresh - Reload every this many seconds while the page is visible; 0 (default) never.
 * @attr timeout - Seconds before a request gives up (default 15).
 * @attr lang - Language of the labels (vi or en); default the nearest [lang], else <html lang>, else vi. The bulletin's own words stay as published.
 * @attr theme - light (default), dark or auto.
 *
 * @csspart base - The card.
 * @csspart banner - The warning banner (hazards or a risk level).
 * @csspart hazards - The list of hazard badges in the banner.
 * @csspart header - Icon, title, date, region and issuing station.
 * @csspart icon - The condition icon.
 * @csspart facts - The key facts (temperatures, wind, rain, humidity).
 * @csspart text - The official text (expanded, or the whole card when nothing could be read from it).
 * @csspart toggle - The "Xem toàn văn" (full text) button.
 * @csspart source - The link to the source article.
 * @csspart status - Error, stale and empty notices.
 *
 * @cssprop --bantin-color-text - Text colour.
 * @cssprop --bantin-color-muted - Secondary text.
 * @cssprop --bantin-color-surface - Background.
 * @cssprop --bantin-color-border - Borders.
 * @cssprop --bantin-color-accent - Links and buttons.
 * @cssprop --bantin-color-skeleton - Loading placeholders.
 * @cssprop --bantin-color-focus - Focus outline.
 * @cssprop --bantin-radius - Corner radius.
 * @cssprop --bantin-padding - Inner padding of the widget (0 in the light theme, where it sits on the page; 0.75em in the dark one).
 * @cssprop --bantin-font-size-title - Title size.
 * @cssprop --bantin-font-size-small - Dates, labels, badges.
 * @cssprop --bantin-weather-min-height - Height reserved while loading and kept after, so nothing moves (default: from the card's width, about 21.5em wide to 36em at 360px).
 * @cssprop --bantin-weather-warning - Banner colour when no risk level is stated (amber).
 * @cssprop --bantin-weather-warning-bg - Banner background when no risk level is stated.
 * @cssprop --bantin-weather-risk-1 - Disaster risk level 1 (light blue): banner stripe, level chip, badge borders.
 * @cssprop --bantin-weather-risk-1-bg - Disaster risk level 1: banner background.
 * @cssprop --bantin-weather-risk-2 - Disaster risk level 2 (yellow): banner stripe, level chip, badge borders.
 * @cssprop --bantin-weather-risk-2-bg - Disaster risk level 2: banner background.
 * @cssprop --bantin-weather-risk-3 - Disaster risk level 3 (orange): banner stripe, level chip, badge borders.
 * @cssprop --bantin-weather-risk-3-bg - Disaster risk level 3: banner background.
 * @cssprop --bantin-weather-risk-4 - Disaster risk level 4 (red): banner stripe, level chip, badge borders.
 * @cssprop --bantin-weather-risk-4-bg - Disaster risk level 4: banner background.
 * @cssprop --bantin-weather-risk-5 - Disaster risk level 5 (purple): banner stripe, level chip, badge borders.
 * @cssprop --bantin-weather-risk-5-bg - Disaster risk level 5: banner background.
 * @cssprop --bantin-weather-sun - Sun in the icon.
 * @cssprop --bantin-weather-cloud - Clouds in the icon.
 * @cssprop --bantin-weather-rain - Rain, fog and cold in the icon.
 *
 * @fires bantin-load - {feed} The feed was loaded.
 * @fires bantin-error - {error, hint} Loading failed; readers see a plain message (or the last good bulletin, marked stale); `hint` is advice for the page's developer.
 * @fires bantin-item-select - {item} A reader followed the link to the source article. Cancelable.
 */
export class BantinWeatherBulletin extends BantinFeedElement {
  static override styles = [tokens, baseStyles, weatherBulletinStyles];

  static override properties: PropertyDeclarations = {
    match: {},
    item: { attribute: false },
    bulletin: { attribute: false },
    openKey: { state: true, attribute: false },
    readerError: { state: true, attribute: false },
  };

  /** Comma list of texts that mark a weather item (in its title or a category). */
  match?: string;
  /** A feed item to show as the bulletin, without any request. */
  item?: FeedItem | null;
  /** A bulletin to show as it is, without any request or parsing. */
  bulletin?: BulletinData | null;

  /** The key of the view whose full text is open. */
  private openKey?: unknown;
  /** What is shown, derived in willUpdate from this update's properties and feed. */
  private view?: View;
  /** The bulletin reader (parseBulletin and the HTML-to-text rules), a lazy chunk: only for items the widget server did not read. */
  private reader?: ItemReader;
  /** An item waits for the reader: the card keeps its skeleton. */
  private awaitingReader = false;
  /** Why the reader could not be downloaded, until a retry. */
  private readerError?: unknown;
  private memo?: { source: unknown; match?: string; view?: View };
  /**
   * The lines of the view's HTML content, sanitized off the render path (the newest content wins). Made by the
   * first update: a server-rendered card (bantin/ssr) starts from the lines the server read, without DOMPurify.
   */
  private lines?: Task<readonly [string | undefined], { html: string; text: string } | undefined>;
  // Watches a zero-height line across the card: the reserve follows the width, and setting it changes no
  // observed size (observing the card itself would report the height it was just given).
  private readonly resizeObserver = isServer ? undefined : new ResizeObserver(() => this.reserveHeight());

  override connectedCallback(): void {
    super.connectedCallback();
    const ruler = this.renderRoot?.querySelector('.ruler');
    if (ruler) this.resizeObserver!.observe(ruler);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver!.disconnect();
  }

  protected override firstUpdated(): void {
    // Now, not in the observer's first callback: by then the default height may already be laid out.
    this.reserveHeight();
    this.resizeObserver!.observe(this.renderRoot.querySelector('.ruler')!);
  }

  /**
   * The height a feed card keeps from its skeleton on, so nothing below it moves when the bulletin arrives.
   * Text reflows, so the narrower the card, the taller: measured on a typical daily bulletin with a
   * thunderstorm warning (the demo's), about 8.8em + 615em² / width, never under 21.5em. A quieter bulletin
   * leaves room at the bottom; a longer one grows the card. An error or empty notice keeps the room too.
   */
  private reserveHeight(): void {
    const card = this.renderRoot.querySelector<HTMLElement>('.card');
    const width = card?.getBoundingClientRect().width ?? 0;
    if (!card || !(width > 0)) return;
    const em = Number.parseFloat(getComputedStyle(card).fontSize) || 16;
    const reserve = Math.min(48, Math.max(21.5, 8.8 + 615 / Math.max(width / em, 10)));
    card.style.setProperty('--_reserve', `${reserve.toFixed(2)}em`);
  }

  private get usingFeed(): boolean {
    return !this.bulletin && !this.item && Boolean(this.feed);
  }

  /** What is shown: `.bulletin`, else `.item`, else the feed's newest weather item; read once per source. */
  private currentView(): View | undefined {
    const source = this.bulletin || this.item || (this.usingFeed ? this.feedState.feed : undefined);
    if (this.memo && this.memo.source === source && this.memo.match === this.match) return this.memo.view;
    this.awaitingReader = false;
    let view: View | undefined;
    if (this.bulletin) view = viewOfBulletin(this.bulletin, this.serverPageUrl);
    else {
      const item = this.item || (source ? pickWeatherItem(this.feedState.feed?.items ?? [], this.match) : undefined);
      const read = item && (servedBulletin(item.bulletin) ?? this.reader?.readItemBulletin(item));
      if (item && !read) {
        // Until a retry, a reader that failed to download is not asked for again.
        this.awaitingReader = this.readerError === undefined;
        if (this.awaitingReader) this.loadReader();
        return undefined;
      }
      view = item && read && viewOfItem(item, read, this.item ? undefined : this.feedState.feed?.language);
    }
    if (view && !view.title && !view.text && !hasWeatherFacts(view.bulletin)) view = undefined;
    this.memo = { source, match: this.match, view };
    return view;
  }

  /** The status to show when the bulletin reader could not be downloaded: an error, whose retry tries again. */
  private readerFailure(): FeedStatusView {
    return {
      status: 'error',
      error: this.readerError,
      stale: false,
      retry: () => {
        this.readerError = undefined;
        this.memo = undefined;
        this.requestUpdate();
      },
    };
  }

  private loadReader(): void {
    loadItemReader().then(
      (reader) => {
        this.reader = reader;
        this.requestUpdate();
      },
      (error: unknown) => {
        // The card says it could not load (a script is missing, like a feed); its retry tries again.
        this.awaitingReader = false;
        this.readerError = error;
        this.requestUpdate();
      },
    );
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.view = this.usingFeed && this.feedState.status === 'loading' ? undefined : this.currentView();
    this.lines ??= this.linesTask();
  }

  private linesTask(): Task<readonly [string | undefined], { html: string; text: string } | undefined> {
    const args = () => [this.view?.fromContent ? this.view.item?.contentHtml : undefined] as const;
    const [contentHtml] = args();
    const rendered = this.renderedState?.lines;
    if (this.renderedState) this.renderedState.lines = undefined;
    return new Task(this, {
      args,
      task: async ([contentHtml]) => (contentHtml ? { html: contentHtml, text: linesOf(await sanitizeHtml(contentHtml)) } : undefined),
      ...(contentHtml && rendered !== undefined ? { initialValue: { html: contentHtml, text: rendered } } : {}),
    });
  }

  protected override render(): TemplateResult {
    const t = this.localize.t(weather);
    const state = this.readerError === undefined ? this.feedState : this.readerFailure();
    const usingFeed = this.usingFeed;
    const loading = (usingFeed && state.status === 'loading') || this.awaitingReader;
    const view = this.view;
    const warned = view !== undefined && (view.bulletin.hazards.length > 0 || riskLevel(view.bulletin) !== undefined);
    const urgent = warned && isUrgent(view.bulletin);
    const banner = warned ? this.renderBanner(view) : nothing;
    const empty = !loading && !view && state.status !== 'error';
    return html`<article
      part="base"
      class="card${usingFeed ? ' reserve' : ''}"
      lang=${this.localize.locale}
      aria-labelledby=${view ? 'title' : nothing}
      aria-label=${view ? nothing : t.label}
      aria-busy=${loading ? 'true' : nothing}
    >
      <div class="ruler"></div>
      <div class="live" role="alert">${urgent ? banner : nothing}</div>
      <div class="live" role="status">${urgent ? nothing : banner}</div>
      ${usingFeed || empty || this.readerError !== undefined ? renderStatus(state, this.localize, { empty, emptyText: t.empty }) : nothing}
      ${loading ? this.renderSkeleton() : view ? this.renderBulletin(view) : nothing}
    </article>`;
  }

  private renderBanner(view: View): TemplateResult {
    const t = this.localize.t(weather);
    const bulletin = view.bulletin;
    const level = riskLevel(bulletin);
    const hazards = knownHazards(bulletin.hazards);
    return html`<div part="banner" class="banner" data-level=${level ?? 'none'}>
      <p class="banner-title">
        ${warningIcon}
        <strong>${level === undefined ? t.warning : t.riskWarning}</strong>
        ${
          level === undefined
            ? nothing
            : html`<span class="risk"><span class="risk-chip" aria-hidden="true">${level}</span>${t.risk(level, t.riskNames[level - 1])}</span>`
        }
      </p>
      ${
        hazards.length > 0
          ? html`<ul part="hazards" class="hazards" role="list" aria-label=${t.hazardList}>
            ${hazards.map((hazard) => html`<li class="badge" data-hazard=${hazard}>${this.hazardLabel(hazard, bulletin)}</li>`)}
          </ul>`
          : nothing
      }
    </div>`;
  }

  private hazardLabel(hazard: Bulletin['hazards'][number], bulletin: Bulletin): string {
    const t = this.localize.t(weather);
    if (hazard !== 'storm') return t.hazards[hazard];
    const name = typeof bulletin.stormName === 'string' ? bulletin.stormName.trim() : '';
    const number = Number.isInteger(bulletin.stormNumber) && bulletin.stormNumber! > 0 ? bulletin.stormNumber! : undefined;
    if (number !== undefined) return name ? `${t.stormNumbered(number)} (${name})` : t.stormNumbered(number);
    return name ? t.stormNamed(name) : t.hazards.storm;
  }

  private renderBulletin(view: View): TemplateResult {
    const bulletin = view.bulletin;
    const words = this.wordsLang(view);
    const icon = iconFor(bulletin);
    const readable = hasWeatherFacts(bulletin);
    const open = readable && this.openKey === view.key;
    const lines = this.lines?.value;
    const fullText = view.fromContent && lines && lines.html === view.item?.contentHtml ? lines.text : view.text;
    return html`<header part="header" class="header">
        ${icon ? html`<span part="icon" class="icon-box">${conditionIcon(icon)}</span>` : nothing}
        <div class="heading-box">
          <span id="title" class="title" role="heading" aria-level=${this.level} lang=${view.title ? words : nothing}
            >${view.title || this.localize.t(weather).heading}</span
          >
          ${this.renderMeta(view, words)}
        </div>
      </header>
      ${
        readable
          ? html`${bulletin.conditions ? html`<p class="conditions" lang=${words}>${bulletin.conditions}</p>` : nothing}
          ${this.renderFacts(bulletin, words)}`
          : fullText
            ? html`<p part="text" class="text fallback" lang=${words}>${fullText}</p>`
            : nothing
      }
      ${this.renderFooter(view, readable && fullText !== '', open)}
      ${readable && fullText ? html`<div part="text" id="full-text" class="text" lang=${words} ?hidden=${!open}>${fullText}</div>` : nothing}`;
  }

  /** The `lang` for the bulletin's own words, when it differs from the labels'. */
  private wordsLang(view: View): string | typeof nothing {
    return view.lang && view.lang !== this.localize.locale ? view.lang : nothing;
  }

  private renderMeta(view: View, words: string | typeof nothing): TemplateResult {
    const t = this.localize.t(weather);
    const bulletin = view.bulletin;
    const day = formatDay(bulletin.date, this.localize.locale);
    const published = day ? '' : this.localize.date(view.published);
    const issued = this.localize.date(bulletin.issued);
    const when = [
      day
        ? html`<time datetime=${bulletin.date!}>${day}</time>`
        : published
          ? html`<time datetime=${view.published!}>${published}</time>`
          : undefined,
      bulletin.period ? html`<span lang=${words}>${bulletin.period}</span>` : undefined,
      issued ? html`<span>${t.issued(issued)}</span>` : undefined,
    ].filter(Boolean);
    const where = [
      bulletin.region
        ? html`<span><span class="visually-hidden">${t.region}: </span><span lang=${words}>${bulletin.region}</span></span>`
        : undefined,
      bulletin.issuer
        ? html`<span><span class="visually-hidden">${t.issuer}: </span><span lang=${words}>${bulletin.issuer}</span></span>`
        : undefined,
    ].filter(Boolean);
    const line = (parts: unknown[]) => parts.map((part, index) => html`${index > 0 ? html`<span aria-hidden="true"> · </span>` : nothing}${part}`);
    return html`${when.length > 0 ? html`<p class="meta">${line(when)}</p>` : nothing}
    ${where.length > 0 ? html`<p class="meta">${line(where)}</p>` : nothing}`;
  }

  private renderFacts(bulletin: Bulletin, words: string | typeof nothing): TemplateResult | typeof nothing {
    const t = this.localize.t(weather);
    const locale = this.localize.locale;
    const range = (value: Bulletin['humidity']) => formatRange(value, locale);
    // "20–22 °C, vùng núi 18–20 °C": the mountain areas' range beside the main one.
    const temperature = (main: string, mountain: string) =>
      [main ? `${main} °C` : '', mountain ? t.mountain(mountain) : ''].filter(Boolean).join(', ');
    const low = temperature(range(bulletin.temperature?.min), range(bulletin.mountainTemperature?.min));
    const high = temperature(range(bulletin.temperature?.max), range(bulletin.mountainTemperature?.max));
    const wind = bulletin.wind ?? {};
    const windParts = [
      wind.direction ? html`<span lang=${words}>${wind.direction}</span>` : undefined,
      range(wind.level) ? t.level(range(wind.level)) : undefined,
      range(wind.speedMs) ? `${range(wind.speedMs)} m/s` : undefined,
      // "cấp 3, vùng ven biển cấp 4": each zone's own level or speed (a served bulletin is untrusted: only what reads).
      ...(Array.isArray(wind.zones) ? wind.zones : []).map((zone) => {
        const amount = [range(zone?.level) ? t.level(range(zone.level)) : '', range(zone?.speedMs) ? `${range(zone.speedMs)} m/s` : '']
          .filter(Boolean)
          .join(' ');
        return typeof zone?.zone === 'string' && amount ? html`<span lang=${words}>${zone.zone}</span> ${amount}` : undefined;
      }),
      range(bulletin.gusts) ? t.gusts(range(bulletin.gusts)) : undefined,
    ].filter(Boolean);
    const rainAmount = range(bulletin.rain?.amountMm);
    // The rain phrase is usually part of the conditions shown just above: then only its amount is new.
    const rainText =
      typeof bulletin.rain?.text === 'string' && !String(bulletin.conditions ?? '').includes(bulletin.rain.text) ? bulletin.rain.text : '';
    const rows: ([string, unknown, string?] | undefined)[] = [
      low ? [t.low, low] : undefined,
      high ? [t.high, high] : undefined,
      windParts.length > 0 ? [t.wind, windParts.map((part, index) => html`${index > 0 ? ', ' : ''}${part}`)] : undefined,
      range(bulletin.humidity) ? [t.humidity, `${range(bulletin.humidity)}%`] : undefined,
      rainText || rainAmount
        ? [
            t.rain,
            html`${rainText ? html`<span lang=${words}>${rainText}</span>` : nothing}${rainAmount ? `${rainText ? ' ' : ''}(${rainAmount} mm)` : nothing}`,
            rainText ? 'wide' : undefined,
          ]
        : undefined,
    ];
    const shown = rows.filter((row) => row !== undefined);
    if (shown.length === 0) return nothing;
    return html`<dl part="facts" class="facts" aria-label=${t.facts}>
      ${shown.map(([label, value, wide]) => html`<div class="fact${wide ? ' wide' : ''}"><dt>${label}</dt><dd>${value}</dd></div>`)}
    </dl>`;
  }

  private renderFooter(view: View, toggle: boolean, open: boolean): TemplateResult | typeof nothing {
    const t = this.localize.t(weather);
    if (!toggle && !view.link) return nothing;
    return html`<div class="footer">
      ${
        toggle
          ? html`<button part="toggle" class="button toggle" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="full-text" @click=${() => this.toggle(view)}>
            ${chevronIcon}${t.fullText}
          </button>`
          : nothing
      }
      ${
        view.link
          ? html`<a part="source" class="source" href=${view.link} target=${this.target || nothing} rel=${this.target ? 'noopener' : nothing} @click=${(event: MouseEvent) => selectItem(this, event, view.item)}
            >${t.source}</a
          >`
          : nothing
      }
    </div>`;
  }

  private renderSkeleton(): TemplateResult {
    const line = html`<span class="skeleton-line"></span>`;
    return html`<div class="header" aria-hidden="true">
        <span class="icon-box skeleton"></span>
        <div class="heading-box"><span class="title">${line}</span><span class="meta">${line}${line}</span></div>
      </div>
      <div class="conditions" aria-hidden="true">${line}${line}</div>
      <div class="facts" aria-hidden="true">${Array.from({ length: 4 }, () => html`<div class="fact">${line}${line}</div>`)}</div>
      <div class="footer" aria-hidden="true"><span class="skeleton toggle-skeleton"></span></div>`;
  }

  private toggle(view: View): void {
    this.openKey = this.openKey === view.key ? undefined : view.key;
  }
}

type ItemReader = typeof import('../../core/weather/item.js');
const loadItemReader = onDemand<ItemReader>(() => import('../../core/weather/item.js'));

function viewOfItem(item: FeedItem, read: ItemBulletin, feedLanguage?: string): View {
  const { text, fromContent, ...bulletin } = read;
  return {
    key: `item ${item.id}`,
    title: item.title,
    link: safeLinkUrl(item.link),
    published: item.published ?? item.updated,
    text,
    fromContent,
    bulletin: { ...bulletin, hazards: knownHazards(bulletin.hazards) },
    item,
    lang: textLanguage(`${item.title} ${text}`, feedLanguage),
  };
}

function viewOfBulletin(data: BulletinData, serverPageUrl?: string): View {
  const { text, title, link, ...bulletin } = data;
  const words = typeof text === 'string' ? text : '';
  const heading = typeof title === 'string' ? title : '';
  return {
    key: data,
    title: heading,
    link: onPage(safeLinkUrl, typeof link === 'string' ? link : undefined, serverPageUrl),
    text: words,
    fromContent: false,
    bulletin: { ...bulletin, hazards: knownHazards(bulletin.hazards) },
    lang: textLanguage(`${heading} ${words} ${String(bulletin.conditions ?? '')} ${String(bulletin.region ?? '')}`),
  };
}
