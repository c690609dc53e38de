import type { BulletinDocument, Segment } from './document.js';

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
const DOCUMENT_DAY = /,\s*ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s*,?\s*nam\s+(\d{4})\b/;

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
  const m = DOCUMENT_DAY.exec(doc.folded);
  if (m === null) return undefined;
  return { start: m.index, end: m.index + m[0].length, day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
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
function titleSegment(doc: BulletinDocument): Segment {
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

function findTitleDay(doc: BulletinDocument, exclude: Segment[]): DayMention | undefined {
  const title = titleSegment(doc);
  const text = doc.folded.slice(0, title.end);
  const pattern = new RegExp(`${NUMERIC_DAY}|${WORDED_DAY}`, 'g');
  pattern.lastIndex = title.start;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (exclude.some((span) => start < span.end && end > span.start)) continue;
    return { start, end, day: Number(m[1] ?? m[4]), month: Number(m[2] ?? m[5]), year: optionalNumber(m[3] ?? m[6]) };
  }
  return undefined;
}

export interface BulletinTimes {
  date?: string;
  issued?: string;
}

/** `date` (the first day the title names, else the issue day) and `issued` (time and day of issue). */
export function readTimes(doc: BulletinDocument): BulletinTimes {
  const issue = findIssue(doc);
  const documentDay = findDocumentDay(doc);
  const exclusions = [issue, documentDay].filter((span): span is DayMention => span !== undefined);
  const titleDay = findTitleDay(doc, exclusions);
  const withYear = [issue, documentDay, titleDay].find((mention) => mention?.year !== undefined);
  const times: BulletinTimes = {};

  if (issue !== undefined && issue.hour <= 23 && issue.minute <= 59) {
    const year = inferYear(issue, withYear);
    if (year !== undefined && isCalendarDay(year, issue.month, issue.day)) {
      const utc = Date.UTC(year, issue.month - 1, issue.day, issue.hour - VIETNAM_OFFSET_HOURS, issue.minute);
      times.issued = new Date(utc).toISOString();
    }
  }

  const aboutDay = titleDay ?? issue ?? documentDay;
  if (aboutDay !== undefined) {
    const year = inferYear(aboutDay, withYear);
    if (year !== undefined && isCalendarDay(year, aboutDay.month, aboutDay.day)) {
      times.date = `${pad(year, 4)}-${pad(aboutDay.month)}-${pad(aboutDay.day)}`;
    }
  }
  return times;
}
