// Normalisation rules of DESIGN.md as pure string functions, shared by parseFeed and the widget server.
import { decodeEntities, windows1252 } from './entities.js';
import type { FeedImage } from './model.js';
import { resolveUrl } from './urls.js';

export { decodeEntities } from './entities.js';
export { absolutizeHtml, resolveUrl } from './urls.js';

// Text made only of characters that are NFC whatever precedes them, with no control character, no space but
// U+0020 and no double space, needs no work but a trim. Vietnamese, typographic quotes and emoji qualify.
// eslint-disable-next-line no-misleading-character-class -- surrogate halves are matched one by one on purpose (no u flag: faster)
const NOT_SIMPLE = /[^ -~\xa1-\u02ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e\u20a0-\u20cf\ud83c-\ud83e\udc00-\udfff]| {2}/;
const SPACE = /[\s\0-\x1f\x7f]+/g;
const C1_CONTROL = /[\x80-\x9f]/g;
// A tag as the HTML tokenizer sees one; quoted values may hold '>' but never '<' (keeps every match bounded).
export const TAG_END = `[^<>"']*(?:(?:"[^"<]*"|'[^'<]*')[^<>"']*)*>`;
// At a '<': a comment, a tag or a bogus comment (`<!…>`, `<?…>`, `</…>`), as the HTML tokenizer reads them; then
// whether it is a block's tag (a space) or opens raw text. Tested in place, so no tag name is sliced out and lower-cased
// (the i flag matches the names toLowerCase would, once the Kelvin sign K is listed).
const MARKUP = new RegExp(`<!--|<\\/?[a-z][^\\s/>"'<]*${TAG_END}|<[!?/]${TAG_END}`, 'iy');
const BLOCK =
  /<\/?(?:br|p|div|li|ul|ol|dl|dt|dd|h[1-6]|hr|tr|td|th|table|bloc[k\u212a]quote|pre|section|article|header|footer|figure|figcaption|address|aside|nav)(?![^\s/>"'<])/iy;
const RAW_TEXT = /<(script|style)(?![^\s/>"'<])/iy;
const IMG = new RegExp(`<img(?![^\\s/>])${TAG_END}`, 'gi');

/** Literal text → NFC, whitespace (and stray control characters) collapsed, trimmed. C1 controls (U+0080–U+009F),
 * which no text means, are windows-1252 read as Latin-1 ("don\x92t"): they become what windows-1252 says (’). */
export function plainText(text: string): string {
  return NOT_SIMPLE.test(text) ? text.replace(SPACE, ' ').replace(C1_CONTROL, windows1252).trim().normalize('NFC') : text.trim();
}

/** HTML → plain text: tags removed, then entities decoded once; block boundaries become spaces. Comments and
 * script/style contents are dropped (an unclosed one runs to the end, as in a browser). */
export function htmlToText(html: string): string {
  let out = '',
    from = 0;
  for (let lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', lt + 1)) {
    MARKUP.lastIndex = BLOCK.lastIndex = RAW_TEXT.lastIndex = lt;
    if (!MARKUP.test(html)) continue;
    let end = MARKUP.lastIndex;
    const raw = RAW_TEXT.exec(html)?.[1];
    const close = html.startsWith('<!--', lt) ? /-->/g : raw && new RegExp(`</${raw}\\s*>`, 'gi');
    if (close) {
      close.lastIndex = end;
      end = close.exec(html) ? close.lastIndex : html.length;
    }
    out += html.slice(from, lt) + (BLOCK.test(html) ? ' ' : '');
    from = end;
    lt = end - 1;
  }
  return plainText(decodeEntities(from ? out + html.slice(from) : html));
}

const attributePatterns: Record<string, RegExp> = {};

/** One attribute of a tag's attribute text, references decoded; the name matches case-insensitively. */
export function attr(attrs: string, name: string): string | undefined {
  if (!attrs) return;
  const m = (attributePatterns[name] ??= new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i')).exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3]) : undefined;
}

/** A pixel size attribute; NaN and negatives give undefined. */
export function size(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : parseInt(value as string, 10);
  return n >= 0 ? n : undefined;
}

/** A FeedImage, or undefined for a missing URL or a tracking pixel (a side of 2 px or less). */
export function image(url: string | undefined, base?: string, alt?: string, width?: number, height?: number): FeedImage | undefined {
  const src = resolveUrl(url, base);
  if (!src || width! <= 2 || height! <= 2) return undefined;
  const out: FeedImage = { url: src };
  if ((alt = alt && plainText(alt))) out.alt = alt;
  if (width !== undefined) out.width = width;
  if (height !== undefined) out.height = height;
  return out;
}

/** The first `<img>` with a src that is not a tracking pixel. */
export function firstImage(html: string, base?: string): FeedImage | undefined {
  for (const m of html.matchAll(IMG)) {
    const a = (name: string) => attr(m[0], name);
    const found = image(a('src'), base, a('alt'), size(a('width')), size(a('height')));
    if (found) return found;
  }
}

/** "email (Name)", "Name (email)", "Name <email>" → "Name"; otherwise the text itself, collapsed. */
export function authorName(raw: string): string {
  // Both shapes have an '@': most names have none, and are not worth the pattern.
  const m = raw.includes('@') ? /^\s*\S+@\S+\s*\((.+)\)\s*$|^(.+?)\s*(?:\(\S+@[^\s)]+\)|<\S+@[^\s>]+>)\s*$/.exec(raw) : null;
  const name = m?.[1] ?? m?.[2];
  return plainText(name?.trim() ? name : raw);
}

/** Trimmed, empty ones dropped, duplicates removed, order kept. */
export function uniqueCategories(list: string[]): string[] {
  const out: string[] = [];
  // A Set of what is kept (none yet): `new Set()` would cost a /* @__PURE__ */ note in the built chunk.
  const seen = list.length > 8 && new Set(out);
  for (let text of list)
    if ((text = plainText(text)) && !(seen ? seen.has(text) : out.includes(text))) {
      out.push(text);
      if (seen) seen.add(text);
    }
  return out;
}

/** A stable id from title + published (cyrb53 hash: the same input always gives the same id). */
export function stableId(title: string, published?: string): string {
  const text = title + '\n' + (published ?? '');
  let h1 = 0xdeadbeef,
    h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 'bantin:' + (h2 >>> 0).toString(36) + (h1 >>> 0).toString(36);
}
