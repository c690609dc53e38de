// The language a widget speaks: its own `lang`, else the nearest ancestor with one (through shadow roots),
// else <html lang>, else Vietnamese. Follows later changes of any of these. English is a lazy chunk: a widget
// that is to speak it waits for it (its first render, or, after a change of language, it keeps speaking
// Vietnamese until English has arrived).
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { resolveLocale, textLanguage, type Locale } from '../i18n/locale.js';
import type { Catalogue, Widen } from '../i18n/catalogue.js';
import type { AllText } from '../i18n/all-text.js';
import { onDemand } from '../core/on-demand.js';
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

let english: AllText | undefined;
const loadEnglish = onDemand(() => import('../i18n/catalogues/en.js').then(({ en }) => (english = en)));

/** The English text at hand from the start: the server renderer (bantin/ssr) renders synchronously. */
export function provideEnglish(text: AllText): void {
  english = text;
}

export type DateFormat = 'absolute' | 'relative';

type Host = ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean };

export class LocalizeController implements ReactiveController {
  private current: Locale = 'vi';
  private readonly host: Host;
  private readonly beforeFirstUpdate: (work: Promise<unknown>) => void;
  // The widget's own attribute, even when it sits inside another shadow root the document observer cannot see.
  private hostObserver?: MutationObserver;

  /** `beforeFirstUpdate` holds the host's first update until the work given settles (BantinElement's). */
  constructor(host: Host, beforeFirstUpdate: (work: Promise<unknown>) => void) {
    this.host = host;
    this.beforeFirstUpdate = beforeFirstUpdate;
    host.addController(this);
  }

  /** The widget's language. On the server (bantin/ssr) there is no page around it: its own `lang` attribute decides. */
  get locale(): Locale {
    return isServer ? resolveLocale(this.host.getAttribute('lang')) : this.current;
  }

  /** The words every widget shares (loading, retry, empty, stale, feed errors) in the current language. */
  get messages(): (typeof shared)['vi'] {
    return this.t(shared);
  }

  /** A widget's own section of text in the current language. */
  t<T>(catalogue: Catalogue<T>): Widen<T> {
    return this.locale === 'en' && english ? catalogue.en(english) : catalogue.vi;
  }

  hostConnected(): void {
    this.hostObserver ??= new MutationObserver(() => this.update());
    this.hostObserver.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    watchDocument(this);
    const locale = resolveLocale(inheritedLang(this.host));
    if (locale === 'en' && !english && !this.host.hasUpdated) this.beforeFirstUpdate(loadEnglish().then(() => this.update()));
    else this.update();
  }

  hostDisconnected(): void {
    this.hostObserver?.disconnect();
    unwatchDocument(this);
  }

  /** Re-reads the language; re-renders the host when it changed (into English once its text has arrived). */
  update(): void {
    const locale = resolveLocale(inheritedLang(this.host));
    if (locale === 'en' && !english) {
      loadEnglish().then(
        () => this.update(),
        () => {},
      );
      return;
    }
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
