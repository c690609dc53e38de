// RSS 0.9x/2.0, RDF and Atom in one tolerant pass. The scanner jumps from '<' to '<' with indexOf, keeps a
// stack of open elements (never recursion) and slices out only the model's fields. A DOCTYPE is skipped whole:
// its entities are never expanded and nothing is ever fetched.
import { newEntry, finishFeed, finishItem, type Entry } from './entry.js';
import { decodeEntities } from './entities.js';
import {
  AUTHOR_FIELDS,
  CONTAINERS,
  ENTRY_FIELDS,
  IMAGE_PARTS,
  elementBase,
  finishChannelImage,
  opens,
  readField,
  readImagePart,
  readMedia,
  type ChannelImage,
  type Container,
  type Field,
  type FieldReader,
  type ImagePart,
} from './fields.js';
import { FeedError, type Feed, type FeedFormat, type FeedItem } from './model.js';
import { TAG_END, attr } from './normalize.js';

// The element tables of fields.ts a frame reads its children with (TABLES[table]): the feed, an item and what is in
// them; an Atom author; an RSS channel image.
enum Table {
  Entry,
  Person,
  Image,
}
const TABLES: ReadonlyMap<string, Field | ImagePart>[] = [ENTRY_FIELDS, AUTHOR_FIELDS, new Map(IMAGE_PARTS.map((part) => [part, part]))];
const tableOf = (container: Container) => (container === 'person' ? Table.Person : container === 'channel-image' ? Table.Image : Table.Entry);
// Canonical prefix ← a piece of the namespace URI, so that <m:thumbnail xmlns:m="http://search.yahoo.com/mrss/">
// reads as media:thumbnail. The RSS 1.0 namespace maps to no prefix.
const NAMESPACES =
  'content=/modules/content dc=/dc/elements dcterms=/dc/terms media=/mrss itunes=itunes.com atom=/atom xhtml=/1999/xhtml =/rss/1.0 =userland.com/rss2';
