// JSON Feed 1.0 / 1.1, plus the `_bantin` extension the widget server writes for what JSON Feed cannot say:
// item `_bantin: { image?: FeedImage, commentsUrl?: string, bulletin?: ItemBulletin }`, feed `_bantin: { updated?: string, image?: FeedImage }`.
import { parseDate } from './dates.js';
import { newEntry, addEnclosure, finishFeed, finishItem } from './entry.js';
import { FeedError, type Feed, type FeedImage } from './model.js';
import { image, plainText, resolveUrl } from './normalize.js';
import { servedBulletin } from './served-bulletin.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const string = (v: Json): string | undefined => (typeof v === 'string' ? v : undefined);
const list = (v: Json): Json[] => (Array.isArray(v) ? v : []);
const number = (v: Json): number | undefined => (typeof v === 'number' ? v : undefined);
const text = (v: Json) => plainText(string(v) ?? '');

/** A FeedImage of the extension (alt and size included), else one from a plain URL. */
function jsonImage(full: Json, url: Json, base?: string): FeedImage | undefined {
  return image(string(full?.url), base, string(full?.alt), number(full?.width), number(full?.height)) ?? image(string(url), base);
}

export function parseJsonFeed(source: string, url: string | undefined, timeZone: string): Feed {
  let data: Json;
  try {
    data = JSON.parse(source);
  } catch (error) {
    throw new FeedError('malformed', `The JSON Feed is malformed: ${(error as Error).message}`, { cause: error });
  }
  if (!Array.isArray(data?.items) || !/^https?:\/\/jsonfeed\.org\/version\//.test(data.version))
    throw new FeedError('not-a-feed', 'This is JSON, but not a JSON Feed.');
  const base = url ?? string(data.feed_url);
  const date = (v: Json) => parseDate(string(v), timeZone);
  const items = data.items.map((o: Json) => {
    o = o && typeof o === 'object' ? o : {};
    const d = newEntry(base, typeof o.id === 'number' ? String(o.id) : string(o.id));
    const html = string(o.content_html)?.trim() && o.content_html;
    d.title = text(o.title);
    d.link = resolveUrl(string(o.url), base);
    d.summary = string(o.summary)?.trim() ? text(o.summary) : undefined;
    [d.html, d.htmlBase] = [html, base];
    // content_text is only the summary's fallback here: the widget server writes it for every item without HTML.
    if (!html) d.summary ??= text(o.content_text);
    d.authors = (list(o.authors)[0] ? list(o.authors) : [o.author]).map((a) => text(a?.name));
    d.categories = list(o.tags).filter(string);
    [d.published, d.updated] = [date(o.date_published), date(o.date_modified)];
    d.images[0] = jsonImage(o._bantin?.image, o.image, base);
    for (const a of list(o.attachments)) addEnclosure(d, string(a?.url), string(a?.mime_type), a?.size_in_bytes, base);
    d.comments = resolveUrl(string(o._bantin?.commentsUrl), base);
    const item = finishItem(d, []);
    const bulletin = servedBulletin(o._bantin?.bulletin);
    if (bulletin) item.bulletin = bulletin;
    return item;
  });
  const feed = newEntry(base);
  [feed.title, feed.summary, feed.language] = [text(data.title), text(data.description), string(data.language)];
  feed.link = resolveUrl(string(data.home_page_url), base);
  feed.updated = date(data._bantin?.updated);
  feed.images = [jsonImage(data._bantin?.image, data.icon, base) ?? image(string(data.favicon), base)];
  return finishFeed('json', feed, items);
}
