// The widget server's own JSON Feed (docs/server-api.md#json-feed-output) is already normalised, by the server,
// with parseFeed's rules. This reads it into the same Feed that parseFeed would give, by a plain mapping: no
// entity decoding, no date or HTML reading, so a page on the widget server never downloads the full readers.
// Anything else — another JSON Feed, a server answer not in that exact shape — gives undefined, and the caller
// hands the text to parseFeed.
import { defined } from '../builtins.js';
import { DEFAULT_MAX_LENGTH, type Feed, type FeedEnclosure, type FeedImage, type FeedItem } from './model.js';
import { servedBulletin } from './served-bulletin.js';
import { absolutizeHtml, resolveUrl } from './urls.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** Date.prototype.toISOString() output, the only date form the server writes. */
const ISO_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/** Thrown inside the mapping when the document is not in the server's shape. */
const NOT_SERVED = new Error('not the widget server shape');

const optionalString = (v: Json): string | undefined => {
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw NOT_SERVED;
  return v;
};
const text = (v: Json): string => optionalString(v) ?? '';
const date = (v: Json): string | undefined => {
  const value = optionalString(v);
  if (value !== undefined && !ISO_UTC.test(value)) throw NOT_SERVED;
  return value;
};
const size = (v: Json): number | undefined => (typeof v === 'number' && v >= 0 ? v : undefined);

function image(full: Json, plain: Json, base: string | undefined): FeedImage | undefined {
  if (full !== undefined) {
    const url = resolveUrl(optionalString(full?.url), base);
    if (!url) throw NOT_SERVED;
    return defined({ url, alt: optionalString(full.alt), width: size(full.width), height: size(full.height) });
  }
  const url = resolveUrl(optionalString(plain), base);
  return url ? { url } : undefined;
}

function item(o: Json, base: string | undefined): FeedItem {
  const id = optionalString(o?.id);
  if (!id) throw NOT_SERVED;
  const authors: Json[] = o.authors ?? [];
  const tags: Json[] = o.tags ?? [];
  const attachments: Json[] = o.attachments ?? [];
  if (!Array.isArray(authors) || !Array.isArray(tags) || !Array.isArray(attachments)) throw NOT_SERVED;
  const html = optionalString(o.content_html)?.trim() ? (o.content_html as string) : undefined;
  const summary = optionalString(o.summary)?.trim() ? (o.summary as string) : text(o.content_text).trim();
  // Without a summary parseFeed reads one out of the HTML: that needs the full reader.
  if (!summary && html) throw NOT_SERVED;
  const enclosures = attachments.map((a): FeedEnclosure => {
    const url = resolveUrl(optionalString(a?.url), base);
    if (!url) throw NOT_SERVED;
    return defined({ url, type: optionalString(a.mime_type) || undefined, length: size(a.size_in_bytes) });
  });
  const picture = image(o._bantin?.image, o.image, base);
  // Without a picture parseFeed looks for one in the HTML: that needs the full reader too.
  if (!picture && html && /<img[\s/>]/i.test(html)) throw NOT_SERVED;
  const served = o._bantin?.bulletin;
  const bulletin = served === undefined ? undefined : servedBulletin(served);
  if (served !== undefined && !bulletin) throw NOT_SERVED;
  return defined<FeedItem>({
    id,
    title: text(o.title),
    link: resolveUrl(optionalString(o.url), base),
    summary,
    contentHtml: html && absolutizeHtml(html, base),
    author: optionalString(authors[0]?.name) || undefined,
    categories: tags.map(text),
    published: date(o.date_published),
    updated: date(o.date_modified),
    image: picture,
    enclosures,
    commentsUrl: resolveUrl(optionalString(o._bantin?.commentsUrl), base),
    bulletin,
  });
}

/** The Feed of a widget server JSON Feed answered from `url`, or undefined when `source` is anything else. */
export function readServerJson(source: string, url: string | undefined): Feed | undefined {
  // A longer text goes to parseFeed, which refuses it.
  if (source.length > DEFAULT_MAX_LENGTH) return undefined;
  let data: Json;
  try {
    data = JSON.parse(source);
  } catch {
    return undefined;
  }
  if (typeof data?._bantin?.format !== 'string' || !Array.isArray(data.items) || data.version !== 'https://jsonfeed.org/version/1.1')
    return undefined;
  try {
    return defined<Feed>({
      format: 'json',
      title: text(data.title),
      link: resolveUrl(optionalString(data.home_page_url), url),
      description: optionalString(data.description) || undefined,
      language: optionalString(data.language)?.trim() || undefined,
      updated: date(data._bantin.updated),
      image: image(data._bantin.image, data.icon, url),
      items: data.items.map((o: Json) => item(o, url)),
    });
  } catch (error) {
    if (error === NOT_SERVED) return undefined;
    throw error;
  }
}
