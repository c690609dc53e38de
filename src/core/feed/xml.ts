// RSS 0.9x/2.0, RDF and Atom in one tolerant pass. The scanner jumps from '<' to '<' with indexOf, keeps a
// stack of open elements (never recursion) and slices out only the model's fields. A DOCTYPE is skipped whole:
// its entities are never expanded and nothing is ever fetched.
import { parseDate } from './dates.js';
import { draft, enclosure, finishFeed, finishItem, type Draft } from './draft.js';
import { decodeEntities } from './entities.js';
import { FeedError, type Feed, type FeedFormat, type FeedItem } from './model.js';
import { attributes, authorName, htmlToText, image, plainText, resolveUrl, size } from './normalize.js';

/** Element name → what it holds, as "CODE name name … CODE name …". */
function table(spec: string): Map<string, string> {
  const map = new Map<string, string>();
  let code = '';
  for (const word of spec.split(' ')) word.length === 1 ? (code = word) : map.set(word, code);
  return map;
}

const FIELDS = table(
  'T title S description summary subtitle tagline C content:encoded content L link atom:link G guid I id P pubdate published issued D dc:date U updated modified lastbuilddate N language dc:language R dc:creator A author K category dc:subject E enclosure H media:thumbnail J itunes:image X media:description O comments Y logo Z icon',
);
const AUTHOR_FIELDS = table('A name');
const IMAGE_FIELDS = table('W url width height title');
const DATE_KEYS = { P: 'published', D: 'date', U: 'updated' } as const;

// Canonical prefix by namespace URI, so that <m:thumbnail xmlns:m="http://search.yahoo.com/mrss/"> is media:thumbnail.
const NAMESPACES: Record<string, string> = {
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://search.yahoo.com/mrss/': 'media',
  'http://www.itunes.com/dtds/podcast-1.0.dtd': 'itunes',
  'http://www.w3.org/2005/atom': 'atom',
  'http://purl.org/atom/ns#': 'atom',
  'http://purl.org/rss/1.0/': '',
};

