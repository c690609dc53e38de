// rss-parser's output → the feed model, with the same normalising functions (src/core/feed/normalize.ts)
// and the same precedence rules as the browser's parseFeed, so the proxy and the browser agree.
//
// rss-parser (xml2js underneath) reads the XML; its own summary fields drop too much (Atom link rels, text
// construct types, media:*), so every field is taken from the raw element arrays it hands back through
// `customFields` (keepArray). Tag names are canonicalised while parsing — namespace prefixes by URI, names
// lower-cased as in the browser parser — so lookups below use one spelling.
import Parser from 'rss-parser';
import { parseDate } from '../../core/feed/dates.js';
import { parseFeed } from '../../core/feed/parse.js';
import { FeedError, type Feed, type FeedEnclosure, type FeedFormat, type FeedImage, type FeedItem } from '../../core/feed/model.js';
import {
  absolutizeHtml,
  authorName,
  firstImage,
  htmlToText,
  image,
  nfc,
  plainText,
  resolveUrl,
  size,
  stableId,
  uniqueCategories,
} from '../../core/feed/normalize.js';

type XNode = string | XElement;
interface XElement {
  _?: string;
  $?: Record<string, string>;
  [child: string]: unknown;
}

// Canonical prefixes by namespace URI (as in src/core/feed/xml.ts).
const NAMESPACES: Record<string, string> = {
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://search.yahoo.com/mrss/': 'media',
  'http://search.yahoo.com/mrss': 'media',
  'http://www.itunes.com/dtds/podcast-1.0.dtd': 'itunes',
  'http://www.w3.org/2005/atom': 'atom',
  'http://purl.org/atom/ns#': 'atom',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
  'http://purl.org/rss/1.0/': '',
};
// The few names rss-parser looks up in camel case.
const RSS_PARSER_SPELLING: Record<string, string> = { pubdate: 'pubDate', lastbuilddate: 'lastBuildDate', 'rdf:rdf': 'rdf:RDF' };

const FEED_FIELDS = ['$', 'title', 'link', 'atom:link', 'description', 'subtitle', 'tagline', 'language', 'dc:language', 'lastBuildDate', 'updated', 'modified', 'dc:date', 'logo', 'icon', 'image', 'author'];
const ITEM_FIELDS = ['$', 'title', 'link', 'atom:link', 'guid', 'id', 'description', 'summary', 'content:encoded', 'content', 'dc:creator', 'author', 'category', 'dc:subject', 'pubDate', 'published', 'issued', 'dc:date', 'updated', 'modified', 'enclosure', 'comments', 'itunes:image', 'media:thumbnail', 'media:description', 'media:content', 'media:group'];
const keep = (names: string[]) => names.map((name) => [name, `raw:${name}`, { keepArray: true }]);


// ---- reading xml2js nodes -------------------------------------------------------------------------

function children(node: unknown, name: string): XNode[] {
  if (!node || typeof node !== 'object') return [];
  const value = (node as Record<string, unknown>)[name];
  return Array.isArray(value) ? (value as XNode[]) : [];
}

function attrs(node: XNode | undefined): Record<string, string> {
  return node && typeof node === 'object' && node.$ ? node.$ : {};
}

function hasElements(node: XElement): boolean {
  return Object.keys(node).some((key) => key !== '_' && key !== '$');
}

const MAX_MARKUP_DEPTH = 256;
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/**
 * Child elements back to markup (raw HTML in a description, Atom xhtml). xml2js groups children by name
 * and gathers the text apart, so text comes first and elements follow grouped: the words survive, their
 * order against the elements may not. Text is escaped again only for xhtml (where `&lt;` is a character);
 * in an RSS field escaped HTML is markup, as the browser parser reads it.
 */
