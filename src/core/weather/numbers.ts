import type { Range } from './types.js';

/** A number as bulletins write it: "23", "-2", "1.5", "1,5". */
const NUMBER = String.raw`-?\d{1,3}(?:[.,]\d{1,2})?`;

/**
 * A number or a range on the folded text: "22", "13 - 15", "2-3", "-2 đến 1", "cấp 6 đến cấp 7".
 * Not part of a date ("22/9") nor of a longer number. Groups 1 and 2 are the bounds.
 */
export const RANGE_SOURCE = String.raw`(?<![\d.,\/-])(${NUMBER})(?:\s*(?:-|den|toi)\s*(?:cap\s*)?(${NUMBER}))?(?![\d\/])`;

/** Words before a number that make it a bound or a sub-area, not the main range ("có nơi trên 70mm"). */
export const QUALIFIER = /\b(?:vung|co\s+noi|noi|rieng|khu\s+vuc|tren|duoi|hon|huyen|thi\s+xa|mot\s+so|vai|len\s+toi|xuong)\b/;

function toNumber(text: string): number {
  return Number(text.replace(',', '.'));
}

export function toRange(first: string, second: string | undefined): Range | undefined {
  const a = toNumber(first);
  const b = second === undefined ? a : toNumber(second);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return undefined;
  return a <= b ? [a, b] : [b, a];
}

export interface RangeMatch {
  range: Range;
  start: number;
  end: number;
}

/** A measure is read within this many characters of its label (bounds the work on hostile text). */
export const MAX_READING_SPAN = 300;

const patterns = new Map<string, RegExp>();

/**
 * Every range in folded[from, to) followed by `unit` (a regex source; '' for none), in order, looking
 * no further than MAX_READING_SPAN. Positions are in the folded text.
 */
export function findRanges(folded: string, from: number, to: number, unit: string): RangeMatch[] {
  let pattern = patterns.get(unit);
  if (pattern === undefined) {
    pattern = new RegExp(RANGE_SOURCE + unit, 'g');
    patterns.set(unit, pattern);
  }
  const text = folded.slice(0, Math.min(to, from + MAX_READING_SPAN));
  pattern.lastIndex = from;
  const found: RangeMatch[] = [];
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const range = toRange(match[1], match[2]);
    if (range !== undefined) found.push({ range, start: match.index, end: match.index + match[0].length });
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return found;
}

/**
 * The first range with `unit` in folded[from, to) that is not qualified ("có nơi trên", "vùng núi")
 * by the words since the previous range or `from`.
 */
export function firstMainRange(folded: string, from: number, to: number, unit: string): RangeMatch | undefined {
  let previousEnd = from;
  for (const match of findRanges(folded, from, to, unit)) {
    if (!QUALIFIER.test(folded.slice(previousEnd, match.start))) return match;
    previousEnd = match.end;
  }
  return undefined;
}
