// Which XML element gives which field of the feed model, and how a field's value is applied to an Entry. This is
// the one copy of those rules for both XML readers: parseFeed's single-pass scanner (xml.ts) and the widget
// server's rss-parser adapter (server/src/feeds/to-feed.ts). A reader finds the elements and their text in its own
// way. It looks names up here and hands every field to readField, so the two readers cannot drift apart.
//
// Element names are canonical: lower case, with the usual namespace prefix whatever prefix the feed declared
// (<m:thumbnail xmlns:m="http://search.yahoo.com/mrss/"> is media:thumbnail; RSS 1.0 and Atom elements have none).
import { parseDate } from './dates.js';
import { addEnclosure, type Entry } from './entry.js';
import type { FeedFormat } from './model.js';
import { authorName, htmlToText, image, plainText, resolveUrl, size } from './normalize.js';

// ---- fields ------------------------------------------------------------------------------------------------

/** What an element gives when it is read as a field (readField applies it to an Entry). */
export enum Field {
  /** `<title>`: a text construct → title. */
  Title = 1,
  /** RSS `<description>`, Atom `<summary>`: a text construct → summary (and summaryHtml when it is HTML). */
  Summary = 2,
  /** Atom `<subtitle>`, Atom 0.3 `<tagline>`: as Summary, but read for the feed only. */
  Subtitle = 3,
  /** `<content:encoded>`, `<content>`: a text construct → html (with htmlBase), or text when it is not HTML. */
  Content = 4,
  /** `<link>`, `<atom:link>`: by rel: alternate (or none) → link, enclosure → an enclosure, replies (HTML) → comments. */
  Link = 5,
  /** RSS `<guid>` → id; also permalink unless isPermaLink="false". */
  Guid = 6,
  /** Atom `<id>` → id. */
  Id = 7,
  /** `<pubDate>`, Atom `<published>`, Atom 0.3 `<issued>` → published. */
  Published = 8,
  /** `<dc:date>` → date (published for an item, updated for the feed). */
  Date = 9,
  /** Atom `<updated>`, Atom 0.3 `<modified>`, `<lastBuildDate>` → updated. */
  Updated = 10,
  /** `<language>`, `<dc:language>` → language. */
  Language = 11,
  /** `<dc:creator>` → creators. */
  Creator = 12,
  /** RSS `<author>` ("email (Name)" → Name), Atom `<author><name>` → authors. */
  Author = 13,
  /** `<category>`, `<dc:subject>` → categories; an empty Atom category gives its label, else its term. */
  Category = 14,
  /** `<enclosure url type length>` → an enclosure (an image/* one is image candidate 2). */
  Enclosure = 15,
  /** `<media:thumbnail url width height>` → image candidate 0, items only. */
  Thumbnail = 16,
  /** `<itunes:image href>` (or `url`) → image candidate 3: an item's last choice, the feed's after its channel image. */
  ItunesImage = 17,
  /** `<media:description>` → alt (HTML when its type says so). */
  MediaDescription = 18,
  /** RSS `<comments>` → comments. */
  Comments = 19,
  /** Atom `<logo>` → image 0 (the feed's image first of all). */
  Logo = 20,
  /** Atom `<icon>` → image 1. */
  Icon = 21,
}

/**
 * The fields read directly inside the feed (its root or `<channel>`), an item or entry, and a `<media:group>` or
 * `<media:content>` inside them. The order is the order the server reads them in (xml2js groups children by name),
 * so where several elements add to one list (enclosures), the proxy keeps this order.
 */
export const ENTRY_FIELDS: ReadonlyMap<string, Field> = new Map(
  // The names of each Field, in Field order.
  'title dc:title,description summary dc:description,subtitle tagline,content:encoded content body xhtml:body fullitem,link atom:link,guid,id,pubdate published issued dcterms:issued,dc:date,updated modified lastbuilddate dcterms:modified,language dc:language,dc:creator,author dc:author itunes:author,category dc:subject itunes:category,enclosure,media:thumbnail,itunes:image,media:description,comments,logo,icon'
    .split(',')
    .flatMap((names, i) => names.split(' ').map((name) => [name, (i + 1) as Field])),
);

/** The fields read inside an Atom `<author>`. */
export const AUTHOR_FIELDS: ReadonlyMap<string, Field> = new Map<string, Field>([['name', Field.Author]]);

