// RSS 0.9x/2.0, RDF and Atom in one tolerant pass. The scanner jumps from '<' to '<' with indexOf, keeps a
// stack of open elements (never recursion) and slices out only the model's fields. A DOCTYPE is skipped whole:
// its entities are never expanded and nothing is ever fetched.
import { parseDate } from './dates.js';
import { newEntry, addEnclosure, finishFeed, finishItem, type Entry } from './entry.js';
import { decodeEntities } from './entities.js';
import { FeedError, type Feed, type FeedFormat, type FeedItem } from './model.js';
import { attr, authorName, htmlToText, image, plainText, resolveUrl, size } from './normalize.js';

/** Element name → what it holds, from "CODE name name … CODE name …" (names are lower case, codes are not). */
function table(spec: string): Map<string, string> {
  const map = new Map<string, string>();
  let code = '';
  for (const word of spec.split(' ')) word < 'a' ? (code = word) : map.set(word, code);
  return map;
}

const FIELDS = table(
  'T title S description summary B subtitle tagline C content:encoded content L link atom:link G guid I id P pubdate published issued D dc:date U updated modified lastbuilddate N language dc:language R dc:creator A author K category dc:subject E enclosure H media:thumbnail J itunes:image X media:description O comments Y logo Z icon',
);
// The field tables a frame reads with: 0 the feed and its items, 1 an Atom author, 2 an RSS channel image.
const TABLES = [FIELDS, table('A name'), table('W url width height title')];
// Elements that open a frame inside a table-0 frame: name → the table the new frame reads with, then its kind.
const CONTAINERS = table('0 channel media:group 0media media:content 0item item entry 2image image 1 author');
// Canonical prefix ← a piece of the namespace URI, so that <m:thumbnail xmlns:m="http://search.yahoo.com/mrss/">
// reads as media:thumbnail. The RSS 1.0 namespace maps to no prefix.
const NAMESPACES = 'content=/modules/content dc=/dc/elements media=/mrss itunes=itunes.com atom=/atom =/rss/1.0';
const OPEN_TAG = /([^\s/>"'<]+)([^>"'<]*(?:(?:"[^"<]*"|'[^'<]*')[^>"'<]*)*)>/y;

/** A tag name as written, with what it means here. */
interface Tag {
  /** `<tag>` */
  open: string;
  /** `</tag` */
  close: string;
  lower: string;
  /** With the canonical namespace prefix: media:thumbnail. */
  name: string;
  /** Its field code in each table, and what it opens inside a table-0 frame. */
  codes: (string | undefined)[];
  container?: string;
  /** The tag that came after this one last time: items repeat their tags in the same order. */
  next?: Tag;
  /** The last search for its close tag. */
  search: Search;
}

/** The last search for a token: from where, and where it was found (Infinity: nowhere after `from`). */
interface Search {
  from: number;
  at: number;
}
const newSearch = (): Search => ({ from: 1, at: -1 });

interface Frame {
  lower: string;
  close: string;
  /** The table of the fields read directly inside (TABLES); -1: its content is ignored. */
  table: number;
  d: Entry;
  base?: string;
  /** This element is the item d belongs to. */
  item?: boolean;
  /** An RSS channel <image>: url, width, height, title. */
  image?: Record<string, string>;
  /** The last search for its close tag. */
  search: Search;
}

function after(text: string, token: string, from: number): number {
  const i = text.indexOf(token, from);
  return i < 0 ? text.length : i + token.length;
}

/** Element content as text: CDATA unwrapped, references decoded outside CDATA, inner tags left as written. */
function xmlText(raw: string): string {
  let out = '';
  for (let p = 0; ; ) {
    const start = raw.indexOf('<![CDATA[', p);
    if (start < 0) return out + decodeEntities(raw.slice(p));
    const end = raw.indexOf(']]>', start);
    out += decodeEntities(raw.slice(p, start)) + raw.slice(start + 9, end < 0 ? undefined : end);
    if (end < 0) return out;
    p = end + 3;
  }
}

export function parseXml(text: string, start: number, url: string | undefined, timeZone: string): Feed {
  const prefixes = new Map<string, string>();
  const names = new Map<string, Tag>();
  const stack: Frame[] = [];
  const items: FeedItem[] = [];
  const feed = newEntry(url);
  let format: FeedFormat | undefined;
  let last: Tag | undefined;
  let done = false;
  let pos = start;
  // text.indexOf(token, from), remembered: a later search from inside the span already searched gets the same
  // answer for free. Reading only moves forward, so no part of the text is searched twice for the same token,
  // however many fields are left unclosed.
  function find(search: Search, token: string, from: number): number {
    if (from < search.from || from > search.at) {
      const at = text.indexOf(token, from);
      search.from = from;
      search.at = at < 0 ? Infinity : at;
    }
    return search.at === Infinity ? -1 : search.at;
  }
  const cdataStart = newSearch(), cdataEnd = newSearch();
  const toText = (value: string, html: boolean) => (html ? htmlToText(value) : plainText(value));

  /** An RSS field is HTML; an Atom text construct is text, html or xhtml by its type (Atom 0.3: a MIME type). */
  function construct(value: string, raw: string, type = ''): [string, boolean] {
    type = format === 'atom' ? type.toLowerCase() : 'html';
    if (!type.includes('xhtml')) return [value, type.includes('html')];
    // Atom xhtml: the markup without its wrapper div and xmlns attributes.
    const html = raw.trim().replace(/^<(\w+:)?div\b[^>]*>([^]*)<\/(\w+:)?div>$/, '$2');
    return [html.replace(/\sxmlns(:[\w-]+)?\s*=\s*("[^"]*"|'[^']*')/g, ''), true];
  }

  /** value: the content as text; raw: as written (only Atom xhtml needs it). */
  function readField(frame: Frame, code: string, name: string, attrs: string, value: string, raw: string) {
    const d = frame.d;
    const base = (attrs.includes('base') && resolveUrl(attr(attrs, 'xml:base'), frame.base)) || frame.base;
    const trimmed = value.trim();
    let content: string, html: boolean;
    switch (code) {
      case 'T':
        [content, html] = construct(value, raw, attr(attrs, 'type'));
        d.title ??= toText(content, html);
        break;
      case 'B': // subtitle, tagline: the feed's description only
      case 'S':
        if (code === 'B' && d !== feed) break;
        [content, html] = construct(value, raw, attr(attrs, 'type'));
        d.summary ??= toText(content, html);
        if (html) d.summaryHtml ??= content;
        break;
      case 'C':
        [content, html] = construct(value, raw, attr(attrs, 'type'));
        if (!content.trim()) break;
        if (!html) d.text ??= content;
        else if (!d.html) [d.html, d.htmlBase] = [content, base];
        break;
      case 'L': {
        const href = attr(attrs, 'href'), rel = attr(attrs, 'rel') || 'alternate';
        if (!href || rel === 'alternate') d.link ??= resolveUrl(href ?? trimmed, base);
        else if (rel === 'enclosure') addEnclosure(d, href, attr(attrs, 'type'), attr(attrs, 'length'), base);
        else if (rel === 'replies' && /html/i.test(attr(attrs, 'type')!)) d.comments ??= resolveUrl(href, base);
        break;
      }
      case 'G':
      case 'I':
        d.id ??= trimmed;
        if (code === 'G' && !/permalink\s*=\s*["']?\s*false/i.test(attrs)) d.permalink ??= resolveUrl(trimmed, base);
        break;
      case 'P':
      case 'D':
      case 'U':
        d[code === 'P' ? 'published' : code === 'D' ? 'date' : 'updated'] ??= parseDate(value, timeZone);
        break;
      case 'N':
        d.language ??= trimmed;
        break;
      case 'R':
        d.creators.push(plainText(value));
        break;
      case 'A':
        d.authors.push(authorName(value));
        break;
      case 'K':
        d.categories.push(trimmed || attr(attrs, 'label') || attr(attrs, 'term') || '');
        break;
      case 'E':
        addEnclosure(d, attr(attrs, 'url'), attr(attrs, 'type'), attr(attrs, 'length'), base);
        break;
      case 'H':
        if (d !== feed) d.images[0] ??= image(attr(attrs, 'url'), base, undefined, size(attr(attrs, 'width')), size(attr(attrs, 'height')));
        break;
      case 'J':
        if (d !== feed) d.images[3] ??= image(attr(attrs, 'href'), base);
        break;
      case 'X':
        d.alt ??= toText(value, /html/i.test(attrs));
        break;
      case 'O':
        d.comments ??= resolveUrl(trimmed, base);
        break;
      case 'W':
        frame.image![name] ??= trimmed;
        break;
      default: // Atom logo, else icon
        d.images[code === 'Y' ? 0 : 1] ??= image(trimmed, base);
    }
  }

  function open(tag: Tag, attrs: string, table: number, kind?: string) {
    const parent = stack[stack.length - 1];
    const a = (key: string) => attr(attrs, key);
    if (attrs.includes('xmlns:'))
      for (const [, prefix, uri] of attrs.matchAll(/\sxmlns:([^\s=]+)\s*=\s*["']([^"']*)/g))
        for (const entry of NAMESPACES.split(' ')) {
          const [canonical, piece] = entry.split('=');
          if (!uri.toLowerCase().includes(piece)) continue;
          prefixes.set(prefix.toLowerCase(), canonical === 'atom' && format === 'atom' ? '' : canonical);
          names.clear();
          last = undefined;
          break;
        }
    const base = resolveUrl(a('xml:base'), parent ? parent.base : url) ?? (parent ? parent.base : url);
    const frame: Frame = { lower: tag.lower, close: tag.close, table, base, d: parent?.d ?? feed, search: newSearch() };
    if (kind === 'item') [frame.d, frame.item] = [newEntry(base, a('rdf:about')), true];
    if (kind === 'image') frame.image = {};
    if (kind === 'media' && frame.d !== feed) {
      const d = frame.d, type = a('type'), medium = a('medium');
      const e = addEnclosure(d, a('url'), type, a('fileSize'), base, -1);
      if (e) {
        d.media.add(e);
        if (medium === 'image' || type?.startsWith('image/') || (!medium && !type && /\.(jpe?g|png|gif|webp|avif)(\?|$)/i.test(e.url)))
          d.images[1] ??= image(e.url, undefined, undefined, size(a('width')), size(a('height')));
      }
    }
    if (!parent) [feed.base, feed.language] = [base, a('xml:lang')];
    stack.push(frame);
  }

  function pop() {
    const frame = stack.pop()!;
    const img = frame.image;
    if (img) feed.images[2] ??= image(img.url, frame.base, img.title, size(img.width), size(img.height));
    if (frame.item) items.push(finishItem(frame.d, feed.authors));
    done = !stack[0];
  }

  /** Where the `</tag` that ends a field's content is (-1: nowhere), CDATA skipped. Sets `inner` when the
   * content is one CDATA section and nothing else: then it is the text as it is. */
  let inner: string | undefined;
  /** Where `</tag` closes the element (not `</tagger`), from `from` on. */
  function closeAt(tag: Tag, from: number): number {
    const { close, search } = tag;
    let c = find(search, close, from);
    while (c >= 0 && text.charCodeAt(c + close.length) > 32 && text[c + close.length] !== '>') c = find(search, close, c + 1);
    return c;
  }

  function fieldEnd(tag: Tag): number {
    let section = find(cdataStart, '<![CDATA[', pos);
    inner = undefined;
    if (section === pos || (section > pos && !text.slice(pos, section).trim())) {
      const end = find(cdataEnd, ']]>', section);
      const c = end < 0 ? -1 : closeAt(tag, end);
      if (c < 0 || c === end + 3 || !text.slice(end + 3, c).trim()) {
        if (c >= 0) inner = text.slice(section + 9, end);
        return c;
      }
    }
    for (let p = pos; ; p = find(cdataEnd, ']]>', section)) {
      const c = p < 0 ? -1 : closeAt(tag, p);
      section = find(cdataStart, '<![CDATA[', p);
      if (c < 0 || section < 0 || section > c) return c;
    }
  }

  while (!done) {
    const lt = text.indexOf('<', pos);
    if (lt < 0) break;
    const next = text.charCodeAt(lt + 1);
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      const token = next === 63 ? '?>' : text.startsWith('<!--', lt) ? '-->' : text.startsWith('<![CDATA[', lt) ? ']]>' : '';
      if (token) pos = after(text, token, lt);
      else {
        // A DOCTYPE, with an internal subset skipped whole when it has one.
        const gt = after(text, '>', lt), bracket = text.slice(lt, gt).indexOf('[');
        const subsetEnd = /\]\s*>/g;
        subsetEnd.lastIndex = lt + bracket;
        pos = bracket < 0 ? gt : subsetEnd.exec(text) ? subsetEnd.lastIndex : text.length;
      }
      continue;
    }
    if (next === 47 /* / */) {
      pos = after(text, '>', lt);
      const lower = text.slice(lt + 2, pos - 1).trim().toLowerCase();
      let i = stack.length;
      while (i-- && stack[i].lower !== lower);
      while (i >= 0 && stack[i]) pop();
      continue;
    }
    let tag = last?.next;
    let attrs = '';
    if (tag && text.startsWith(tag.open, lt)) pos = lt + tag.open.length;
    else {
      OPEN_TAG.lastIndex = lt + 1;
      const m = OPEN_TAG.exec(text);
      pos = m ? OPEN_TAG.lastIndex : lt + 1;
      if (!m) continue;
      attrs = m[2];
      tag = names.get(m[1]);
      if (!tag) {
        const lower = m[1].toLowerCase();
        const colon = lower.indexOf(':');
        const prefix = prefixes.get(lower.slice(0, colon));
        const name = colon < 0 || prefix === undefined ? lower : prefix ? prefix + lower.slice(colon) : lower.slice(colon + 1);
        const codes = TABLES.map((t) => t.get(name));
        const container = CONTAINERS.get(name);
        names.set(m[1], (tag = { open: `<${m[1]}>`, close: '</' + m[1], lower, name, codes, container, search: newSearch() }));
      }
    }
    if (last) last.next = tag;
    last = tag;
    const selfClosing = attrs.endsWith('/');
    if (selfClosing) attrs = attrs.slice(0, -1);
    const { lower, name } = tag;
    const frame = stack[stack.length - 1];
    if (!frame) {
      const local = lower.slice(lower.indexOf(':') + 1);
      format = local === 'feed' ? 'atom' : local === 'rss' || local === 'rdf' ? local : undefined;
      if (!format)
        throw new FeedError(
          'not-a-feed',
          /^(html|head|body|title|meta)$/.test(local) ? 'This is an HTML page, not a feed.' : `This is <${lower}> XML, not an RSS, Atom or RDF feed.`,
        );
      open(tag, attrs, 0);
      continue;
    }

    // An item or an image opens only at the feed's level, an author only in Atom (in RSS it is a field).
    const container = frame.table === 0 ? tag.container : undefined;
    let table = container ? +container[0] : -1;
    const kind = container?.slice(1);
    if ((kind === 'item' || kind === 'image') && frame.d !== feed) table = -1;
    if (format === 'atom' ? kind === 'image' : table === 1) table = -1;
    const code = table < 0 && tag.codes[frame.table];
    if (code) {
      let raw = '';
      inner = undefined;
      if (!selfClosing) {
        const end = fieldEnd(tag);
        const section = find(cdataStart, '<![CDATA[', pos);
        raw = text.slice(pos, end < 0 ? pos : end);
        // A field left unclosed: its close tag comes only after the end of its container (a CDATA section may
        // hold anything, so a field with one is taken as it is).
        const containerEnd = (section < 0 || section > end) && raw.includes('<') ? find(frame.search, frame.close, pos) : -1;
        if (end < 0 || (containerEnd >= 0 && containerEnd < end)) {
          const lt2 = text.indexOf('<', pos);
          raw = text.slice(pos, lt2 < 0 ? undefined : lt2);
        } else pos = text.charCodeAt(end + tag.close.length) === 62 ? end + tag.close.length + 1 : after(text, '>', end);
      }
      readField(frame, code, name, attrs, inner ?? xmlText(raw), raw);
    } else if (stack.length < 256) {
      open(tag, attrs, table, kind);
      if (selfClosing) pop();
    }
  }

  if (!done && !items[0] && feed.title === undefined)
    throw new FeedError('malformed', 'The feed is cut off or broken before its title or first item.');
  return finishFeed(format!, feed, items);
}