function markup(node: XElement, xhtml: boolean, depth = 0): string {
  const text = (value: string) => (xhtml ? escapeText(value) : value);
  if (depth > MAX_MARKUP_DEPTH) return '';
  let out = text(node._ ?? '');
  for (const [name, list] of Object.entries(node)) {
    if (name === '_' || name === '$' || !Array.isArray(list)) continue;
    for (const child of list as XNode[]) {
      const attributes = Object.entries(attrs(child))
        .map(([key, val]) => ` ${key}="${escapeAttribute(val)}"`)
        .join('');
      out += `<${name}${attributes}>${typeof child === 'string' ? text(child) : markup(child, xhtml, depth + 1)}</${name}>`;
    }
  }
  return out;
}

/** The element's content as text; child elements (raw HTML in a description, xhtml) as markup. */
function content(node: XNode | undefined, xhtml = false): string {
  if (node === undefined) return '';
  if (typeof node === 'string') return xhtml ? escapeText(node) : node;
  return hasElements(node) ? markup(node, xhtml) : xhtml ? escapeText(node._ ?? '') : (node._ ?? '');
}

const value = (node: XNode | undefined) => content(node).trim();

/** Atom xhtml content without its wrapper div and xmlns attributes. */
function unwrapXhtml(markup: string): string {
  return markup
    .trim()
    .replace(/^<(?:\w+:)?div\b[^>]*>([^]*)<\/(?:\w+:)?div>$/, '$1')
    .replace(/\sxmlns(?::[\w-]+)?\s*=\s*(?:"[^"]*"|'[^']*')/g, '');
}

function withBase(node: XNode | undefined, base: string | undefined): string | undefined {
  const declared = attrs(node)['xml:base'];
  return declared ? (resolveUrl(declared, base) ?? base) : base;
}

// ---- the mapping -------------------------------------------------------------------------------------

interface Context {
  format: FeedFormat;
  timeZone: string;
  feedAuthors: string[];
}

/** [text, isHtml] of a field: RSS fields are HTML; Atom text constructs follow their type. */
function construct(node: XNode | undefined, format: FeedFormat): [string, boolean] {
  if (format !== 'atom') return [content(node), true];
  const type = (attrs(node).type ?? '').toLowerCase();
  if (type.includes('xhtml')) return [unwrapXhtml(content(node, true)), true];
  return [content(node), type.includes('html')];
}

const toText = ([text, html]: [string, boolean]) => (html ? htmlToText(text) : plainText(text));

/** Link elements: `<link>text</link>` or `<link href rel>`; the first alternate wins. */
function links(node: unknown, base: string | undefined) {
  const out: { link?: string; comments?: string; enclosures: Record<string, string>[] } = { enclosures: [] };
  for (const element of [...children(node, 'link'), ...children(node, 'atom:link')]) {
    const a = attrs(element);
    const elementBase = withBase(element, base);
    if (a.href === undefined) {
      out.link ??= resolveUrl(value(element), elementBase);
      continue;
    }
    const rel = a.rel || 'alternate';
    if (rel === 'alternate') out.link ??= resolveUrl(a.href, elementBase);
    else if (rel === 'enclosure') out.enclosures.push({ ...a, url: resolveUrl(a.href, elementBase) ?? '' });
    else if (rel === 'replies' && /html/i.test(a.type ?? '')) out.comments ??= resolveUrl(a.href, elementBase);
  }
  return out;
}

function mapItem(raw: Record<string, unknown>, feedBase: string | undefined, context: Context): FeedItem {
  const { format, timeZone } = context;
  const node = raw as XElement;
  const itemAttrs = (raw['raw:$'] as Record<string, string> | undefined) ?? {};
  const base = itemAttrs['xml:base'] ? (resolveUrl(itemAttrs['xml:base'], feedBase) ?? feedBase) : feedBase;
  const field = (name: string) => children(node, `raw:${name}`);
  const firstOf = (...names: string[]) => names.map((name) => field(name)[0]).find((x) => x !== undefined);

  const titleNode = field('title')[0];
  const title = titleNode === undefined ? '' : toText(construct(titleNode, format));

  const found = links({ link: field('link'), 'atom:link': field('atom:link') }, base);
  let id = itemAttrs['rdf:about'] || undefined;
  let permalink: string | undefined;
  const guid = field('guid')[0];
  if (guid !== undefined) {
    id ??= value(guid);
    if (!/^false$/i.test((attrs(guid).ispermalink ?? '').trim())) permalink = resolveUrl(value(guid), withBase(guid, base));
  }
  if (!id && field('id')[0] !== undefined) id = value(field('id')[0]);

  const summaryNode = firstOf('description', 'summary');
  let summary: string | undefined;
  let summaryHtml: string | undefined;
  if (summaryNode !== undefined) {
    const [text, html] = construct(summaryNode, format);
    summary = toText([text, html]);
    if (html) summaryHtml = text;
  }

  let html: string | undefined;
  let htmlBase: string | undefined;
  let plain: string | undefined;
  for (const contentNode of [...field('content:encoded'), ...field('content')]) {
    const [text, isHtml] = construct(contentNode, format);
    if (!text.trim()) continue;
    if (isHtml) {
      html ??= text;
      htmlBase ??= withBase(contentNode, base);
    } else plain ??= text;
  }

  const creators = field('dc:creator').map((x) => plainText(content(x)));
  const authors =
    format === 'atom'
      ? field('author').flatMap((author) => children(author, 'name').map((name) => plainText(content(name))))
      : field('author').map((x) => authorName(content(x)));
  const names = creators.length ? creators : authors.length ? authors : context.feedAuthors;
  const author = uniqueCategories(names).join(', ');

  const categories = [...field('category'), ...field('dc:subject')].map((x) => {
    const a = attrs(x);
    return value(x) || a.label || a.term || '';
  });

  const dateOf = (nodes: (XNode | undefined)[]) =>
    nodes.reduce<string | undefined>((found, x) => found ?? (x === undefined ? undefined : parseDate(content(x), timeZone)), undefined);
  const published = dateOf(['pubDate', 'published', 'issued', 'dc:date'].flatMap((name) => field(name)));
  const updated = dateOf(['updated', 'modified'].flatMap((name) => field(name)));

  // Images by precedence: media:thumbnail, media:content image, image enclosure, itunes:image, first <img>.
  const enclosures: FeedEnclosure[] = [];
  const media = new Set<FeedEnclosure>();
  const candidates: (FeedImage | undefined)[] = [];
  const enclosure = (url: string | undefined, type: string | undefined, length: string | undefined) => {
    if (!url) return undefined;
    const e: FeedEnclosure = { url };
    if (type) e.type = type;
    const n = size(length);
    if (n !== undefined) e.length = n;
    enclosures.push(e);
    return e;
  };
  const fileEnclosure = (a: Record<string, string>, url: string | undefined) => {
    const e = enclosure(url, a.type, a.length);
    if (e && a.type?.startsWith('image/')) candidates[2] ??= image(e.url);
  };
  for (const element of field('enclosure')) fileEnclosure(attrs(element), resolveUrl(attrs(element).url, withBase(element, base)));
  for (const a of found.enclosures) fileEnclosure(a, a.url || undefined);

  // media:* scopes: an item, a media:group, a media:content; media:description gives alt to the images within.
  const scope = (scopeNode: unknown, scopeBase: string | undefined): FeedImage[] => {
    const images: FeedImage[] = [];
    for (const thumb of children(scopeNode, 'media:thumbnail')) {
      const a = attrs(thumb);
      const img = image(a.url, withBase(thumb, scopeBase), undefined, size(a.width), size(a.height));
      if (img) (images.push(img), (candidates[0] ??= img));
    }
    for (const group of children(scopeNode, 'media:group')) images.push(...scope(group, withBase(group, scopeBase)));
    for (const mediaContent of children(scopeNode, 'media:content')) {
      const a = attrs(mediaContent);
      const contentBase = withBase(mediaContent, scopeBase);
      const e = enclosure(resolveUrl(a.url, contentBase), a.type, a.filesize);
      const inner = scope(mediaContent, contentBase);
      if (e) {
        media.add(e);
        const isImage = a.medium === 'image' || a.type?.startsWith('image/') || (!a.medium && !a.type && /\.(jpe?g|png|gif|webp|avif)(\?|$)/i.test(e.url));
        const img = isImage ? image(e.url, undefined, undefined, size(a.width), size(a.height)) : undefined;
        if (img) (images.push(img), (candidates[1] ??= img));
      }
      images.push(...inner);
    }
    const description = children(scopeNode, 'media:description')[0];
    if (description !== undefined) {
      const alt = toText([content(description), /html/i.test(attrs(description).type ?? '')]);
      for (const img of images) if (alt && !img.alt) img.alt = alt;
    }
    return images;
  };
  scope(
    { 'media:thumbnail': field('media:thumbnail'), 'media:group': field('media:group'), 'media:content': field('media:content'), 'media:description': field('media:description') },
    base,
  );
  const itunes = field('itunes:image')[0];
  if (itunes !== undefined) candidates[3] ??= image(attrs(itunes).href, withBase(itunes, base));

  const [thumbnail, mediaImage, enclosureImage, itunesImage] = candidates;
  const img =
    thumbnail ??
    mediaImage ??
    enclosureImage ??
    itunesImage ??
    (summaryHtml ? firstImage(summaryHtml, base) : undefined) ??
    (html ? firstImage(html, htmlBase) : undefined);

  const link = found.link ?? permalink;
  const item: FeedItem = {
    id: id || link || stableId(title, published),
    title,
    summary: summary ?? (html ? htmlToText(html) : plain ? plainText(plain) : ''),
    categories: uniqueCategories(categories),
    enclosures: img ? enclosures.filter((x) => x.url !== img.url || !media.has(x)) : enclosures,
  };
  if (link) item.link = link;
  if (html) item.contentHtml = nfc(absolutizeHtml(html, htmlBase));
  if (author) item.author = author;
  if (published) item.published = published;
  if (updated) item.updated = updated;
  if (img) item.image = img;
  const comments = found.comments ?? (field('comments')[0] !== undefined ? resolveUrl(value(field('comments')[0]), base) : undefined);
  if (comments) item.commentsUrl = comments;
  return item;
}

// ---- the document ------------------------------------------------------------------------------------

/** RSS, Atom or RDF by the root element (after the prolog, comments and a DOCTYPE). */
function rootFormat(text: string): FeedFormat | undefined {
  const match = /^(?:\s|<\?[^]*?\?>|<!--[^]*?-->|<!DOCTYPE[^[>]*(?:\[[^]*?\])?\s*>)*<([A-Za-z_][\w.:-]*)/i.exec(text.replace(/^\ufeff/, ''));
  const local = match?.[1]!.toLowerCase().replace(/^.*:/, '');
  return local === 'rss' ? 'rss' : local === 'feed' ? 'atom' : local === 'rdf' ? 'rdf' : undefined;
}

function tagCanonicaliser(text: string, format: FeedFormat): (name: string) => string {
  const prefixes = new Map<string, string>();
  for (const [, prefix, uri] of text.matchAll(/\sxmlns:([\w.-]+)\s*=\s*["']([^"']*)["']/g)) {
    const known = NAMESPACES[uri!.toLowerCase()];
    if (known !== undefined && !prefixes.has(prefix!.toLowerCase())) {
      prefixes.set(prefix!.toLowerCase(), known === 'atom' && format === 'atom' ? '' : known);
    }
  }
  return (name) => {
    let lower = name.toLowerCase();
    const colon = lower.indexOf(':');
    if (colon >= 0) {
      const known = prefixes.get(lower.slice(0, colon));
      if (known !== undefined) lower = known ? known + lower.slice(colon) : lower.slice(colon + 1);
    }
    return RSS_PARSER_SPELLING[lower] ?? lower;
  };
}

function feedImage(node: Record<string, unknown>, base: string | undefined): FeedImage | undefined {
  const logo = children(node, 'raw:logo')[0];
  const icon = children(node, 'raw:icon')[0];
  const fromAtom = (logo !== undefined ? image(value(logo), base) : undefined) ?? (icon !== undefined ? image(value(icon), base) : undefined);
  if (fromAtom) return fromAtom;
  const channelImage = children(node, 'raw:image')[0];
  const part = (name: string) => {
    const x = children(channelImage, name)[0];
    return x === undefined ? undefined : value(x);
  };
  return image(part('url'), base, part('title'), size(part('width')), size(part('height')));
}

type ParsedOutput = Record<string, unknown> & { items: Record<string, unknown>[] };

/**
 * Reads RSS 0.9x/2.0, RDF or Atom with rss-parser and maps it onto the feed model. JSON Feeds (which
 * rss-parser cannot read) go to the core JSON reader. Throws FeedError.
 */
export async function rssParserToFeed(text: string, url: string | undefined, timeZone = 'Asia/Ho_Chi_Minh'): Promise<Feed> {
  const start = text.search(/[^\s\ufeff]/);
  if (start < 0) throw new FeedError('not-a-feed', 'The feed is empty.');
  if (text[start] === '{') return parseFeed(text, { url, timeZone });
  const format = rootFormat(text);
  if (!format) throw new FeedError('not-a-feed', 'This is not an RSS, Atom or RDF feed.');

  const parser = new Parser({
    defaultRSS: 2,
    xml2js: { strict: false, tagNameProcessors: [tagCanonicaliser(text, format)], attrNameProcessors: [(name: string) => name.toLowerCase()] },
    customFields: { feed: keep(FEED_FIELDS), item: keep(ITEM_FIELDS) } as unknown as Parser.CustomFieldItem<Record<string, unknown>>,
  } as ConstructorParameters<typeof Parser>[0]);
  let output: ParsedOutput;
  try {
    output = (await parser.parseString(text)) as unknown as ParsedOutput;
  } catch (error) {
    const message = (error as Error)?.message ?? String(error);
    if (/not recognized/i.test(message)) throw new FeedError('not-a-feed', message, { cause: error });
    // xml2js gives up on a feed cut off mid-way or nested too deep; DESIGN wants the complete items
    // before the cut, which the core reader (same normalising functions) recovers.
    return parseFeed(text, { url, timeZone });
  }

  const rootAttrs = (output['raw:$'] as Record<string, string> | undefined) ?? {};
  const base = rootAttrs['xml:base'] ? (resolveUrl(rootAttrs['xml:base'], url) ?? url) : url;
  const field = (name: string) => children(output, `raw:${name}`);
  const firstField = (...names: string[]) => names.map((name) => field(name)[0]).find((x) => x !== undefined);

  const feedAuthors =
    format === 'atom' ? field('author').flatMap((author) => children(author, 'name').map((name) => plainText(content(name)))) : [];
  const context: Context = { format, timeZone, feedAuthors };

  const titleNode = field('title')[0];
  const descriptionNode = firstField('description', 'subtitle', 'tagline');
  const languageNode = firstField('language', 'dc:language');
  const updated = ['lastBuildDate', 'updated', 'modified', 'dc:date']
    .flatMap((name) => field(name))
    .reduce<string | undefined>((found, x) => found ?? parseDate(content(x), timeZone), undefined);

  const feed: Feed = {
    format,
    title: titleNode === undefined ? '' : toText(construct(titleNode, format)),
    items: output.items.map((item) => mapItem(item, base, context)),
  };
  const link = links({ link: field('link'), 'atom:link': field('atom:link') }, base).link;
  if (link) feed.link = link;
  const description = descriptionNode === undefined ? '' : toText(construct(descriptionNode, format));
  if (description) feed.description = description;
  const language = rootAttrs['xml:lang'] ?? (languageNode === undefined ? undefined : value(languageNode));
  if (language?.trim()) feed.language = language.trim();
  if (updated) feed.updated = updated;
  const img = feedImage(output, base);
  if (img) feed.image = img;
  return feed;
}
