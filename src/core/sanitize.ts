// The one place untrusted HTML becomes DOM. DOMPurify is loaded on first use (its own chunk) as a private
// instance bound to this window: the page's own DOMPurify, its hooks and its config are never touched. bantin/ssr
// makes a second instance with the same config and hooks on a jsdom window (src/ssr/sanitizer.ts).
// Its URL attributes pass the same check as every other URL the widgets show (safe-url.ts).
import type { Config, DOMPurify } from 'dompurify';
import { safeImageUrl, safeLinkUrl } from './safe-url.js';

export { safeImageUrl, safeLinkUrl } from './safe-url.js';

const LINK_REL = 'noopener noreferrer nofollow ugc';

const config: Config = {
  USE_PROFILES: { html: true }, // no SVG, no MathML: nothing that can script or restyle the page from there
  FORBID_TAGS: [
    'style',
    'link',
    'meta',
    'base',
    'script',
    'noscript',
    'template',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'option',
    'optgroup',
    'datalist',
    'output',
    'fieldset',
    'label',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'portal',
    'audio',
    'video',
    'source',
    'track',
    'picture',
    'map',
    'area',
    'dialog',
  ],
  FORBID_ATTR: ['style', 'class', 'id', 'name', 'srcset', 'sizes', 'action', 'formaction', 'ping', 'usemap', 'background', 'poster'],
  ADD_ATTR: ['target'], // kept only when it is _blank (hook below)
  ALLOW_DATA_ATTR: false,
  // DOMPurify tests every attribute value against this: schemes other than ours fail, plain values
  // ("_blank", "/relative") pass; the hook below then resolves and checks each URL attribute.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  RETURN_DOM_FRAGMENT: true,
};

const URL_ATTRIBUTES = ['href', 'src', 'cite', 'longdesc', 'xlink:href', 'action', 'formaction', 'data'];

/** The one URL each element may carry: a link's href, an image's src, a quote's cite. Everything else goes. */
function allowedUrl(element: string, attribute: string, value: string): string | undefined {
  if (element === 'a' && attribute === 'href') return safeLinkUrl(value, currentBase);
  if ((element === 'img' && attribute === 'src') || attribute === 'cite') return safeImageUrl(value, currentBase);
  return undefined;
}

// The base URL of the call in progress: DOMPurify runs synchronously, so hooks read it without races.
let currentBase: string | undefined;

type PurifyWindow = NonNullable<Parameters<DOMPurify>[0]> & { document: Document };

/** Sanitizes `html` (relative URLs resolved against `baseUrl`, else dropped) into a fragment of the window's document. */
export type Sanitizer = (html: string, baseUrl?: string) => DocumentFragment;

/**
 * A private DOMPurify instance for `window` with our config and URL hooks, DOMPurify loaded on demand: the browser's
 * (below) and, in bantin/ssr, one on a jsdom window, so that the server keeps exactly what the browser keeps.
 */
export async function sanitizerFor(window: PurifyWindow): Promise<Sanitizer> {
  const { default: factory } = await import('dompurify');
  const purify = factory(window);
  purify.addHook('afterSanitizeAttributes', (node) => {
    const element = node as Element;
    for (const name of URL_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      const safe = allowedUrl(element.localName, name, value);
      if (safe) element.setAttribute(name, safe);
      else element.removeAttribute(name);
    }
    if (element.localName === 'a') {
      if (element.getAttribute('target') !== '_blank') element.removeAttribute('target');
      element.setAttribute('rel', LINK_REL);
    } else if (element.localName === 'img') {
      if (!element.hasAttribute('src')) return element.remove();
      element.setAttribute('loading', 'lazy');
      element.setAttribute('decoding', 'async');
      element.setAttribute('referrerpolicy', 'no-referrer');
    } else {
      element.removeAttribute('target');
    }
  });
  return (html, baseUrl) => {
    currentBase = safeImageUrl(baseUrl);
    try {
      // DOMPurify gives null when the input parses to a document without a body (a <frameset>).
      return (
        (purify.sanitize(typeof html === 'string' ? html : '', config) as unknown as DocumentFragment | null) ??
        window.document.createDocumentFragment()
      );
    } finally {
      currentBase = undefined;
    }
  };
}

let instance: Promise<Sanitizer> | undefined;

/** Starts loading DOMPurify now (a widget that will show rich HTML calls it early); never rejects. */
export function preloadSanitizer(): void {
  purifier().catch(() => {});
}

function purifier(): Promise<Sanitizer> {
  instance ??= sanitizerFor(window);
  // A failed chunk load (offline) is not remembered: the next call tries again.
  instance.catch(() => {
    instance = undefined;
  });
  return instance;
}

export interface SanitizeOptions {
  /** Relative href/src resolve against it; without it they are dropped. */
  baseUrl?: string;
  /** 'fragment' (default): a DocumentFragment to append anywhere. 'string': serialized HTML. */
  output?: 'fragment' | 'string';
}

/**
 * Untrusted HTML → inert HTML: no scripts, styles, forms, frames, objects or SVG; links only http(s)/mailto
 * with rel="noopener noreferrer nofollow ugc"; images only http(s), lazy, no referrer. Browser only (needs a DOM).
 */
export function sanitizeHtml(html: string, options?: SanitizeOptions & { output?: 'fragment' }): Promise<DocumentFragment>;
export function sanitizeHtml(html: string, options: SanitizeOptions & { output: 'string' }): Promise<string>;
export async function sanitizeHtml(html: string, options: SanitizeOptions = {}): Promise<DocumentFragment | string> {
  const fragment = (await purifier())(html, options.baseUrl);
  if (options.output !== 'string') return fragment;
  const holder = document.createElement('div');
  holder.append(fragment);
  return holder.innerHTML;
}
