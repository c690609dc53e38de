import type { BulletinDocument, Segment } from './document.js';
import { titleSegment } from './when.js';

// On the folded text.
const PROVINCE = /(?<!\bcac\s+)\b(?:tinh|thanh\s+pho|tp\.?|thu\s+do)\s*/g;
const AREA = /(?<!\b(?:kttv|van|tuong)\s+)\bkhu\s+vuc\s+/g;
const STATION = /\b(?:dai|trung\s+tam)\s+(?:du\s+bao\s+)?(?:khi\s+tuong\s+thuy\s+van|kttv|khi\s+tuong)(?:\s+(?:quoc\s+gia|trung\s+uong))?/g;
const STATION_SCOPE = /\s+(?:(?:tinh|thanh\s+pho|tp\.?|khu\s+vuc)\s*)?/y;
const NAME_WORD = /[a-z]+/y;
const NAME_SEPARATOR = / *- *| +/y;
const MAX_NAME_WORDS = 5;
/** Words that end a place name written in capitals ("TỈNH SƠN LA NGÀY 22/9"). */
const NOT_IN_A_NAME = new Set(
  'ngay dem tu trong den va nhu du bao thoi tiet khu vuc co luc thang phat tin canh ban hom nay mai chieu sang toi gio so vao theo cua o tai dai nhiet mua tp kttv'.split(
    ' ',
  ),
);

/** Words that start what runs on after an office's or a place's name with a dash ("… Quảng Ninh-Phòng Dự báo"). */
const NOT_AFTER_A_DASH = new Set('du thoi phong trung ban tin canh so bao'.split(' '));
/**
 * What names the subject in a title: "tỉnh …", a city, a town, an area, or "Thời tiết Hà Nội"; the last only
 * in mixed case, since a heading in capitals may go on with common words ("THỜI TIẾT NGUY HIỂM").
 */
const TITLE_PLACE = /(?<!\b(?:cac|kttv|van|tuong)\s+)\b(?:tinh|thanh\s+pho|tp\.?|thu\s+do|thi\s+xa|khu\s+vuc|(thoi\s+tiet)(?:\s+thu\s+do)?)\s*/g;
/** "Hải Phòng: Dự báo thời tiết …": a place before the title. */
const LEADING_PLACE = /^[\s\-+•*]*/y;

/** Lower-case words that official area names keep: "Đồng bằng Bắc Bộ", "Thủ đô". */
const LOWER_CASE_IN_NAMES = new Set(['dong bang', 'thu do', 'bac bo', 'nam bo', 'trung bo']);

/** Capitalised words from `from`: "Sơn La", "Bà Rịa - Vũng Tàu", "SƠN LA" (stopping at "NGÀY"). */
function readName(doc: BulletinDocument, from: number): Segment | undefined {
  const folded = doc.folded;
  let position = from;
  let end = -1;
  let previous = '';
  for (let words = 0; words < MAX_NAME_WORDS; words++) {
    NAME_WORD.lastIndex = position;
    const word = NAME_WORD.exec(folded);
    if (word === null || NOT_IN_A_NAME.has(word[0])) break;
    if (/-/.test(folded.slice(end, position)) && NOT_AFTER_A_DASH.has(word[0])) break;
    if (!doc.text.startsUpperCase(position) && !LOWER_CASE_IN_NAMES.has(`${previous} ${word[0]}`)) break;
    previous = word[0];
    end = position + word[0].length;
    NAME_SEPARATOR.lastIndex = end;
    const separator = NAME_SEPARATOR.exec(folded);
    if (separator === null) break;
    position = end + separator[0].length;
  }
  return end < 0 ? undefined : { start: from, end };
}

const isAllCapitals = (text: string) => text === text.toUpperCase() && text !== text.toLowerCase();

/** "SƠN LA" → "Sơn La" (a heading in capitals); names written in mixed case stay as written. */
function titleCase(name: string): string {
  if (!isAllCapitals(name)) return name;
  return name.replace(/\p{L}+/gu, (word) => word[0] + word.slice(1).toLowerCase());
}

/**
 * The names after each match of `pattern` within `segment`. A match whose first group is set (the title's
 * "Thời tiết …") counts only for a name in mixed case.
 */
function namesAfter(doc: BulletinDocument, pattern: RegExp, segment: Segment = { start: 0, end: doc.folded.length }): string[] {
  const names: string[] = [];
  const text = doc.folded.slice(0, segment.end);
  pattern.lastIndex = segment.start;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const keyword = m[0].trim();
    if (keyword === 'tinh' && !doc.text.isPlain(m.index, m.index + 4) && doc.text.spelling(m.index, m.index + 4) !== 'tỉnh') continue;
    const name = readName(doc, m.index + m[0].length);
    if (name === undefined || name.end > segment.end) continue;
    const written = doc.text.asWritten(name.start, name.end);
    if (m[1] === undefined || !isAllCapitals(written)) names.push(written);
  }
  return names;
}

/** Prefer a name written in mixed case (its boundaries are sure) to one from a heading in capitals. */
function preferMixedCase(names: string[]): string | undefined {
  return names.find((name) => !isAllCapitals(name)) ?? names[0];
}

/** The place the title names: "Hải Phòng:" before it, else after "tỉnh", "TP.", "thị xã", "khu vực", "Thời tiết". */
function titlePlace(doc: BulletinDocument): string | undefined {
  const title = titleSegment(doc);
  LEADING_PLACE.lastIndex = title.start;
  const leading = readName(doc, title.start + (LEADING_PLACE.exec(doc.folded)?.[0].length ?? 0));
  if (leading !== undefined && /^\s*:/.test(doc.folded.slice(leading.end, leading.end + 3))) {
    return doc.text.asWritten(leading.start, leading.end);
  }
  return preferMixedCase(namesAfter(doc, TITLE_PLACE, title));
}

/**
 * The bulletin's one subject area: the place its title names ("tỉnh Sơn La" → "Sơn La", "thị xã Sa Pa",
 * "khu vực Bắc Bộ", "Thời tiết Hà Nội", "Hải Phòng:"); else "tỉnh …" or a city anywhere; else a single "khu vực X".
 */
export function findRegion(doc: BulletinDocument): string | undefined {
  const titled = titlePlace(doc);
  if (titled !== undefined) return titleCase(titled);
  const province = preferMixedCase(namesAfter(doc, PROVINCE));
  if (province !== undefined) return titleCase(province);
  const areas = namesAfter(doc, AREA);
  const distinct = new Set(areas.map((name) => titleCase(name)));
  return distinct.size === 1 ? [...distinct][0] : undefined;
}

/** The issuing station as written: "Đài Khí tượng Thủy văn tỉnh Sơn La", "Trung tâm Dự báo khí tượng thủy văn quốc gia". */
export function findIssuer(doc: BulletinDocument): string | undefined {
  const issuers: string[] = [];
  STATION.lastIndex = 0;
  for (let m = STATION.exec(doc.folded); m !== null; m = STATION.exec(doc.folded)) {
    let end = m.index + m[0].length;
    if (!/quoc\s+gia|trung\s+uong/.test(m[0])) {
      // "… tỉnh Sơn La", "… khu vực Tây Bắc", or a bare name: "Đài KTTV Hà Nội".
      STATION_SCOPE.lastIndex = end;
      const scope = STATION_SCOPE.exec(doc.folded);
      const name = readName(doc, end + (scope?.[0].length ?? 0));
      if (name !== undefined) end = name.end;
    }
    issuers.push(doc.text.asWritten(m.index, end));
  }
  return preferMixedCase(issuers);
}
