// User-perceived characters: grapheme clusters of the NFC text, so "ệ" typed as e + two combining marks,
// or an emoji ZWJ sequence, counts once — on the widget's counter and in the server's validation alike.

type Segments = Iterable<{ segment: string }>;

let segmenter: { segment(text: string): Segments } | null | undefined;

function graphemeSegmenter(): { segment(text: string): Segments } | null {
  if (segmenter === undefined) {
    const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
    segmenter = Segmenter ? new Segmenter(undefined, { granularity: 'grapheme' }) : null;
  }
  return segmenter;
}

// Fallback where Intl.Segmenter is missing: a base with its combining marks, joined by ZWJ, plus flag pairs.
const APPROXIMATE_GRAPHEME =
  // eslint-disable-next-line no-misleading-character-class -- marks and skin tones are meant to follow their base here
  /\r\n|\p{Regional_Indicator}{2}|\P{M}[\p{M}\uFE0E\uFE0F\u{1F3FB}-\u{1F3FF}]*(?:\u200D\P{M}[\p{M}\uFE0E\uFE0F\u{1F3FB}-\u{1F3FF}]*)*|\p{M}+/gu;

function graphemes(text: string): string[] {
  const seg = graphemeSegmenter();
  if (seg) {
    const out: string[] = [];
    for (const part of seg.segment(text)) out.push(part.segment);
    return out;
  }
  return text.match(APPROXIMATE_GRAPHEME) ?? [];
}

/** Number of user-perceived characters (grapheme clusters) of the NFC form of `text`. */
export function countCharacters(text: string): number {
  const nfc = text.normalize('NFC');
  const seg = graphemeSegmenter();
  if (!seg) return graphemes(nfc).length;
  let count = 0;
  for (const _ of seg.segment(nfc)) count++;
  return count;
}

/** `text` cut after `max` user-perceived characters, never inside one (for typing or pasting past the limit). */
export function clampCharacters(text: string, max: number): string {
  if (max <= 0) return '';
  if (text.length <= max) return text;
  const parts = graphemes(text);
  return parts.length <= max ? text : parts.slice(0, max).join('');
}

// ---- hostile text: what a comment field may hold, and what counts as its content ----------------------------

/** Combining marks kept on one character: Vietnamese needs two, scripts with stacked vowels and tones a few more. */
export const MAX_MARKS_PER_CHARACTER = 8;
/** UTF-8 bytes a field may take per character of its limit (an emoji ZWJ sequence takes up to 25 for one). */
export const MAX_BYTES_PER_CHARACTER = 16;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0 and C1 controls but tab and line feed, and the bidi embeddings, overrides and isolates (U+202A–E, U+2066–9).
const STRIPPED = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const MARK = /\p{M}/gu;
// Characters that show nothing: spaces, format characters (U+200B, U+2060, U+FEFF…), marks on their own, the
// braille blank and the Hangul fillers.
// eslint-disable-next-line no-misleading-character-class -- each character is tested on its own
const INVISIBLE = /^[\s\p{Cc}\p{Cf}\p{M}\u2800\u3164\u115F\u1160\uFFA0\u034F\u180E]*$/u;

/** `text` with at most MAX_MARKS_PER_CHARACTER combining marks on each character. */
function capMarks(text: string): string {
  if ((text.match(MARK)?.length ?? 0) <= MAX_MARKS_PER_CHARACTER) return text;
  return graphemes(text)
    .map((part) => {
      let marks = 0;
      return part.replace(MARK, (mark) => (++marks <= MAX_MARKS_PER_CHARACTER ? mark : ''));
    })
    .join('');
}

/**
 * A comment field as it is checked, stored and shown: lone surrogates replaced by U+FFFD, controls and bidi
 * overrides removed (a body keeps its line breaks and tabs; `singleLine` turns them into spaces), combining
 * marks capped per character, the ends trimmed.
 */
export function cleanCommentText(text: string, options: { singleLine?: boolean } = {}): string {
  let clean = text.replace(LONE_SURROGATE, '\ufffd').replace(/\r\n?/g, '\n').replace(STRIPPED, '');
  if (options.singleLine) clean = clean.replace(/[\n\t]/g, ' ');
  return capMarks(clean).trim();
}

/** Characters that show something: what "required" and a minimum length count (invisible ones do not). */
export function countContent(text: string): number {
  let count = 0;
  for (const part of graphemes(text.normalize('NFC'))) if (!INVISIBLE.test(part)) count++;
  return count;
}

/** Bytes of `text` in UTF-8 (well-formed text: a surrogate pair is 4). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : unit >= 0xd800 && unit <= 0xdfff ? 2 : 3;
  }
  return bytes;
}
