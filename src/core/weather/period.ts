import type { BulletinDocument, Segment } from './document.js';

// On the folded text.
const DAYPART = String.raw`(?:chieu\s+toi|chieu|sang\s+som|sang|toi|trua|dem|ngay|hom)`;
const DAY = String.raw`\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?`;
const DAY_IN_PARENS = String.raw`(?:\s*\(\s*(?:${DAYPART}\s+)?${DAY}\s*\))?`;
/** "24 giờ tới", "24h tới", "3-6 giờ tới", "24 đến 48 giờ tới", "3 ngày tới". */
const HOURS_AHEAD = String.raw`\d{1,3}(?:\s*-\s*\d{1,3}|\s+den\s+\d{1,3})?\s*(?:gio|h|tieng|ngay)\s+toi\b`;
/** "đêm nay và ngày mai", "ngày và đêm nay", "chiều tối và đêm nay", "đêm nay (14/1) và ngày mai (15/1)". */
const NAMED_DAYS = String.raw`(?:${DAYPART}\s+va\s+)?${DAYPART}\s+(?:nay|mai)\b${DAY_IN_PARENS}(?:\s+va\s+(?:${DAYPART}\s+)?(?:nay|mai|kia|${DAY})\b${DAY_IN_PARENS})?`;
/** "từ chiều tối nay (22/9) đến hết ngày 24/9", "từ chiều tối đến đêm nay (30/3)". */
const FROM_TO = String.raw`tu\s+(?:${DAYPART}\s+){1,2}(?:(?:nay|mai)\b${DAY_IN_PARENS}\s+)?den\s+(?:het\s+)?(?:${DAYPART}\s+){0,2}(?:nay|mai|${DAY})\b${DAY_IN_PARENS}`;

export const PERIOD_SOURCE = `(?:${FROM_TO}|${HOURS_AHEAD}|${NAMED_DAYS})`;

/** Words right before a day phrase that make it a time inside a sentence, not the bulletin's period. */
const INSIDE_SENTENCE = /\b(?:den|het|tu|vao|cho|sau|truoc|qua|luc)\s*$/;
const FORECAST_INTRO = /\b(?:du\s+bao|canh\s+bao|trong)\b|\bthoi\s+tiet\b[^,:;]*$/;
/** How far back "dự báo …" may introduce a period in the same statement. */
const LOOK_BEHIND = 200;

export interface Period extends Segment {
  text: string;
}

/**
 * The forecast period: the first day phrase in a heading position — after "trong" or "dự báo", at the
 * start of a statement, before a ":" — in a statement that is not about the past.
 */
export function findPeriod(doc: BulletinDocument): Period | undefined {
  const pattern = new RegExp(`\\b${PERIOD_SOURCE}`, 'g');
  const folded = doc.folded;
  for (let m = pattern.exec(folded); m !== null; m = pattern.exec(folded)) {
    const start = m.index;
    const end = start + m[0].length;
    const statement = doc.statementAt(start);
    if (statement === undefined || statement.past) continue;
    const before = folded.slice(Math.max(statement.start, start - LOOK_BEHIND), start);
    // A span ("từ … đến …") or a pair ("đêm nay và ngày mai") may also open a clause.
    const isSpanOrPair = m[0].startsWith('tu') || /\bva\b/.test(m[0]);
    const inHeadingPosition =
      start === doc.contentStart(statement) ||
      /:\s*$/.test(before) ||
      /^\s*:/.test(folded.slice(end, end + 3)) ||
      (!INSIDE_SENTENCE.test(before) && FORECAST_INTRO.test(before)) ||
      (isSpanOrPair && /,\s*$/.test(before));
    if (!inHeadingPosition) continue;
    return { start, end, text: doc.text.asWritten(start, end).toLowerCase() };
  }
  return undefined;
}
