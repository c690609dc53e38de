// rss-parser's output → the feed model, through the browser reader's own entries (src/core/feed/entry.ts:
// image precedence, summary/id/author fallbacks) and normalising functions, so the proxy and the browser agree.
//
// rss-parser (xml2js underneath) reads the XML; its own summary fields drop too much (Atom link rels, text
// construct types, media:*), so every field is taken from the raw element arrays it hands back through
// `customFields` (keepArray) and read by the same field codes as src/core/feed/xml.ts. Tag names are
// canonicalised while parsing — namespace prefixes by URI, names lower-cased as in the browser reader.
import Parser from 'rss-parser';
import {
  authorName, DEFAULT_TIME_ZONE, newEntry, addEnclosure, FeedError, finishFeed, finishItem, htmlToText, image, parseDate, parseFeed,
  plainText, resolveUrl, size, type Entry, type Feed, type FeedFormat,
} from 'bantin/core';

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

/** Element name → what it holds, as "CODE name name …" — the table of src/core/feed/xml.ts, in rss-parser's spelling. */
function table(spec: string): Map<string, string> {
  const map = new Map<string, string>();
  let code = '';
  for (const word of spec.split(' ')) word.length === 1 ? (code = word) : map.set(word, code);
  return map;
}
const FIELDS = table(
  'T title S description summary B subtitle tagline C content:encoded content L link atom:link G guid I id P pubDate published issued D dc:date U updated modified lastBuildDate N language dc:language R dc:creator A author K category dc:subject E enclosure H media:thumbnail J itunes:image X media:description O comments Y logo Z icon',
);
const DATE_KEYS = { P: 'published', D: 'date', U: 'updated' } as const;
// Children rss-parser is asked to hand back raw: every field, the containers, and the element's attributes.
const RAW_CHILDREN = ['$', ...FIELDS.keys(), 'media:group', 'media:content', 'image'];
const keep = (names: string[]) => names.map((name) => [name, `raw:${name}`, { keepArray: true }]);

// ---- reading xml2js nodes -------------------------------------------------------------------------

function children(node: unknown, name: string): XNode[] {
  if (!node || typeof node !== 'object') return [];
  const list = (node as Record<string, unknown>)[name];
  return Array.isArray(list) ? (list as XNode[]) : [];
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

// ---- the mapping (mirrors readField/open of src/core/feed/xml.ts) -----------------------------------------

interface Reader {
  format: FeedFormat;
  timeZone: string;
  feed: Entry;
}

/** [text, isHtml]: RSS fields are HTML; Atom text constructs follow their type (Atom 0.3: a MIME type). */
function construct(node: XNode, format: FeedFormat): [string, boolean] {
  if (format !== 'atom') return [content(node), true];
  const type = (attrs(node).type ?? '').toLowerCase();
  if (type.includes('xhtml')) return [unwrapXhtml(content(node, true)), true];
  return [content(node), type.includes('html')];
}

const toText = (text: string, html: boolean) => (html ? htmlToText(text) : plainText(text));

function readField(reader: Reader, d: Entry, code: string, node: XNode, frameBase: string | undefined, inFeed: boolean): void {
  const a = attrs(node);
  const base = withBase(node, frameBase);
  const text = () => content(node);
  switch (code) {
    case 'T':
      d.title ??= toText(...construct(node, reader.format));
      break;
    case 'B': // subtitle, tagline: the feed's description only
    case 'S': {
      if (code === 'B' && d !== reader.feed) break;
      const [body, html] = construct(node, reader.format);
      d.summary ??= toText(body, html);
      if (html) d.summaryHtml ??= body;
      break;
    }
    case 'C': {
      const [body, html] = construct(node, reader.format);
      if (!body.trim()) break;
      if (!html) d.text ??= body;
      else if (!d.html) [d.html, d.htmlBase] = [body, base];
      break;
    }
    case 'L': {
      const rel = a.rel || 'alternate';
      if (!a.href) d.link ??= resolveUrl(value(node), base);
      else if (rel === 'alternate') d.link ??= resolveUrl(a.href, base);
      else if (rel === 'enclosure') addEnclosure(d, a.href, a.type, a.length, base);
      else if (rel === 'replies' && /html/i.test(a.type ?? '')) d.comments ??= resolveUrl(a.href, base);
      break;
    }
    case 'G':
    case 'I': {
      const id = value(node);
      d.id ??= id;
      if (code === 'G' && a.ispermalink !== 'false') d.permalink ??= resolveUrl(id, base);
      break;
    }
    case 'P':
    case 'D':
    case 'U':
      d[DATE_KEYS[code]] ??= parseDate(text(), reader.timeZone);
      break;
    case 'N':
      d.language ??= value(node);
      break;
    case 'R':
      d.creators.push(plainText(text()));
      break;
    case 'A':
      d.authors.push(authorName(text()));
      break;
    case 'K':
      d.categories.push(value(node) || a.label || a.term || '');
      break;
    case 'E':
      addEnclosure(d, a.url, a.type, a.length, base);
      break;
    // The feed's image is only its RSS channel image or Atom logo/icon (as core/feed reads it).
    case 'H':
      if (!inFeed) d.images[0] ??= image(a.url, base, undefined, size(a.width), size(a.height));
      break;
    case 'J':
      if (!inFeed) d.images[3] ??= image(a.href, base);
      break;
    case 'X':
      d.alt ??= toText(text(), /html/i.test(a.type ?? ''));
      break;
    case 'O':
      d.comments ??= resolveUrl(value(node), base);
      break;
    default: // Atom logo, else icon
      d.images[code === 'Y' ? 0 : 1] ??= image(value(node), base);
  }
}

/**
 * Reads the children of one element (a channel, an item, a media:group or media:content). `prefix` is
 * 'raw:' for the arrays rss-parser hands back, '' for xml2js nodes below them.
 */
function readChildren(reader: Reader, d: Entry, node: unknown, base: string | undefined, prefix: string, inFeed: boolean): void {
  const kids = (name: string) => children(node, prefix + name);
  for (const [name, code] of FIELDS) {
    if (name === 'author' && reader.format === 'atom') {
      for (const author of kids(name)) for (const person of children(author, 'name')) d.authors.push(authorName(content(person)));
      continue;
    }
    for (const element of kids(name)) readField(reader, d, code, element, base, inFeed);
  }
  for (const group of kids('media:group')) readChildren(reader, d, group, withBase(group, base), '', inFeed);
  for (const media of inFeed ? [] : kids('media:content')) {
    const a = attrs(media);
    const mediaBase = withBase(media, base);
    const e = addEnclosure(d, a.url, a.type, a.filesize, mediaBase, -1);
    if (e) {
      d.media.add(e);
      const medium = a.medium;
      if (medium === 'image' || a.type?.startsWith('image/') || (!medium && !a.type && /\.(jpe?g|png|gif|webp|avif)(\?|$)/i.test(e.url)))
        d.images[1] ??= image(e.url, undefined, undefined, size(a.width), size(a.height));
    }
    readChildren(reader, d, media, mediaBase, '', inFeed);
  }
  if (inFeed && reader.format !== 'atom') {
    for (const channelImage of kids('image')) {
      const part = (name: string) => {
        const x = children(channelImage, name)[0];
        return x === undefined ? undefined : value(x);
      };
      d.images[2] ??= image(part('url'), withBase(channelImage, base), part('title'), size(part('width')), size(part('height')));
    }
  }
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

// A field whose content is one CDATA section and whitespace is, for the browser reader, the section as it is:
// the whitespace around it goes (xml2js would keep it, as it merges CDATA into the text).
const LONE_CDATA = /(<[^!?/<>][^<>]*>)\s*(<!\[CDATA\[(?:[^\]]|\](?!\]>))*\]\]>)\s*(?=<\/)/g;

