import { SYNOPTIC, type BulletinDocument, type Segment } from './document.js';
import { firstMainRange } from './numbers.js';
import { PERIOD_SOURCE } from './period.js';
import type { Bulletin, Range } from './types.js';

// On the folded text.
/** "Thời tiết:", "Thời tiết chung:", "Dự báo thời tiết ngày 20/11/2025:", "thời tiết tỉnh Hà Tĩnh ngày 12/8:". */
const CONDITIONS_LABEL =
  /\bthoi\s+tiet(?:\s+chung)?(?:[^.:;\n]{0,40}?\bngay\s+\d{1,2}(?:\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?|\s+thang\s+\d{1,2}(?:\s*,?\s*nam\s+\d{4})?))?\s*:/g;
const PERIOD_LABEL = new RegExp(String.raw`\b${PERIOD_SOURCE}\s*:`, 'g');
const RAIN_WORD = /\bmua\b/g;
const RAIN_AMOUNT = /\bluong\s+mua\b/g;
const MILLIMETRES = String.raw`\s*mm\b`;
/** Words that belong to a rain phrase before "mưa": "đêm và sáng có mưa", "cục bộ có mưa", "không mưa". */
const RAIN_LEAD_IN =
  /(?:\b(?:co|khong|it|con|van|tiep\s+tuc|kha\s+nang|dem|ngay|sang|chieu|toi|trua|va|cuc\s+bo|rai\s+rac|vai\s+noi|nhieu\s+noi|noi|som|nay|mai|se|luong|tong|xay\s+ra|xuat\s+hien)\s+)*$/;
const LEAD_IN_WINDOW = 80;

export interface Conditions extends Segment {
  text: string;
}

function trimmedSpan(doc: BulletinDocument, start: number, end: number): Segment {
  const folded = doc.folded;
  while (start < end && /[\s:,;.\-…]/.test(folded[start])) start++;
  while (end > start && /[\s:,;.…]/.test(folded[end - 1])) end--;
  return { start, end };
}

/** The text after the label to the end of its sentence (or the next sentence when the label ends a line). */
function textAfter(doc: BulletinDocument, labelEnd: number): Conditions | undefined {
  let sentence = doc.sentenceAt(labelEnd) ?? doc.sentenceAt(labelEnd - 1);
  if (sentence === undefined) return undefined;
  let span = trimmedSpan(doc, labelEnd, sentence.end);
  if (span.start >= span.end) {
    sentence = doc.sentences.find((next) => next.start >= labelEnd);
    if (sentence === undefined) return undefined;
    span = trimmedSpan(doc, sentence.start, sentence.end);
  }
  if (span.start >= span.end) return undefined;
  return { ...span, text: doc.text.asWritten(span.start, span.end) };
}

/**
 * The text after "Thời tiết:" to the first full stop or line end; else after a period heading
 * ("Đêm nay và ngày mai: …", "Dự báo thời tiết 24 giờ tới: …", "khu vực Hà Nội ngày và đêm nay: …").
 */