/** The parts of an RSS/RDF channel `<image>`: the feed's image is made of them when the image closes. */
export const IMAGE_PARTS = ['url', 'width', 'height', 'title'] as const;
export type ImagePart = (typeof IMAGE_PARTS)[number];
/** A channel `<image>` being read: each part's text, trimmed (the first of each wins). */
export type ChannelImage = Partial<Record<ImagePart, string>>;

// ---- containers --------------------------------------------------------------------------------------------

/**
 * What an element that holds fields is:
 * - `group`: `<channel>`, `<media:group>`: its fields belong to the entry it is in;
 * - `item`: `<item>`, `<entry>`: a new entry;
 * - `media`: `<media:content>`: an enclosure and image candidate (readMedia), and its fields belong to the entry;
 * - `channel-image`: the RSS/RDF channel `<image>`: IMAGE_PARTS;
 * - `person`: the Atom `<author>`: AUTHOR_FIELDS.
 */
export type Container = 'group' | 'item' | 'media' | 'channel-image' | 'person';

/** The containers among the children of the feed, an item, a `<media:group>` or a `<media:content>`. */
export const CONTAINERS: ReadonlyMap<string, Container> = new Map<string, Container>([
  ['channel', 'group'],
  ['media:group', 'group'],
  ['media:content', 'media'],
  ['item', 'item'],
  ['entry', 'item'],
  ['image', 'channel-image'],
  ['author', 'person'],
]);

/**
 * Whether a container opens where it is found (inFeed: among the feed's own children, not an item's). An item
 * or channel image opens only in the feed, a channel image not in Atom, and an Atom author only in Atom: an RSS
 * `<author>` is the Author field. An element that does not open is read as its field if it is one, else ignored.
 */
export function opens(container: Container, format: FeedFormat, inFeed: boolean): boolean {
  return container === 'item' ? inFeed : container === 'channel-image' ? inFeed && format !== 'atom' : container !== 'person' || format === 'atom';
}

// ---- applying a field --------------------------------------------------------------------------------------

/**
 * How readField sees a reader's elements: E is the reader's handle of one element (the browser's scanner: its
 * attribute text; the server: an xml2js node).
 */
export interface FieldReader<E> {
  /** An Atom text construct is text, html or xhtml by its type attribute; every RSS/RDF text field is HTML. */
  format: FeedFormat;
  /** The IANA zone of dates written without one. */
  timeZone: string;
  /** The feed's own entry: subtitles are read only into it, media:thumbnail, itunes:image and media:content never. */
  feed: Entry;
  /** An attribute's value, references decoded, by its name as the specs spell it (`isPermaLink`, `xml:base`). */
  attr(element: E, name: string): string | undefined;
  /** The element's content as XML markup, as written; asked only for an Atom type="xhtml" construct. */
  markup(element: E): string;
}

/** The base URL of an element: its own xml:base resolved against `base`, the base of the element it is in. */
export function elementBase<E>(r: FieldReader<E>, element: E, base: string | undefined): string | undefined {
  return resolveUrl(r.attr(element, 'xml:base'), base) ?? base;
}

const toText = (text: string, html: boolean) => (html ? htmlToText(text) : plainText(text));

