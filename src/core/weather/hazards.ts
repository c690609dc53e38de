import type { BulletinDocument } from './document.js';
import { HAZARDS, type Hazard } from './types.js';

// Everything here matches the folded text. Words that fold to another word ("dông"/"đông",
// "bão"/"báo", "mưa đá"/"mưa đã", "lốc"/"Lộc") are confirmed by their spelling in the original, or,
// when the text has no diacritics, by the words around them.

type Check = (doc: BulletinDocument, start: number, end: number) => boolean;

interface HazardRule {
  hazard: Hazard;
  pattern: RegExp;
  /** Accepted spellings (lower case) when the match carries diacritics. */
  spellings?: readonly string[];
  /** Decides a match written without diacritics. */
  plain?: Check;
  /** Decides any match (after the spelling). */
  context?: Check;
}

function wordBefore(doc: BulletinDocument, start: number, skip = 0): string {
  const words = doc.folded.slice(Math.max(0, start - 40), start).match(/[a-z]+/g) ?? [];
  return words[words.length - 1 - skip] ?? '';
}

function wordAfter(doc: BulletinDocument, end: number): string {
  return /^\s*([a-z]+)/.exec(doc.folded.slice(end, end + 20))?.[1] ?? '';
}

const isAny = (words: string) => {
  const set = new Set(words.split(' '));
  return (word: string) => set.has(word);
};

/** "dong" that is "đông" (east, winter), "đồng", "động" …, told by the words around it. */
const DONG_BEFORE = isAny('kinh gio phia huong bien mien hoat chu tac van luu di cong bat lao song xuan');
const DONG_AFTER = isAny('bac nam bang chay dat vat thoi ho y nai doi luc vien nuoc gio');
const SEASON_OPENER = isAny('dau cuoi trong vao mot giua');
const GIONG_AFTER = isAny('cay lua vat nhu loai nuoi ngo nhau');
const plainThunderstorm: Check = (doc, start, end) => {
  const word = doc.folded.slice(start, end);
  const after = wordAfter(doc, end);
  if (word === 'giong') return !GIONG_AFTER(after);
  const before = wordBefore(doc, start);
  if (before === 'mua' && SEASON_OPENER(wordBefore(doc, start, 1))) return false;
  return !DONG_BEFORE(before) && !DONG_AFTER(after);
};

/** True when the word right before or after [start, end) is Capitalised ("Loc Ninh", "Bao Loc"). */
function hasCapitalisedNeighbour(doc: BulletinDocument, start: number, end: number): boolean {
  const before = /([a-z]+)\s*$/.exec(doc.folded.slice(Math.max(0, start - 20), start));
  if (before !== null) {
    const wordStart = start - before[0].length;
    if (doc.text.isCapitalisedWord(wordStart, wordStart + before[1].length)) return true;
  }
  const after = /^(\s*)([a-z]+)/.exec(doc.folded.slice(end, end + 20));
  if (after !== null) {
    const wordStart = end + after[1].length;
    if (doc.text.isCapitalisedWord(wordStart, wordStart + after[2].length)) return true;
  }
  return false;
}

/** "Loc" inside a place name is not "lốc"; nor is "loc nuoc" (lọc nước). */
const plainTornado: Check = (doc, start, end) =>
  doc.text.isCapitalisedWord(start, end) ? !hasCapitalisedNeighbour(doc, start, end) : wordAfter(doc, end) !== 'nuoc';

/** "mua da ngot" is "mưa đã ngớt" (rain has eased), not hail. */
const HAIL_IMPOSTOR_AFTER = isAny('ngot giam tanh ket dung het chuyen ngung bat qua keo tan lam duoc');
const plainHail: Check = (doc, _start, end) => !HAIL_IMPOSTOR_AFTER(wordAfter(doc, end));

