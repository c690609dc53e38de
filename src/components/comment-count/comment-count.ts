// <bantin-comment-count>: "12 bình luận" under a headline. The elements of a page ask for their counts together
// (count-batch.ts), and each keeps one width and one line from its loading skeleton on, so nothing moves.
import { html, isServer, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { isValidThreadId } from '../../core/comments/index.js';
import { safeLinkUrl } from '../../core/safe-url.js';
import { commentCount } from '../../i18n/catalogues/comment-count.js';
import { attributesSettled } from '../../internal/attributes-settled.js';
import { BantinElement } from '../../internal/bantin-element.js';
import { onPage } from '../../internal/page-url.js';
import { baseStyles, tokens } from '../../internal/styles.js';
import { commentCountStyles } from './comment-count.styles.js';
import { requestCount } from './count-batch.js';

type CountStatus = 'loading' | 'loaded' | 'error';

/** A thread number as wide as most counts: the invisible sizer holds its label. */
const TYPICAL_COUNT = 88;

const intl = new Map<string, { numbers: Intl.NumberFormat; plurals: Intl.PluralRules }>();

/** The number format and plural rules of `locale`, made once (a listing page has dozens of counts). */
function intlFor(locale: string): { numbers: Intl.NumberFormat; plurals: Intl.PluralRules } {
  let entry = intl.get(locale);
  if (!entry) intl.set(locale, (entry = { numbers: new Intl.NumberFormat(locale), plurals: new Intl.PluralRules(locale) }));
  return entry;
}

/**
 * "12 bình luận": how many approved comments a thread has, for listing pages (Disqus's count.js). All the counts
 * on a page are asked for in one request per endpoint, made once a frame has passed (up to 100 threads a request).
 * Shows "Chưa có bình luận" / "No comments" for 0; links to the comment box when given `href`.
 *
 * @summary The number of comments of a thread, every count on the page asked for in one request.
 * @tagname bantin-comment-count
 *
 * @attr thread - The thread (article) id, as the comment box of that article has it.
 * @attr endpoint - The comments API base, e.g. https://widgets.example.vn/api.
 * @attr href - Where the count links to, e.g. the article's comments (https://…/bai-12345.html#binh-luan); no link when absent.
 * @attr lang - Language (vi or en); default the nearest [lang], else <html lang>, else vi.
 * @attr theme - light (default), dark or auto (follows the system).
 *
 * @csspart base - The widget's box (one line, as wide as its widest words).
 * @csspart count - The count's text ("12 bình luận", "Chưa có bình luận").
 * @csspart link - The count when it is a link (href).
 * @csspart status - The error notice.
 *
 * @cssprop --bantin-color-text - Text colour.
 * @cssprop --bantin-color-muted - "No comments".
 * @cssprop --bantin-color-surface - Background.
 * @cssprop --bantin-color-accent - The link.
 * @cssprop --bantin-color-skeleton - The loading placeholder.
 * @cssprop --bantin-color-error - The error notice.
 * @cssprop --bantin-color-focus - Focus outline.
 * @cssprop --bantin-padding - Inner padding of the widget (0 in the light theme, 0.75em in the dark one).
 *
 * @fires bantin-error - {error} The count could not be loaded (a CommentApiError).
 */
export class BantinCommentCount extends BantinElement {
  static override styles = [tokens, baseStyles, commentCountStyles];

  static override properties: PropertyDeclarations = {
    thread: {},
    endpoint: {},
    href: {},
    status: { state: true, attribute: false },
    value: { state: true, attribute: false },
  };

  thread?: string;
  endpoint?: string;
  href?: string;

  private status: CountStatus = 'loading';
  private value?: number;

  /** Which load is current: an answer for an older thread or endpoint is dropped. */
  private generation = 0;

  /** The thread's count once loaded; undefined while loading or after an error. */
  get count(): number | undefined {
    return this.status === 'loaded' ? this.value : undefined;
  }

  /** Asks for the count again (with whatever other counts are asked for in this frame). */
  reload(): Promise<void> {
    return this.load();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after leaving it while loading: ask again.
    if (this.hasUpdated && this.status === 'loading') void this.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) {
      const rendered = this.renderedState?.counts?.[this.threadId];
      this.renderedState = undefined;
      if (typeof rendered === 'number') {
        this.value = rendered;
        this.status = 'loaded';
        return;
      }
    }
    if (!isServer && (!this.hasUpdated || changed.has('thread') || changed.has('endpoint'))) void this.load();
  }

  private get threadId(): string {
    return (this.thread ?? '').trim();
  }

  private async load(): Promise<void> {
    const generation = ++this.generation;
    this.status = 'loading';
    // The page's own scripts may still set the attributes: ask once, for theirs.
    await attributesSettled();
    if (generation !== this.generation || !this.isConnected) return;
    const endpoint = (this.endpoint ?? '').trim();
    const thread = this.threadId;
    try {
      if (!endpoint) throw new TypeError('bantin-comment-count: set the endpoint attribute (the comments API base).');
      if (!isValidThreadId(thread)) throw new TypeError(`bantin-comment-count: "${thread}" is not a thread id (1–200 URL characters).`);
      const count = await requestCount(endpoint, thread);
      if (generation !== this.generation) return;
      this.value = count;
      this.status = 'loaded';
    } catch (error) {
      if (generation !== this.generation) return;
      this.status = 'error';
      this.emit('bantin-error', { error });
    }
  }

  protected override render(): TemplateResult {
    const t = this.localize.t(commentCount);
    const locale = this.localize.locale;
    const { numbers, plurals } = intlFor(locale);
    const label = (n: number) => (n === 0 ? t.none : t.count(numbers.format(n), plurals.select(n)));
    return html`<span part="base" class="base" lang=${locale}>
      ${[t.none, label(TYPICAL_COUNT), t.error].map((words) => html`<span class="sizer" aria-hidden="true">${words}</span>`)}
      ${this.renderValue(label, t)}
    </span>`;
  }

  private renderValue(label: (n: number) => string, t: (typeof commentCount)['vi']): TemplateResult {
    if (this.status === 'error') {
      return html`<span part="status" class="value" data-kind="error" title=${t.errorDetail}
        >${t.error}<span class="visually-hidden"> (${t.errorDetail})</span></span
      >`;
    }
    if (this.status === 'loading' || this.value === undefined) {
      return html`<span class="skeleton-line" aria-hidden="true"></span><span class="visually-hidden">${t.loading}</span>`;
    }
    const text = label(this.value);
    const kind = this.value === 0 ? 'none' : 'some';
    const href = onPage(safeLinkUrl, this.href, this.serverPageUrl);
    return href
      ? html`<a part="count link" class="value" data-kind=${kind} href=${href}>${text}</a>`
      : html`<span part="count" class="value" data-kind=${kind}>${text}</span>`;
  }
}