// An open tag's name, then the rest of it: attributes up to the '>' (a quoted value may hold '>', never '<').
const NAME = /[^\s/>"'<]+/y;
const TAG_REST = new RegExp(TAG_END, 'y');

/** A tag name as written, with what it means here. */
interface Tag {
  name: string;
  /** `</tag` */
  close: string;
  lower: string;
  /** What it is as a child in each of TABLES, and the container it is in an entry frame. */
  codes: (Field | ImagePart | undefined)[];
  container?: Container;
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
  table: Table | -1;
  d: Entry;
  base?: string;
  /** This element is the item d belongs to. */
  item?: boolean;
  /** An RSS channel <image> (a Table.Image frame). */
  image?: ChannelImage;
  /** The last search for its close tag. */
  search: Search;
}

function after(text: string, token: string, from: number): number {
  const i = text.indexOf(token, from);
  return i < 0 ? text.length : i + token.length;
}

/** Element content as text: CDATA unwrapped, references decoded outside CDATA, inner tags left as written. */
const xmlText = (raw: string) => raw.replace(/<!\[CDATA\[([^]*?)(?:\]\]>|$)|[^<]+|</g, (part, cdata?: string) => cdata ?? decodeEntities(part));

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
  const cdataStarts = newSearch(),
    cdataEnds = newSearch();
  // The scanner's handle of an element is its attribute text; a field's content as written is text[rawStart, rawEnd).
  let rawStart = 0,
    rawEnd = 0;
  const reader: FieldReader<string> = { format: 'rss', timeZone, feed, attr, markup: () => text.slice(rawStart, rawEnd) };

  function open(tag: Tag, attrs: string, table: Table | -1, container?: Container) {
    const parent = stack[stack.length - 1];
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
    const base = elementBase(reader, attrs, parent ? parent.base : url);
    const frame: Frame = { lower: tag.lower, close: tag.close, table, base, d: parent?.d ?? feed, search: newSearch() };
    if (container === 'item') [frame.d, frame.item] = [newEntry(base, attr(attrs, 'rdf:about')), true];
    if (container === 'channel-image') frame.image = {};
    if (container === 'media') readMedia(reader, frame.d, attrs, base);
    if (!parent) [feed.base, feed.language] = [base, attr(attrs, 'xml:lang')];
    stack.push(frame);
  }

  function pop() {
    const frame = stack.pop()!;
    if (frame.image) finishChannelImage(feed, frame.image, frame.base);
    if (frame.item) items.push(finishItem(frame.d, feed.authors));
    done = !stack[0];
  }

  /** Where the `</tag` that ends a field's content is (-1: nowhere), CDATA skipped. Sets `inner` when the
   * content is one CDATA section and nothing else: then it is the text as it is. */
  let inner: string | undefined;
  /** Where `</tag` closes the element (not `</tagger`), from `from` on. */
  function closeAt(tag: Tag, from: number): number {
    let c = find(tag.search, tag.close, from);
    while (c >= 0 && !closes(tag, c)) c = find(tag.search, tag.close, c + 1);
    return c;
  }
  /** Whether `</tag` at `at` closes the element: `</tag>`, `</tag …`, not `</tagger`. */
  const closes = (tag: Tag, at: number) => {
    const c = text.charCodeAt(at + tag.close.length);
    return !(c > 32) || c === 62;
  };

  function fieldEnd(tag: Tag, lt: number): number {
    let section = find(cdataStarts, '<![CDATA[', rawStart);
    inner = undefined;
    // The content starts at rawStart; lt is the first '<' from there on (-1: none).
    if (section >= 0 && section === lt && !text.slice(rawStart, section).trim()) {
      const end = find(cdataEnds, ']]>', section);
      const c = end < 0 ? -1 : closeAt(tag, end);
      if (c < 0 || !text.slice(end + 3, c).trim()) {
        if (c >= 0) inner = text.slice(section + 9, end);
        return c;
      }
    }
    for (let p = rawStart; ; p = find(cdataEnds, ']]>', section)) {
      const c = p < 0 ? -1 : closeAt(tag, p);
      section = find(cdataStarts, '<![CDATA[', p);
      if (c < 0 || section < 0 || section > c) return c;
    }
  }

  /** The tag, if its name is written at `at` (a shortcut of NAME for the names seen before). */
  function written(tag: Tag | undefined, at: number): Tag | undefined {
    return tag && '> /\n'.includes(text[at + tag.name.length]) && text.startsWith(tag.name, at) ? tag : undefined;
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
        const gt = after(text, '>', lt),
          bracket = text.slice(lt, gt).indexOf('[');
        const subsetEnd = /\]\s*>/g;
        subsetEnd.lastIndex = lt + bracket;
        pos = bracket < 0 ? gt : subsetEnd.exec(text) ? subsetEnd.lastIndex : text.length;
      }
      continue;
    }
    if (next === 47 /* / */) {
      pos = after(text, '>', lt);
      const lower = text
        .slice(lt + 2, pos - 1)
        .trim()
        .toLowerCase();
      let i = stack.length;
      while (i-- && stack[i].lower !== lower);
      while (i >= 0 && stack[i]) pop();
      continue;
    }
    // Items repeat their tags in the same order: the tag that came after the last one is tried first, then the
    // last one again (a list: <category>, <category>).
    let tag = written(last?.next, lt + 1) ?? written(last, lt + 1);
    let end = tag ? lt + 1 + tag.name.length : 0;
    if (!tag) {
      NAME.lastIndex = lt + 1;
      if (!NAME.test(text)) {
        pos = lt + 1;
        continue;
      }
      end = NAME.lastIndex;
      const name = text.slice(lt + 1, end);
      tag = names.get(name);
      if (!tag) {
        const lower = name.toLowerCase();
        const colon = lower.indexOf(':');
        const prefix = prefixes.get(lower.slice(0, colon));
        const canonical = colon < 0 || prefix === undefined ? lower : prefix ? prefix + lower.slice(colon) : lower.slice(colon + 1);
        const codes = TABLES.map((table) => table.get(canonical));
        const container = CONTAINERS.get(canonical);
        names.set(name, (tag = { name, close: '</' + name, lower, codes, container, search: newSearch() }));
      }
    }
    let attrs = '';
    if (text.charCodeAt(end) === 62) pos = end + 1;
    else {
      TAG_REST.lastIndex = end;
      if (!TAG_REST.test(text)) {
        pos = lt + 1;
        continue;
      }
      pos = TAG_REST.lastIndex;
      attrs = text.slice(end, pos - 1);
    }
    if (last && last !== tag) last.next = tag;
    last = tag;
    const selfClosing = attrs.endsWith('/');
    if (selfClosing) attrs = attrs.slice(0, -1);
    const { lower } = tag;
    const frame = stack[stack.length - 1];
    if (!frame) {
      const local = lower.slice(lower.indexOf(':') + 1);
      format = local === 'feed' ? 'atom' : local === 'rss' || local === 'rdf' ? local : undefined;
      if (!format)
        throw new FeedError(
          'not-a-feed',
          /^(html|head|body|title|meta)$/.test(local) ? 'This is an HTML page, not a feed.' : `This is <${lower}> XML, not an RSS, Atom or RDF feed.`,
        );
      reader.format = format;
      open(tag, attrs, Table.Entry);
      continue;
    }

    // Containers open only inside entry frames, and only where fields.ts's `opens` says (an item only in the feed, an
    // author only in Atom: in RSS it is a field). A container that does not open is read as a field if it is one.
    const container = frame.table === Table.Entry ? tag.container : undefined;
    const table = container && opens(container, format!, frame.d === feed) ? tableOf(container) : -1;
    const code = table < 0 && tag.codes[frame.table];
    if (code) {
      let value = '';
      rawStart = rawEnd = pos;
      if (!selfClosing) {
        // Fast path: plain text up to the close tag.
        const lt2 = text.indexOf('<', pos);
        if (lt2 >= 0 && text.startsWith(tag.close, lt2) && closes(tag, lt2)) {
          value = decodeEntities(text.slice(pos, (rawEnd = lt2)));
          pos = after(text, '>', lt2);
        } else {
          const close = fieldEnd(tag, lt2);
          const section = find(cdataStarts, '<![CDATA[', pos);
          // A field left unclosed: its close tag comes only after the end of its container (a CDATA section may
          // hold anything, so a field with one is taken as it is).
          const containerEnd = (section < 0 || section > close) && lt2 < close ? find(frame.search, frame.close, pos) : -1;
          if (close < 0 || (containerEnd >= 0 && containerEnd < close)) rawEnd = lt2 < 0 ? text.length : lt2;
          else pos = after(text, '>', (rawEnd = close));
          value = inner ?? xmlText(text.slice(rawStart, rawEnd));
        }
      }
      if (frame.image) readImagePart(frame.image, code as ImagePart, value);
      else readField(reader, frame.d, code as Field, attrs, value, frame.base);
    } else if (stack.length < 256) {
      open(tag, attrs, table, container);
      if (selfClosing) pop();
    }
  }

  if (!done && !items[0] && feed.title === undefined)
    throw new FeedError('malformed', 'The feed is cut off or broken before its title or first item.');
  return finishFeed(format!, feed, items);
}