/** "bao" that is "báo" (dự báo, cảnh báo), "bảo", "bao", or a place ("Bao Loc", "Bao Yen") … */
const BAO_BEFORE = isAny('du canh thong dam phat dien tinh bao');
const BAO_AFTER = isAny('cao dong hieu chi ve dam hiem quan gom phu nhieu lau gio tri ton tin');
const plainStorm: Check = (doc, start, end) => {
  const word = doc.folded.slice(start, end);
  if (word !== 'bao') return true;
  if (doc.text.isCapitalisedWord(start, end) && hasCapitalisedNeighbour(doc, start, end)) return false;
  return !BAO_BEFORE(wordBefore(doc, start)) && !BAO_AFTER(wordAfter(doc, end));
};
/** "dông bão" is a squall; "rãnh/vùng áp thấp" is a low-pressure area, not a tropical depression. */
const stormContext: Check = (doc, start, end) => {
  const word = doc.folded.slice(start, end);
  const before = wordBefore(doc, start);
  if (word === 'bao') return before !== 'dong' && before !== 'giong';
  if (word.startsWith('ap')) return before !== 'vung' && before !== 'ranh';
  return true;
};

const RULES: readonly HazardRule[] = [
  { hazard: 'thunderstorm', pattern: /\b(?:dong|giong)\b/g, spellings: ['dông', 'giông'], plain: plainThunderstorm },
  { hazard: 'tornado', pattern: /\b(?:loc(?:\s+xoay)?|voi\s+rong)\b/g, spellings: ['lốc', 'lốc xoáy', 'vòi rồng'], plain: plainTornado },
  { hazard: 'lightning', pattern: /\bset\b/g, spellings: ['sét'] },
  { hazard: 'hail', pattern: /\bmua\s+da\b/g, spellings: ['mưa đá'], plain: plainHail },
  { hazard: 'strong-gusts', pattern: /\bgiat\s+manh\b/g },
  { hazard: 'heavy-rain', pattern: /\bmua\s+(?:rat\s+to|to|lon|dac\s+biet\s+lon)\b/g },
  { hazard: 'flash-flood', pattern: /\blu\s+quet\b/g },
  { hazard: 'landslide', pattern: /\b(?:sat\s+lo|truot\s+lo|sut\s+lun)\b/g },
  { hazard: 'severe-cold', pattern: /\bret\s+(?:dam|hai)\b/g },
  { hazard: 'frost', pattern: /\b(?:suong\s+muoi|bang\s+gia)\b/g, spellings: ['sương muối', 'băng giá'] },
  { hazard: 'heat', pattern: /\bnang\s+nong\b/g },
  {
    hazard: 'storm',
    pattern: /\b(?:bao|atnd|ap\s+thap\s+nhiet\s+doi)\b/g,
    spellings: ['bão', 'atnđ', 'áp thấp nhiệt đới'],
    plain: plainStorm,
    context: stormContext,
  },
];

const HAZARD_WORD = String.raw`dong|giong|loc(?:\s+xoay)?|set|mua\s+da|gio\s+giat(?:\s+manh)?|mua\s+(?:rat\s+)?to|mua\s+lon|lu\s+quet|sat\s+lo(?:\s+dat)?|ret\s+dam|ret\s+hai|suong\s+muoi|bang\s+gia|nang\s+nong|bao`;
/** "không có dông, lốc", "ít khả năng xảy ra mưa đá", "không mưa rào và dông" right before the hazard. */
const NEGATED_BEFORE = new RegExp(
  String.raw`(?:^|[^a-z])(?:khong|chang|it\s+kha\s+nang|het)(?:\s+(?:co|con|xay\s+ra|kha\s+nang|xuat\s+hien|bi|gay|de|the))*\s+(?:(?:${HAZARD_WORD})\s*(?:,|\bva\b|\bhoac\b)\s*|mua(?:\s+rao)?\s+(?:va|hoac)\s+)*$`,
);
/** "mưa to đã ngớt", "nắng nóng đã kết thúc". */
const ENDED_AFTER = /^\s*(?:da\s+(?:ngot|tanh|ket\s+thuc|cham\s+dut|tan|giam|suy\s+yeu|dung|het)|ket\s+thuc|cham\s+dut)\b/;
const NEGATION_WINDOW = 80;

function isSpelledAs(doc: BulletinDocument, rule: HazardRule, start: number, end: number): boolean {
  if (doc.text.isPlain(start, end)) return rule.plain?.(doc, start, end) ?? true;
  return rule.spellings === undefined || rule.spellings.includes(doc.text.spelling(start, end));
}

/** A forecast or warned mention: not in the past, not negated, not said to have ended. */
function isForecast(doc: BulletinDocument, start: number, end: number): boolean {
  const statement = doc.statementAt(start);
  if (statement === undefined || statement.past) return false;
  const before = doc.folded.slice(Math.max(statement.start, start - NEGATION_WINDOW), start);
  if (NEGATED_BEFORE.test(before)) return false;
  return !ENDED_AFTER.test(doc.folded.slice(end, end + 30));
}

