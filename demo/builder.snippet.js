// The snippet builder's model: what a partner chose → the widget's attributes → the code to paste.
// The live preview is made from the same attribute list, so what is shown is what the code gives.
import { DEFAULT_WIDTH, reservedHeight } from './reserved-height.js';

export { DEFAULT_WIDTH };

/** The widgets, with the kind of feed each reads (none for the comment box). */
export const WIDGETS = {
  'latest-news': { tag: 'bantin-latest-news', feed: 'news' },
  'article-card': { tag: 'bantin-article-card', feed: 'news' },
  'weather-bulletin': { tag: 'bantin-weather-bulletin', feed: 'weather' },
  'comment-box': { tag: 'bantin-comment-box', feed: null },
};

/**
 * @typedef {object} BuilderChoice
 * @property {keyof typeof WIDGETS} widget
 * @property {'named' | 'url'} feedSource   a feed configured on the server, or any feed URL through the proxy
 * @property {string} feedName              name of a configured feed: /api/feeds/<name>
 * @property {string} feedUrl               an http(s) feed URL, read through /api/feed?url=
 * @property {Record<string, string>} options  the widget's other attributes; '' means the default (left out)
 * @property {string} lang                  '' (the page's language), 'vi' or 'en'
 * @property {string} theme                 '' (light), 'dark' or 'auto'
 * @property {boolean} classic              the classic script (bantin.iife.js) instead of the module
 * @property {number} [width]               how wide the widget's place on the page is, in CSS px (DEFAULT_WIDTH)
 */

/** A checked http(s) URL, or undefined. */
export function httpUrl(text) {
  try {
    const url = new URL(String(text).trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The widget's attributes, in the order they are written, for a page served from `origin` (the widget server).
 * Throws a RangeError naming the field when the choice cannot give a working widget.
 * @param {BuilderChoice} choice
 * @param {string} origin
 * @returns {[string, string][]}
 */
export function widgetAttributes(choice, origin) {
  const widget = WIDGETS[choice.widget];
  if (!widget) throw new RangeError('widget');
  const attributes = [];
  if (widget.feed) {
    if (choice.feedSource === 'url') {
      const url = httpUrl(choice.feedUrl);
      if (!url) throw new RangeError('feedUrl');
      attributes.push(['feed', url], ['proxy', `${origin}/api/feed?url={url}`]);
    } else {
      const name = String(choice.feedName).trim();
      if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(name)) throw new RangeError('feedName');
      attributes.push(['feed', `${origin}/api/feeds/${name}`]);
    }
  } else {
    attributes.push(['endpoint', `${origin}/api`]);
  }
  for (const [name, value] of Object.entries(choice.options)) {
    const text = String(value).trim();
    if (text !== '') attributes.push([name, text]);
  }
  if (choice.lang) attributes.push(['lang', choice.lang]);
  if (choice.theme) attributes.push(['theme', choice.theme]);
  return attributes;
}

/**
 * The element's `style`: a block that keeps the room of the widget's loading skeleton from the start, before the
 * widget's script has run (an unknown element is an empty inline box), so nothing below it moves when it is defined.
 * The room includes any padding the page gives the element (border-box), as the widget's own box does.
 * @param {BuilderChoice} choice
 */
export function reserveStyle(choice) {
  return `display:block;box-sizing:border-box;min-height:${reservedHeight(choice, choice.width)}`;
}

/** `value` as a double-quoted HTML attribute value. */
export function escapeAttribute(value) {
  return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The code a partner pastes: the script tag, then the element (one attribute a line when there are several), its
 * room kept by its `style`.
 * @param {BuilderChoice} choice
 * @param {string} origin
 */
export function embedCode(choice, origin) {
  const { tag } = WIDGETS[choice.widget];
  const script = choice.classic
    ? `<script src="${origin}/bantin/bantin.iife.js" defer></script>`
    : `<script type="module" src="${origin}/bantin/bantin.js"></script>`;
  const attributes = [...widgetAttributes(choice, origin), ['style', reserveStyle(choice)]].map(
    ([name, value]) => `${name}="${escapeAttribute(value)}"`,
  );
  const element =
    attributes.length <= 2
      ? `<${tag} ${attributes.join(' ')}></${tag}>`
      : `<${tag}\n${attributes.map((attribute) => `  ${attribute}`).join('\n')}\n></${tag}>`;
  return `${script}\n${element}\n`;
}
