import type { BulletinDocument, Segment } from './document.js';
import { findPeriod } from './period.js';

/** Vietnam has kept UTC+7 without daylight saving since 1975. */
const VIETNAM_OFFSET_HOURS = 7;

interface DayMention extends Segment {
  day: number;
  month: number;
  year?: number;
}

interface IssueMention extends DayMention {
  hour: number;
  minute: number;
}

// On the folded text.
const NUMERIC_DAY = String.raw`(?<![\d\/])(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?(?![\d\/])`;
const WORDED_DAY = String.raw`\bngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s*,?\s*nam\s+(\d{4}))?\b`;
const ISSUE =
  /\b(?:(?:tin\s+)?phat(?:\s+(?:tin|hanh))?\s+(?:vao\s+)?luc|thoi\s+gian\s+(?:phat\s+tin|phat\s+hanh|ban\s+hanh|phat)|ban\s+hanh\s+luc)\s*:?\s*(\d{1,2})\s*(?:h|gio|:)\s*(?:(\d{1,2})\s*(?:'|phut)?)?[\s,-]*(?:ngay\s*)?(?:(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?|(\d{1,2})\s+thang\s+(\d{1,2})(?:\s*,?\s*nam\s+(\d{4}))?)/;
/** "Sơn La, ngày 22 tháng 9 năm 2025": the date line of an official document, i.e. the issue day. */
const DOCUMENT_DAY = /,\s*ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s*,?\s*nam\s+(\d{4})\b/g;
/** The place before a document date line: capitalised words only ("Sơn La", "TP. Hồ Chí Minh"), not a title. */
const MAX_PLACE_LENGTH = 60;
const DOCUMENT_PLACE = /^\s*(?:\p{Lu}\p{Ll}*\s+|\p{Lu}+\.\s*)*\p{Lu}\p{Ll}*\s*$/u;
/** "Dự báo thời tiết ngày 5/11/2025", "thời tiết ngày 19/5": the day a forecast is for, even after the issue line. */
const FORECAST_DAY = /\b(?:du\s+bao|thoi\s+tiet)\s+(?:ngay\s+)?$/;
/** "đêm nay (5/9)", "từ chiều nay (22/10)": the day of today's part, when the period starts with it. */
const TODAY_IN_PARENS = /^(?:tu\s+)?(?:[a-z]+\s+){1,2}nay\s*\(/;
const DAY_PATTERN = new RegExp(`${NUMERIC_DAY}|${WORDED_DAY}`, 'g');

/** A heading longer than this is a paragraph without line breaks: its title ends at the first ":" or full stop. */
const MAX_TITLE_LENGTH = 300;
const MAX_TITLE_LINES = 5;

function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function optionalNumber(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text);
}

/** The year of day/month when a nearby written date has one: the same year, across a New Year if need be. */
function inferYear(mention: DayMention, reference: DayMention | undefined): number | undefined {
  if (mention.year !== undefined) return mention.year;
  if (reference?.year === undefined) return undefined;
  if (reference.month === 12 && mention.month === 1) return reference.year + 1;
  if (reference.month === 1 && mention.month === 12) return reference.year - 1;
  return reference.year;
}

function findIssue(doc: BulletinDocument): IssueMention | undefined {
  const m = ISSUE.exec(doc.folded);
  if (m === null) return undefined;
  return {
    start: m.index,
    end: m.index + m[0].length,
    hour: Number(m[1]),
    minute: m[2] === undefined ? 0 : Number(m[2]),
    day: Number(m[3] ?? m[6]),
    month: Number(m[4] ?? m[7]),
    year: optionalNumber(m[5] ?? m[8]),
  };
}

function findDocumentDay(doc: BulletinDocument): DayMention | undefined {
  const folded = doc.folded;
  DOCUMENT_DAY.lastIndex = 0;
  for (let m = DOCUMENT_DAY.exec(folded); m !== null; m = DOCUMENT_DAY.exec(folded)) {
    const lineStart = folded.lastIndexOf('\n', m.index) + 1;
    if (m.index - lineStart > MAX_PLACE_LENGTH || !DOCUMENT_PLACE.test(doc.text.rawOriginal(lineStart, m.index))) continue;
    return { start: m.index, end: m.index + m[0].length, day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
  }
  return undefined;
}

/** A heading line after the first: in capitals, in parentheses, or introducing the forecast with ":". */
function isHeadingLine(doc: BulletinDocument, start: number, end: number): boolean {
  const line = doc.text.rawOriginal(start, end).trim();
  if (line === '' || end - start > MAX_TITLE_LENGTH) return false;
  return line === line.toUpperCase() || /^\(.*\)$/s.test(line) || line.endsWith(':');
}

/**
 * The title: the first non-empty line (for text without line breaks, up to the first ":" or full stop)
 * and the heading lines right after it ("BẢN TIN …", "(Phát lúc …)", "… dự báo ngày và đêm nay (18/8):").
 */
export function titleSegment(doc: BulletinDocument): Segment {
  const folded = doc.folded;
  const start = folded.search(/\S/);
  if (start < 0) return { start: 0, end: 0 };
  const lineEnd = folded.indexOf('\n', start);
  let end = lineEnd < 0 ? folded.length : lineEnd;
  if (end - start > MAX_TITLE_LENGTH) {
    const firstSentence = doc.sentenceAt(start);
    const colon = folded.indexOf(':', start);
    return { start, end: Math.min(end, start + MAX_TITLE_LENGTH, firstSentence?.end ?? end, colon < 0 ? end : colon) };
  }
  for (let lines = 1; lines < MAX_TITLE_LINES && end < folded.length; lines++) {
    const nextEnd = folded.indexOf('\n', end + 1);
    const lineEndAt = nextEnd < 0 ? folded.length : nextEnd;
    if (!isHeadingLine(doc, end + 1, lineEndAt)) break;
    end = lineEndAt;
    if (doc.text.rawOriginal(0, end).trimEnd().endsWith(':')) break;
  }
  return { start, end };
}

/** The first day named in `segment` that `accept` takes. */
function firstDay(doc: BulletinDocument, segment: Segment, accept: (mention: DayMention) => boolean): DayMention | undefined {
  const text = doc.folded.slice(0, segment.end);
  DAY_PATTERN.lastIndex = segment.start;
  for (let m = DAY_PATTERN.exec(text); m !== null; m = DAY_PATTERN.exec(text)) {
    const start = m.index;
    const mention = { start, end: start + m[0].length, day: Number(m[1] ?? m[4]), month: Number(m[2] ?? m[5]), year: optionalNumber(m[3] ?? m[6]) };
    if (accept(mention)) return mention;
  }
  return undefined;
}

const isForecastDay = (doc: BulletinDocument, day: DayMention) => FORECAST_DAY.test(doc.folded.slice(Math.max(0, day.start - 30), day.start));

export interface BulletinTimes {
  date?: string;
  issued?: string;
}

/** `date` (the first day the title names, else the issue day) and `issued` (time and day of issue). */
export function readTimes(doc: BulletinDocument): BulletinTimes {
  const issue = findIssue(doc);
  const documentDay = findDocumentDay(doc);
  const exclusions = [issue, documentDay].filter((span): span is DayMention => span !== undefined);
  const period = findPeriod(doc);
  // The day the title names, else today's day in the period ("đêm nay (5/9) và ngày mai"), else the day named
  // as the forecast's ("Dự báo thời tiết ngày 05/11/2025:"): these win over the issue day.
  const whole = { start: 0, end: doc.folded.length };
  const notExcluded = (day: DayMention) => !exclusions.some((span) => day.start < span.end && day.end > span.start);
  const forecastDay =
    firstDay(doc, titleSegment(doc), notExcluded) ??
    (period !== undefined && TODAY_IN_PARENS.test(doc.slice(period)) ? firstDay(doc, period, notExcluded) : undefined) ??
    firstDay(doc, whole, (day) => notExcluded(day) && !doc.isPast(day.start) && isForecastDay(doc, day));
  // Without those or an issue day, the first day a forecast statement names ("Ngày 5/9/2025, trên địa bàn …").
  const sentenceDay = forecastDay ?? (issue === undefined ? firstDay(doc, whole, (day) => notExcluded(day) && !doc.isPast(day.start)) : undefined);
  const withYear =
    [issue, documentDay, sentenceDay].find((mention) => mention?.year !== undefined) ?? firstDay(doc, whole, (day) => day.year !== undefined);
  const times: BulletinTimes = {};

  if (issue !== undefined && issue.hour <= 23 && issue.minute <= 59) {
    const year = inferYear(issue, withYear);
    if (year !== undefined && isCalendarDay(year, issue.month, issue.day)) {
      const utc = Date.UTC(year, issue.month - 1, issue.day, issue.hour - VIETNAM_OFFSET_HOURS, issue.minute);
      times.issued = new Date(utc).toISOString();
    }
  }

  const aboutDay = sentenceDay ?? issue ?? documentDay;
  if (aboutDay !== undefined) {
    const year = inferYear(aboutDay, withYear);
    if (year !== undefined && isCalendarDay(year, aboutDay.month, aboutDay.day)) {
      times.date = `${pad(year, 4)}-${pad(aboutDay.month)}-${pad(aboutDay.day)}`;
    }
  }
  return times;
}