/** Each accepted mention of a rule's words, forecast or not, in order. */
function* mentions(doc: BulletinDocument, rule: HazardRule): Generator<[number, number]> {
  const pattern = new RegExp(rule.pattern.source, 'g');
  for (let m = pattern.exec(doc.folded); m !== null; m = pattern.exec(doc.folded)) {
    const start = m.index;
    const end = start + m[0].length;
    if (isSpelledAs(doc, rule, start, end) && (rule.context?.(doc, start, end) ?? true)) yield [start, end];
  }
}

/** The forecast or warned hazards, in `HAZARDS` order; `extra` are hazards known from elsewhere (gusts). */
export function findHazards(doc: BulletinDocument, extra: readonly Hazard[] = []): Hazard[] {
  const found = new Set<Hazard>(extra);
  for (const rule of RULES) {
    if (found.has(rule.hazard)) continue;
    for (const [start, end] of mentions(doc, rule)) {
      if (isForecast(doc, start, end)) {
        found.add(rule.hazard);
        break;
      }
    }
  }
  return HAZARDS.filter((hazard) => found.has(hazard));
}

const STORM_RULE = RULES.find((rule) => rule.hazard === 'storm') as HazardRule;
const STORM_TAIL = /\s*(?:so\s+(\d{1,2})\b)?\s*(?:[(:,-]\s*)?(?:(?:co\s+)?ten\s+(?:quoc\s+te\s+)?(?:la\s+)?)?([a-z]{3,15}\b)?/y;
/** Words that follow "bão" in headings written in capitals without diacritics: not names. */
const NOT_A_NAME = isAny(
  'khan gan tren tin manh dang cap tai vao bien dong tay nam bac con da so suy yeu sieu nay kia dau cuoi khu vung luc ngay dem gay lam duoc hoat nhat hai sau bay tam chin muoi the theo cua voi khi trong ngoai truoc tiep tuc mua gio lon nho',
);

export interface StormIdentity {
  stormName?: string;
  stormNumber?: number;
}

/** "bão số 3" → 3; "bão RAGASA", "bão số 3 (Yagi)", "bão số 9, có tên quốc tế là Ragasa" → the name in capitals. */
export function findStormIdentity(doc: BulletinDocument): StormIdentity {
  const identity: StormIdentity = {};
  for (const [, end] of mentions(doc, STORM_RULE)) {
    if (!doc.folded.slice(end - 3, end).endsWith('bao')) continue;
    STORM_TAIL.lastIndex = end;
    const tail = STORM_TAIL.exec(doc.folded);
    if (tail === null) continue;
    if (tail[1] !== undefined) identity.stormNumber ??= Number(tail[1]);
    if (tail[2] !== undefined && identity.stormName === undefined) {
      const nameStart = end + tail[0].length - tail[2].length;
      const written = doc.text.rawOriginal(nameStart, nameStart + tail[2].length);
      if (/^[A-Z][A-Za-z]+$/.test(written) && !NOT_A_NAME(tail[2])) identity.stormName = written.toUpperCase();
    }
    if (identity.stormName !== undefined && identity.stormNumber !== undefined) break;
  }
  return identity;
}

const RISK_LABEL = /\brui\s+ro\s+thien\s+tai\b/g;
const RISK_LEVEL = /\bcap(?:\s+do)?\s*:?\s*([1-5])\b(?![.,/]\d)/g;
const RISK_WINDOW = 160;

/** "Cấp độ rủi ro thiên tai do lốc, sét, mưa đá: Cấp 1" → 1; the highest when several are given. */
export function findRiskLevel(doc: BulletinDocument): number | undefined {
  let highest: number | undefined;
  RISK_LABEL.lastIndex = 0;
  for (let m = RISK_LABEL.exec(doc.folded); m !== null; m = RISK_LABEL.exec(doc.folded)) {
    const from = m.index + m[0].length;
    const sentenceEnd = doc.sentenceAt(from)?.end ?? doc.folded.length;
    const window = doc.folded.slice(from, Math.min(sentenceEnd, from + RISK_WINDOW));
    for (const level of window.matchAll(RISK_LEVEL)) highest = Math.max(highest ?? 0, Number(level[1]));
  }
  return highest;
}
