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