export function findConditions(doc: BulletinDocument): Conditions | undefined {
  const folded = doc.folded;
  CONDITIONS_LABEL.lastIndex = 0;
  for (let m = CONDITIONS_LABEL.exec(folded); m !== null; m = CONDITIONS_LABEL.exec(folded)) {
    if (doc.isPast(m.index)) continue;
    const found = textAfter(doc, m.index + m[0].length);
    if (found !== undefined) return found;
  }
  PERIOD_LABEL.lastIndex = 0;
  for (let m = PERIOD_LABEL.exec(folded); m !== null; m = PERIOD_LABEL.exec(folded)) {
    if (doc.isPast(m.index)) continue;
    const found = textAfter(doc, m.index + m[0].length);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * "mưa", not "mùa" (gió mùa) nor "mưa đá" (hail): by its spelling, or by its neighbours when written
 * without diacritics.
 */
function isRainWord(doc: BulletinDocument, start: number, end: number): boolean {
  const hail = /^\s+da\b/.exec(doc.folded.slice(end, end + 6));
  if (hail !== null && (doc.text.isPlain(end, end + hail[0].length) || doc.text.spelling(end, end + hail[0].length).trim() === 'đá')) {
    return false;
  }
  if (!doc.text.isPlain(start, end)) return doc.text.spelling(start, end) === 'mưa';
  return !/\bgio\s+$/.test(doc.folded.slice(Math.max(0, start - 5), start));
}

function firstRainWord(doc: BulletinDocument, clause: Segment): number | undefined {
  const text = doc.folded.slice(0, clause.end);
  RAIN_WORD.lastIndex = clause.start;
  for (let m = RAIN_WORD.exec(text); m !== null; m = RAIN_WORD.exec(text)) {
    if (isRainWord(doc, m.index, m.index + m[0].length)) return m.index;
  }
  return undefined;
}

function isRainClause(doc: BulletinDocument, clause: Segment): boolean {
  return firstRainWord(doc, clause) !== undefined || /\d\s*mm\b/.test(doc.slice(clause));
}

/** The rain phrase of a segment: from the first rain clause through the rain clauses that follow it. */
function rainSpan(doc: BulletinDocument, segment: Segment): Segment | undefined {
  const clauses = doc.clauses(segment).filter((clause) => !SYNOPTIC.test(doc.slice(clause)));
  const first = clauses.findIndex((clause) => firstRainWord(doc, clause) !== undefined);
  if (first < 0) return undefined;
  const rainWord = firstRainWord(doc, clauses[first]) as number;
  const windowStart = Math.max(clauses[first].start, rainWord - LEAD_IN_WINDOW);
  const leadIn = RAIN_LEAD_IN.exec(doc.folded.slice(windowStart, rainWord));
  const start = rainWord - (leadIn?.[0].length ?? 0);
  let end = clauses[first].end;
  for (let i = first + 1; i < clauses.length && isRainClause(doc, clauses[i]); i++) end = clauses[i].end;
  const span = trimmedSpan(doc, start, end);
  return span.start < span.end ? span : undefined;
}

function findRainAmount(doc: BulletinDocument, rain: Segment): Range | undefined {
  const folded = doc.folded;
  RAIN_AMOUNT.lastIndex = 0;
  for (let m = RAIN_AMOUNT.exec(folded); m !== null; m = RAIN_AMOUNT.exec(folded)) {
    const statement = doc.statementAt(m.index);
    if (statement === undefined || statement.past) continue;
    const sentence = doc.sentenceAt(m.index) ?? statement;
    const amount = firstMainRange(folded, m.index + m[0].length, sentence.end, MILLIMETRES);
    if (amount !== undefined) return amount.range;
  }
  return firstMainRange(folded, rain.start, rain.end, MILLIMETRES)?.range;
}

/** A title ("CẢNH BÁO MƯA LỚN, LŨ QUÉT", "Tin cảnh báo mưa lớn") names a hazard; it does not describe the rain. */
function isHeading(doc: BulletinDocument, segment: Segment): boolean {
  const written = doc.text.rawOriginal(segment.start, segment.end);
  if (written === written.toUpperCase()) return true;
  return /^(?:[^:]{1,40}:\s*)?(?:ban\s+)?(?:tin\s+)?canh\s+bao\b/.test(doc.folded.slice(doc.contentStart(segment), segment.end));
}

/** `rain`: the rain phrase of the conditions, else of the first forecast statement about rain; and its amount. */
export function findRain(doc: BulletinDocument, conditions: Segment | undefined): Bulletin['rain'] {
  let span = conditions === undefined ? undefined : rainSpan(doc, conditions);
  for (const statement of doc.statements) {
    if (span !== undefined) break;
    if (!statement.past && !isHeading(doc, statement)) span = rainSpan(doc, statement);
  }
  if (span === undefined) return undefined;
  const rain: NonNullable<Bulletin['rain']> = { text: doc.text.asWritten(span.start, span.end) };
  const amountMm = findRainAmount(doc, span);
  if (amountMm !== undefined) rain.amountMm = amountMm;
  return rain;
}
