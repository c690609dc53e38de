// The language a widget speaks: its own `lang`, else the nearest ancestor with one (through shadow roots),
// else <html lang>, else Vietnamese. Follows later changes of any of these.
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { resolveLocale, textLanguage, type Locale } from '../i18n/locale.js';
import type { Catalogue, Widen } from '../i18n/catalogue.js';
import { shared } from '../i18n/catalogues/shared.js';
import { formatDate, formatRelative } from '../i18n/date.js';
import { errorMessage } from '../i18n/errors.js';

/** The nearest `lang` attribute from `element` up, crossing shadow-root boundaries to their hosts. */
export function inheritedLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const lang = node.getAttribute('lang')!.trim();
      if (lang) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return document.documentElement.lang;
}

// One observer for every `lang` change in the light DOM, shared by all widgets on the page.
const controllers = new Set<LocalizeController>();
let documentObserver: MutationObserver | undefined;

function watchDocument(controller: LocalizeController): void {
  controllers.add(controller);
  if (!documentObserver) {
    documentObserver = new MutationObserver(() => controllers.forEach((c) => c.update()));
    documentObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unwatchDocument(controller: LocalizeController): void {
  controllers.delete(controller);
  if (controllers.size === 0) {
    documentObserver?.disconnect();
    documentObserver = undefined;
  }
}

export type DateFormat = 'absolute' | 'relative';

export class LocalizeController implements ReactiveController {
  private current: Locale = 'vi';
  private readonly host: ReactiveControllerHost & HTMLElement;
  // The widget's own attribute, even when it sits inside another shadow root the document observer cannot see.
  private hostObserver?: MutationObserver;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  /** The widget's language. On the server (bantin/ssr) there is no page around it: its own `lang` attribute decides. */
  get locale(): Locale {
    return isServer ? resolveLocale(this.host.getAttribute('lang')) : this.current;
  }

  /** The words every widget shares (loading, retry, empty, stale, feed errors) in the current language. */
  get messages(): (typeof shared)['vi'] {
    return shared[this.locale];
  }

  /** A widget's own section of text in the current language. */
  t<T>(catalogue: Catalogue<T>): Widen<T> {
    return catalogue[this.locale];
  }

  hostConnected(): void {
    this.hostObserver ??= new MutationObserver(() => this.update());
    this.hostObserver.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    watchDocument(this);
    this.current = resolveLocale(inheritedLang(this.host));
  }

  hostDisconnected(): void {
    this.hostObserver?.disconnect();
    unwatchDocument(this);
  }

  /** Re-reads the language; re-renders the host when it changed. */
  update(): void {
    const locale = resolveLocale(inheritedLang(this.host));
    if (locale !== this.current) {
      this.current = locale;
      this.host.requestUpdate();
    }
  }

  /** "22/09/2025 08:30" or "2 giờ trước"; '' for no date. */
  date(value: string | undefined, format: DateFormat = 'absolute'): string {
    return format === 'relative' ? formatRelative(value, this.locale) : formatDate(value, this.locale);
  }

  /**
   * The `lang` for a feed's own words (`text`), when it is not the widget's language: the feed's declared
   * language, else `vi` for Vietnamese text; undefined when it is the same as the labels' or unknown.
   * Feed text keeps its language in every UI language, so screen readers read it with the right voice.
   */
  contentLang(text: string, feedLanguage?: string | null): string | undefined {
    const lang = textLanguage(text, feedLanguage);
    return lang && lang.toLowerCase().split(/[-_]/)[0] !== this.locale ? lang : undefined;
  }

  error(error: unknown): string {
    return errorMessage(error, this.messages);
  }
}