const NO_ATTRIBUTES: Record<string, string> = {};
const OPEN_TAG = /([^\s/>"'<]+)([^>"'<]*(?:(?:"[^"<]*"|'[^'<]*')[^>"'<]*)*)>/y;
const MAX_DEPTH = 256;

/** A tag name as written, with what it means here. */
interface Tag {
  tag: string;
  /** `<tag>`, `</tag` */
  open: string;
  close: string;
  lower: string;
  /** With the canonical namespace prefix: media:thumbnail. */
  name: string;
  /** The tag that followed this one last time. */
  next?: Tag;
}

interface Frame {
  /** The tag lower-cased (close tags are matched case-insensitively), and its close tag as written. */
  lower: string;
  close: string;
  /** The fields read directly inside; undefined for an element whose content is ignored. */
  fields?: Map<string, string>;
  d: Draft;
  base?: string;
  /** This element is the item that d belongs to. */
  item?: boolean;
  /** An RSS channel <image>: its url, width, height, title. */
  image?: Record<string, string>;
}

function after(text: string, token: string, from: number): number {
  const i = text.indexOf(token, from);
  return i < 0 ? text.length : i + token.length;
}

/** Past a comment, a CDATA section or a DOCTYPE (its internal subset skipped whole, never read). */
function skipDeclaration(text: string, lt: number): number {
  if (text.startsWith('<!--', lt)) return after(text, '-->', lt);
  if (text.startsWith('<![CDATA[', lt)) return after(text, ']]>', lt);
  const gt = text.indexOf('>', lt);
  const bracket = text.indexOf('[', lt);
  if (bracket < 0 || (gt >= 0 && gt < bracket)) return gt < 0 ? text.length : gt + 1;
  const subsetEnd = /\]\s*>/g;
  subsetEnd.lastIndex = bracket;
  return subsetEnd.exec(text) ? subsetEnd.lastIndex : text.length;
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
  let last: Tag | undefined;
  const stack: Frame[] = [];
  const items: FeedItem[] = [];
  const feed = draft(url);
  let format: FeedFormat | undefined;
  let done = false;

  const value = (raw: string) => xmlText(raw).trim();
  const toText = (text: string, html: boolean) => (html ? htmlToText(text) : plainText(text));

  /** An RSS field is HTML; an Atom text construct is text, html or xhtml by its type (Atom 0.3: a MIME type). */
  function construct(raw: string, type = ''): [string, boolean] {
    if (format !== 'atom') return [xmlText(raw), true];
    type = type.toLowerCase();
    if (!type.includes('xhtml')) return [xmlText(raw), type.includes('html')];
    // Atom xhtml: the markup without its wrapper div and xmlns attributes.
    const html = raw.trim().replace(/^<(?:\w+:)?div\b[^>]*>([^]*)<\/(?:\w+:)?div>$/, '$1');
    return [html.replace(/\sxmlns(?::[\w-]+)?\s*=\s*("[^"]*"|'[^']*')/g, ''), true];
  }

  function readField(frame: Frame, code: string, name: string, attrs: string, raw: string) {
    const d = frame.d;
    const a = /=/.test(attrs) && code !== 'G' && (code > 'D' || format === 'atom') ? attributes(attrs) : NO_ATTRIBUTES;
    const base = a['xml:base'] ? (resolveUrl(a['xml:base'], frame.base) ?? frame.base) : frame.base;
    switch (code) {
      case 'T':
        d.title ??= toText(...construct(raw, a.type));
        break;
      case 'S': {
        const [text, html] = construct(raw, a.type);
        d.summary ??= toText(text, html);
        if (html) d.summaryHtml ??= text;
        break;
      }
      case 'C': {
        const [text, html] = construct(raw, a.type);
        if (!text.trim()) break;
        if (!html) d.text ??= text;
        else if (!d.html) [d.html, d.htmlBase] = [text, base];
        break;
      }
      case 'L': {
        const rel = a.rel || 'alternate';
        if (!a.href) d.link ??= resolveUrl(value(raw), base);
        else if (rel === 'alternate') d.link ??= resolveUrl(a.href, base);
        else if (rel === 'enclosure') enclosure(d, a.href, a.type, a.length, base);
        else if (rel === 'replies' && /html/i.test(a.type)) d.comments ??= resolveUrl(a.href, base);
        break;
      }
      case 'G':
      case 'I': {
        const id = value(raw);
        d.id ??= id;
        if (code === 'G' && !/permalink\s*=\s*["']?\s*false/i.test(attrs)) d.permalink ??= resolveUrl(id, base);
        break;
      }
      case 'P':
      case 'D':
      case 'U':
        d[DATE_KEYS[code]] ??= parseDate(xmlText(raw), timeZone);
        break;
      case 'N':
        d.language ??= value(raw);
        break;
      case 'R':
        d.creators.push(plainText(xmlText(raw)));
        break;
      case 'A':
        d.authors.push(authorName(xmlText(raw)));
        break;
      case 'K':
        d.categories.push(value(raw) || a.label || a.term || '');
        break;
      case 'E':
        enclosure(d, a.url, a.type, a.length, base);
        break;
      case 'H':
        d.images[0] ??= image(a.url, base, undefined, size(a.width), size(a.height));
        break;
      case 'J':
        d.images[3] ??= image(a.href, base);
        break;
      case 'X':
        d.alt ??= toText(xmlText(raw), /html/i.test(a.type));
        break;
      case 'O':
        d.comments ??= resolveUrl(value(raw), base);
        break;
      case 'W':
        frame.image![name] ??= value(raw);
        break;
      default: // Atom logo, else icon
        d.images[code === 'Y' ? 0 : 1] ??= image(value(raw), base);
    }
  }

  function open(lower: string, close: string, attrs: string, fields?: Map<string, string>, kind = '') {
    const parent = stack[stack.length - 1];
    const a = attrs.includes('=') ? attributes(attrs) : {};
    for (const name in a) {
      const uri = a[name].toLowerCase();
      const known = name.startsWith('xmlns:') ? (NAMESPACES[uri] ?? NAMESPACES[uri + '/']) : undefined;
      if (known !== undefined) {
        prefixes.set(name.slice(6), known === 'atom' && format === 'atom' ? '' : known);
        names.clear();
        last = undefined;
      }
    }
    const base = resolveUrl(a['xml:base'], parent?.base ?? url) ?? parent?.base ?? url;
    const frame: Frame = { lower, close, fields, base, d: parent?.d ?? feed };
    if (kind === 'item') {
      frame.d = draft(base, a['rdf:about']);
      frame.item = true;
    } else if (kind === 'image') frame.image = {};
    else if (kind === 'media') {
      const d = frame.d;
      const e = enclosure(d, a.url, a.type, a.filesize, base, -1);
      if (e) {
        d.media.add(e);
        const medium = a.medium;
        if (medium === 'image' || a.type?.startsWith('image/') || (!medium && !a.type && /\.(jpe?g|png|gif|webp|avif)(\?|$)/i.test(e.url)))
          d.images[1] ??= image(e.url, undefined, undefined, size(a.width), size(a.height));
      }
    }
    if (!parent) {
      feed.base = base;
      if (a['xml:lang']) feed.language = a['xml:lang'];
    }
    stack.push(frame);
  }

  function pop() {
    const frame = stack.pop()!;
    const img = frame.image;
    if (img) feed.images[2] ??= image(img.url, frame.base, img.title, size(img.width), size(img.height));
    if (frame.item) items.push(finishItem(frame.d, feed.authors));
    done = !stack.length;
  }

  let pos = start;
  // Where the next CDATA section starts (-1: none left), kept ahead of pos: one scan of the text in all.
  let cdata = 0;
  const nextCdata = (from: number) => (cdata >= 0 && cdata < from ? (cdata = text.indexOf('<![CDATA[', from)) : cdata);

  /** Index of the `</tag` that ends a field's content (CDATA skipped), or -1. */
  function fieldEnd(close: string): number {
    for (let p = pos; ; ) {
      let c = text.indexOf(close, p);
      while (c >= 0 && text.charCodeAt(c + close.length) > 32 && text[c + close.length] !== '>') c = text.indexOf(close, c + 1);
      const section = nextCdata(p);
      if (c < 0 || section < 0 || section > c) return c;
      p = text.indexOf(']]>', section);
      if (p < 0) return -1;
    }
  }

  while (!done) {
    const lt = text.indexOf('<', pos);
    if (lt < 0) break;
    const next = text[lt + 1];
    if (next === '!') {
      pos = skipDeclaration(text, lt);
      continue;
    }
    if (next === '?') {
      pos = after(text, '?>', lt);
      continue;
    }
    if (next === '/') {
      const gt = text.indexOf('>', lt);
      if (gt < 0) break;
      const lower = text.slice(lt + 2, gt).trim().toLowerCase();
      let i = stack.length;
      while (i-- && stack[i].lower !== lower);
      while (i >= 0 && stack.length > i) pop();
      pos = gt + 1;
      continue;
    }
    // Items repeat the same tags in the same order: first try the tag that followed the previous one last time.
    let known = last?.next;
    let attrs = '';
    if (known && text.startsWith(known.open, lt)) pos = lt + known.open.length;
    else {
      OPEN_TAG.lastIndex = lt + 1;
      const m = OPEN_TAG.exec(text);
      if (!m) {
        pos = lt + 1;
        continue;
      }
      pos = OPEN_TAG.lastIndex;
      const tag = m[1];
      attrs = m[2];
      if (known?.tag !== tag) known = names.get(tag);
      if (!known) {
        const lower = tag.toLowerCase();
        const colon = lower.indexOf(':');
        const prefix = colon < 0 ? undefined : prefixes.get(lower.slice(0, colon));
        const name = prefix === undefined ? lower : prefix ? prefix + lower.slice(colon) : lower.slice(colon + 1);
        names.set(tag, (known = { tag, open: `<${tag}>`, close: '</' + tag, lower, name }));
      }
    }
    if (last) last.next = known;
    last = known;
    const { lower, name, close } = known;
    const selfClosing = attrs.endsWith('/');
    if (selfClosing) attrs = attrs.slice(0, -1);

    const frame = stack[stack.length - 1];
    if (!frame) {
      const local = lower.slice(lower.indexOf(':') + 1);
      format = local === 'rss' ? 'rss' : local === 'feed' ? 'atom' : local === 'rdf' ? 'rdf' : undefined;
      if (!format)
        throw new FeedError(
          'not-a-feed',
          /^(html|head|body|title|meta)$/.test(local)
            ? 'This is an HTML page, not a feed (RSS, Atom or JSON Feed).'
            : `This is an XML document <${lower}>, not an RSS, Atom or RDF feed.`,
        );
      open(lower, close, attrs, FIELDS);
      continue;
    }

    const inFeed = frame.d === feed;
    let fields: Map<string, string> | undefined;
    let kind = '';
    if (frame.fields === FIELDS) {
      if (name === 'channel' || name === 'media:group') fields = FIELDS;
      else if (name === 'media:content') [fields, kind] = [FIELDS, 'media'];
      else if (inFeed && (name === 'item' || name === 'entry')) [fields, kind] = [FIELDS, 'item'];
      else if (inFeed && name === 'image' && format !== 'atom') [fields, kind] = [IMAGE_FIELDS, 'image'];
      else if (name === 'author' && format === 'atom') fields = AUTHOR_FIELDS;
    }
    const code = !fields && frame.fields?.get(name);
    if (code) {
      let raw = '';
      if (!selfClosing) {
        const end = fieldEnd(close);
        const section = nextCdata(pos);
        raw = end < 0 ? '' : text.slice(pos, end);
        // A field left unclosed: its close tag comes only after the end of its container (a CDATA section
        // may hold anything, so a field with one is taken as it is).
        if (end < 0 || ((section < 0 || section > end) && raw.indexOf('<') >= 0 && raw.indexOf(frame.close) >= 0)) {
          const lt2 = text.indexOf('<', pos);
          raw = text.slice(pos, lt2 < 0 ? undefined : lt2);
        } else pos = after(text, '>', end);
      }
      readField(frame, code, name, attrs, raw);
    } else if (fields || stack.length < MAX_DEPTH) {
      open(lower, close, attrs, fields, kind);
      if (selfClosing) pop();
    }
  }

  if (!format) throw new FeedError('malformed', 'The feed ends before its first element.');
  if (!done && !items.length && feed.title === undefined)
    throw new FeedError('malformed', 'The feed is cut off or broken before its title or first item.');
  return finishFeed(format, feed, items);
}