type ParsedOutput = Record<string, unknown> & { items: Record<string, unknown>[] };

/**
 * Reads RSS 0.9x/2.0, RDF or Atom with rss-parser and maps it onto the feed model. JSON Feeds (which
 * rss-parser cannot read) go to the core JSON reader. Throws FeedError.
 */
export async function rssParserToFeed(text: string, url: string | undefined, timeZone = DEFAULT_TIME_ZONE): Promise<Feed> {
  const start = text.search(/[^\s\ufeff]/);
  if (start < 0) throw new FeedError('not-a-feed', 'The feed is empty.');
  if (text[start] === '{') return parseFeed(text, { url, timeZone });
  const format = rootFormat(text);
  if (!format) throw new FeedError('not-a-feed', 'This is not an RSS, Atom or RDF feed.');

  const parser = new Parser({
    defaultRSS: 2,
    xml2js: { strict: false, tagNameProcessors: [tagCanonicaliser(text, format)], attrNameProcessors: [(name: string) => name.toLowerCase()] },
    customFields: { feed: keep(RAW_CHILDREN), item: keep(RAW_CHILDREN) } as unknown as Parser.CustomFieldItem<Record<string, unknown>>,
  } as ConstructorParameters<typeof Parser>[0]);
  let output: ParsedOutput;
  try {
    output = (await parser.parseString(text.replace(LONE_CDATA, '$1$2'))) as unknown as ParsedOutput;
  } catch (error) {
    const message = (error as Error)?.message ?? String(error);
    if (/not recognized/i.test(message)) throw new FeedError('not-a-feed', message, { cause: error });
    // xml2js gives up on a feed cut off mid-way or nested too deep; DESIGN wants the complete items
    // before the cut, which the core reader (same normalising functions) recovers.
    return parseFeed(text, { url, timeZone });
  }

  const rootAttrs = (output['raw:$'] as Record<string, string> | undefined) ?? {};
  const base = resolveUrl(rootAttrs['xml:base'], url) ?? url;
  const reader: Reader = { format, timeZone, feed: newEntry(base) };
  if (rootAttrs['xml:lang']) reader.feed.language = rootAttrs['xml:lang'];
  readChildren(reader, reader.feed, output, base, 'raw:', true);
  const items = output.items.map((item) => {
    const itemAttrs = (item['raw:$'] as Record<string, string> | undefined) ?? {};
    const itemBase = resolveUrl(itemAttrs['xml:base'], base) ?? base;
    const d = newEntry(itemBase, itemAttrs['rdf:about']);
    readChildren(reader, d, item, itemBase, 'raw:', false);
    return finishItem(d, reader.feed.authors);
  });
  return finishFeed(format, reader.feed, items);
}
