// What a reader (XML or JSON) collects for one item or for the feed itself, and the one place that turns it
// into the model: image precedence, summary fallback, id fallback, authors, categories.
import { defined } from '../builtins.js';
import type { Feed, FeedEnclosure, FeedFormat, FeedImage, FeedItem } from './model.js';
import { absolutizeHtml, firstImage, htmlToText, image, plainText, resolveUrl, size, stableId, uniqueCategories } from './normalize.js';

export interface Entry {
  base?: string;
  id?: string;
  permalink?: string;
  title?: string;
  link?: string;
  summary?: string;
  /** The HTML the summary came from, searched for a first <img>. */
  summaryHtml?: string;
  html?: string;
  htmlBase?: string;
  /** Text-only content (Atom type="text"): the summary's fallback, and contentHtml once escaped. */
  text?: string;
  creators: string[];
  authors: string[];
  categories: string[];
  published?: string;
  /** dc:date: published for an item, updated for the feed. */
  date?: string;
  updated?: string;
  language?: string;
  /** Image candidates by precedence: media:thumbnail, media:content, image enclosure, itunes:image. */
  images: (FeedImage | undefined)[];
  /** Marks the enclosures that came from media:content (left out when one is the chosen image). One WeakSet
   * shared by every entry: nothing to allocate per item. */
  media: WeakSet<FeedEnclosure>;
  enclosures: FeedEnclosure[];
  comments?: string;
  /** media:description: the alt text of a media image. */
  alt?: string;
}

const mediaEnclosures = new WeakSet<FeedEnclosure>();
const ESCAPES = { '&': 'amp', '<': 'lt', '>': 'gt' };

export const newEntry = (base?: string, id?: string): Entry => ({
  base,
  id,
  creators: [],
  authors: [],
  categories: [],
  images: [],
  media: mediaEnclosures,
  enclosures: [],
});

/** Adds an enclosure; with an image/* type it is an image candidate of the given rank too. */
export function addEnclosure(d: Entry, href: unknown, type: unknown, length: unknown, base?: string, rank = 2) {
  const url = resolveUrl(href as string, base);
  if (!url) return;
  const e = defined({ url, type: type ? String(type) : undefined, length: size(length) });
  d.enclosures.push(e);
  if (e.type?.startsWith('image/')) d.images[rank] ??= image(url);
  return e;
}

export function finishItem(d: Entry, feedAuthors: string[]): FeedItem {
  const [thumbnail, media] = d.images;
  const img =
    d.images.find(Boolean) ??
    (d.summaryHtml ? firstImage(d.summaryHtml, d.base) : undefined) ??
    (d.html ? firstImage(d.html, d.htmlBase) : undefined);
  if (d.alt && img && !img.alt && (img === thumbnail || img === media)) img.alt = d.alt;
  const title = d.title ?? '';
  const link = d.link ?? d.permalink;
  const published = d.published ?? d.date;
  const author = uniqueCategories(d.creators[0] ? d.creators : d.authors[0] ? d.authors : feedAuthors).join(', ');
  const item: FeedItem = {
    id: d.id || link || stableId(title, published),
    title,
    summary: d.summary ?? (d.html ? htmlToText(d.html) : plainText(d.text ?? '')),
    categories: uniqueCategories(d.categories),
    enclosures: img && d.enclosures[0] ? d.enclosures.filter((e) => e.url !== img.url || !d.media.has(e)) : d.enclosures,
  };
  if (link) item.link = link;
  // Text-only content (Atom type="text") is HTML once escaped.
  const html = d.html ? absolutizeHtml(d.html, d.htmlBase) : d.text?.trim() && d.text.replace(/[&<>]/g, (c) => `&${ESCAPES[c as '&']};`);
  // NFC when it holds combining marks (how decomposed Vietnamese and other Latin text is written): a full
  // normalize() of every item's HTML was the largest single cost of a parse.
  if (html) item.contentHtml = /[\u0300-\u036f]/.test(html) ? html.normalize() : html;
  if (author) item.author = author;
  if (published) item.published = published;
  if (d.updated) item.updated = d.updated;
  if (img) item.image = img;
  if (d.comments) item.commentsUrl = d.comments;
  return item;
}

export function finishFeed(format: FeedFormat, d: Entry, items: FeedItem[]): Feed {
  return defined({
    format,
    title: d.title ?? '',
    link: d.link,
    description: d.summary || undefined,
    // BCP 47 writes subtags with "-": "en_US" is "en-US".
    language: d.language?.trim().replace(/_/g, '-') || undefined,
    updated: d.updated ?? d.date,
    // Atom logo, else icon; RSS channel <image> (what the feed's own enclosures might add comes after); itunes:image.
    image: d.images[0] ?? d.images[1] ?? d.images[2] ?? d.images[3],
    items,
  });
}