/** [content, isHtml]: RSS and RDF fields are HTML; an Atom text construct follows its type (Atom 0.3: a MIME type). */
function construct<E>(r: FieldReader<E>, element: E, text: string): [string, boolean] {
  const type = r.format === 'atom' ? (r.attr(element, 'type') ?? '').toLowerCase() : 'html';
  if (!type.includes('xhtml')) return [text, type.includes('html')];
  // Atom xhtml: the markup without its wrapper div and xmlns attributes.
  const html = r
    .markup(element)
    .trim()
    .replace(/^<(?:\w+:)?div\b[^>]*>([^]*)<\/(?:\w+:)?div>$/, '$1');
  return [html.replace(/\sxmlns(?::[\w-]+)?\s*=\s*(?:"[^"]*"|'[^']*')/g, ''), true];
}

/**
 * Applies one field element to the entry d. text: its content as text (CDATA unwrapped, references decoded,
 * child elements as markup), not trimmed; base: the base URL of the element it is in (its own xml:base is
 * applied here). The first of a single-valued field wins; list fields collect every one.
 */
export function readField<E>(r: FieldReader<E>, d: Entry, field: Field, element: E, text: string, base: string | undefined): void {
  let content: string, html: boolean;
  switch (field) {
    case Field.Title:
      [content, html] = construct(r, element, text);
      d.title ??= toText(content, html);
      break;
    case Field.Subtitle: // the feed's description only
    case Field.Summary:
      if (field === Field.Subtitle && d !== r.feed) break;
      [content, html] = construct(r, element, text);
      d.summary ??= toText(content, html);
      if (html) d.summaryHtml ??= content;
      break;
    case Field.Content:
      [content, html] = construct(r, element, text);
      if (!content.trim()) break;
      if (!html) d.text ??= content;
      else if (!d.html) [d.html, d.htmlBase] = [content, elementBase(r, element, base)];
      break;
    case Field.Link: {
      const href = r.attr(element, 'href'),
        rel = r.attr(element, 'rel') || 'alternate';
      if (!href || rel === 'alternate') d.link ??= resolveUrl(href ?? text.trim(), elementBase(r, element, base));
      else if (rel === 'enclosure') addEnclosure(d, href, r.attr(element, 'type'), r.attr(element, 'length'), elementBase(r, element, base));
      else if (rel === 'replies' && /html/i.test(r.attr(element, 'type')!)) d.comments ??= resolveUrl(href, elementBase(r, element, base));
      break;
    }
    case Field.Guid:
    case Field.Id: {
      const id = text.trim();
      d.id ??= id;
      if (field === Field.Guid && !/^\s*false/i.test(r.attr(element, 'isPermaLink')!)) d.permalink ??= resolveUrl(id, elementBase(r, element, base));
      break;
    }
    case Field.Published:
      d.published ??= parseDate(text, r.timeZone);
      break;
    case Field.Date:
      d.date ??= parseDate(text, r.timeZone);
      break;
    case Field.Updated:
      d.updated ??= parseDate(text, r.timeZone);
      break;
    case Field.Language:
      d.language ??= text.trim();
      break;
    case Field.Creator:
      d.creators.push(authorName(text));
      break;
    case Field.Author:
      d.authors.push(authorName(text));
      break;
    case Field.Category:
      // itunes:category names itself in its text attribute (its content is a sub-category, not its name).
      d.categories.push(r.attr(element, 'text') ?? (text.trim() || r.attr(element, 'label') || r.attr(element, 'term') || ''));
      break;
    case Field.Enclosure:
      addEnclosure(d, r.attr(element, 'url'), r.attr(element, 'type'), r.attr(element, 'length'), elementBase(r, element, base));
      break;
    case Field.Thumbnail:
      if (d !== r.feed) {
        const url = r.attr(element, 'url'),
          width = size(r.attr(element, 'width')),
          height = size(r.attr(element, 'height'));
        d.images[0] ??= image(url, elementBase(r, element, base), undefined, width, height);
      }
      break;
    case Field.ItunesImage:
      d.images[3] ??= image(r.attr(element, 'href') ?? r.attr(element, 'url'), elementBase(r, element, base));
      break;
    case Field.MediaDescription:
      d.alt ??= toText(text, /html/i.test(r.attr(element, 'type')!));
      break;
    case Field.Comments:
      d.comments ??= resolveUrl(text.trim(), elementBase(r, element, base));
      break;
    case Field.Logo:
    case Field.Icon:
      d.images[field === Field.Logo ? 0 : 1] ??= image(text.trim(), elementBase(r, element, base));
  }
}

/**
 * A `<media:content>` in an item: an enclosure (its fileSize the length), and image candidate 1 when it is an
 * image (medium="image", an image/* type, or with neither an image file name). base: the element's own base.
 */
export function readMedia<E>(r: FieldReader<E>, d: Entry, element: E, base: string | undefined): void {
  if (d === r.feed) return;
  const type = r.attr(element, 'type'),
    medium = r.attr(element, 'medium');
  const e = addEnclosure(d, r.attr(element, 'url'), type, r.attr(element, 'fileSize'), base, -1);
  if (!e) return;
  d.media.add(e);
  if (medium === 'image' || type?.startsWith('image/') || (!medium && !type && /\.(jpe?g|png|gif|webp|avif)(\?|$)/i.test(e.url)))
    d.images[1] ??= image(e.url, undefined, undefined, size(r.attr(element, 'width')), size(r.attr(element, 'height')));
}

/** One part of a channel `<image>`: the first of each part wins. */
export function readImagePart(img: ChannelImage, part: ImagePart, text: string): void {
  img[part] ??= text.trim();
}

/** A channel `<image>` read whole (base: the element's own base) → the feed's image candidate 2. */
export function finishChannelImage(feed: Entry, img: ChannelImage, base: string | undefined): void {
  feed.images[2] ??= image(img.url, base, img.title, size(img.width), size(img.height));
}
