// rss-parser's output → the feed model, with the browser reader's own element table and field rules
// (src/core/feed/fields.ts) and its entries (src/core/feed/entry.ts: image precedence, summary/id/author
// fallbacks), so the proxy and the browser agree.
//
// rss-parser (xml2js underneath) reads the XML; its own summary fields drop too much (Atom link rels, text
// construct types, media:*), so every field is taken from the raw element arrays it hands back through
// `customFields` (keepArray) and applied with readField, as parseFeed does. Tag names are canonicalised while
// parsing — namespace prefixes by URI, names lower-cased as in the browser reader. This file knows only how to
// find an element's children, attributes and text in xml2js output; what they mean is fields.ts's business.
import Parser from 'rss-parser';
import {
  AUTHOR_FIELDS,
  CONTAINERS,
  DEFAULT_TIME_ZONE,
  ENTRY_FIELDS,
  FeedError,
  IMAGE_PARTS,
  elementBase,
  finishChannelImage,
  finishFeed,
  finishItem,
  newEntry,
  opens,
  parseFeed,
  readField,
  readImagePart,
  readMedia,
  resolveUrl,
  type ChannelImage,
  type Entry,
  type Feed,
  type FeedFormat,
  type Field,
  type FieldReader,
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
// The few names rss-parser looks up in camel case. Tag names are written so while parsing (it needs them), so the
// canonical names of fields.ts are looked up in this spelling.
const RSS_PARSER_SPELLING: Record<string, string> = { pubdate: 'pubDate', lastbuilddate: 'lastBuildDate', 'rdf:rdf': 'rdf:RDF' };
const spelled = (name: string) => RSS_PARSER_SPELLING[name] ?? name;
// Children rss-parser is asked to hand back raw: the element's attributes, every field and every container
// (but items: rss-parser lists those itself).
const RAW_CHILDREN = [
  ...new Set(['$', ...ENTRY_FIELDS.keys(), ...[...CONTAINERS].filter(([, container]) => container !== 'item').map(([name]) => name)]),
].map(spelled);
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

// ---- the mapping: src/core/feed/fields.ts over xml2js nodes -------------------------------------------------

type Reader = FieldReader<XNode>;

function newReader(format: FeedFormat, timeZone: string, feed: Entry): Reader {
  return {
    format,
    timeZone,
    feed,
    // xml2js hands attribute names back lower-cased (attrNameProcessors below).
    attr: (node, name) => attrs(node)[name.toLowerCase()],
    markup: (node) => content(node, true),
  };
}

/** Reads the fields of `table` among the children of `node` into d, in the table's order. */
function readFields(reader: Reader, d: Entry, table: ReadonlyMap<string, Field>, node: unknown, base: string | undefined, prefix = ''): void {
  for (const [name, field] of table) {
    // A field that is also a container where it stands (an Atom <author>) is read as the container.
    const container = CONTAINERS.get(name);
    if (container && opens(container, reader.format, d === reader.feed)) continue;
    for (const element of children(node, prefix + spelled(name))) readField(reader, d, field, element, content(element), base);
  }
}

/**
 * Reads the children of one element (the feed, an item, a media:group or media:content) as parseFeed does:
 * its fields, then its containers. `prefix` is 'raw:' for the arrays rss-parser hands back, '' for xml2js
 * nodes below them.
 */
function readChildren(reader: Reader, d: Entry, node: unknown, base: string | undefined, prefix: string): void {
  readFields(reader, d, ENTRY_FIELDS, node, base, prefix);
  for (const [name, container] of CONTAINERS) {
    // Items are rss-parser's own list (rssParserToFeed).
    if (container === 'item' || !opens(container, reader.format, d === reader.feed)) continue;
    for (const element of children(node, prefix + spelled(name))) {
      const own = elementBase(reader, element, base);
      if (container === 'person') readFields(reader, d, AUTHOR_FIELDS, element, own);
      else if (container === 'channel-image') {
        const img: ChannelImage = {};
        for (const part of IMAGE_PARTS) for (const x of children(element, part)) readImagePart(img, part, content(x));
        finishChannelImage(reader.feed, img, own);
      } else {
        if (container === 'media') readMedia(reader, d, element, own);
        readChildren(reader, d, element, own, '');
      }
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
  const reader = newReader(format, timeZone, newEntry(base));
  if (rootAttrs['xml:lang']) reader.feed.language = rootAttrs['xml:lang'];
  readChildren(reader, reader.feed, output, base, 'raw:');
  const items = output.items.map((item) => {
    const itemAttrs = (item['raw:$'] as Record<string, string> | undefined) ?? {};
    const itemBase = resolveUrl(itemAttrs['xml:base'], base) ?? base;
    const d = newEntry(itemBase, itemAttrs['rdf:about']);
    readChildren(reader, d, item, itemBase, 'raw:');
    return finishItem(d, reader.feed.authors);
  });
  return finishFeed(format, reader.feed, items);
}
