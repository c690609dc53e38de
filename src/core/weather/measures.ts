import { SYNOPTIC, type BulletinDocument, type Segment } from './document.js';
import { findRanges, firstMainRange, MAX_READING_SPAN, QUALIFIER, RANGE_SOURCE, toRange } from './numbers.js';
import type { Bulletin, Range, WindZone } from './types.js';

// On the folded text.
const TEMPERATURE_LABEL = /\bnhiet\s+do\b/g;
const HUMIDITY_LABEL = /\bdo\s+am\b/g;
const NEXT_MEASURE = /\b(?:nhiet\s+do|do\s+am)\b/g;
const DEGREES = String.raw`(?:\s*(?:°|º|˚)\s*c?|\s*o\s*c\b|\s*do\b(?:\s*c\b)?)`;
const PERCENT = String.raw`\s*%`;
const WIND_WORD = /\bgio\b/g;
const GUST_WORD = /\bgiat\b/g;
const DIRECTION = String.raw`(?:(?:dong|tay)(?:\s+(?:bac|nam))?|bac|nam)\b`;
const WIND_HEAD = new RegExp(String.raw`\s*:?\s*(?:mua\s+)?(${DIRECTION}(?:\s*(?:-|\/|den|va|sang)\s*${DIRECTION})?)?`, 'y');
/** After a plain "gio": only wind words make it "gió" rather than "giờ". */
const PLAIN_WIND_FOLLOWER = new RegExp(String.raw`^\s*(?::|mua\b|manh\b|nhe\b|giat\b|cap\b|${DIRECTION})`);
const LEVEL = new RegExp(String.raw`\bcap\s*(?!do\b)${RANGE_SOURCE}`);
const SPEED = new RegExp(String.raw`${RANGE_SOURCE}\s*m\s*\/\s*s\b`);
const GUST_LEVEL = new RegExp(String.raw`\s+(?:manh\s+)?(?:co\s+luc\s+)?cap\s*${RANGE_SOURCE}`, 'y');
/** Wind that is not the area's: at sea, aloft, or near a storm's centre. */
const NOT_THE_AREA =
  /\b(?:tren\s+bien|vung\s+bien|bien\s+dong|ngoai\s+khoi|vinh\s+bac\s+bo|vinh\s+thai\s+lan|hai\s+dao|huyen\s+dao|cac\s+dao|dao\s+(?!dong\b)[a-z]+|tren\s+cao|do\s+cao|tang\s+cao|tam\s+bao|gan\s+tam|tam\s+ap\s+thap|suc\s+gio\s+manh\s+nhat)\b/;

/**
 * A part of the area given its own wind, before its level or speed: "vùng ven biển cấp 4", "riêng vùng núi cấp 2",
 * "các huyện ven biển cấp 5", "vùng ven biển 6 - 8 m/s". Group 1 is the zone.
 */
const ZONE =
  /^[\s:-]*(?:rieng\s+|o\s+|tai\s+)?((?:vung|ven\s+bien|cac\s+huyen|phia|mien\s+nui|nui\s+cao|dong\s+bang|trung\s+du|cao\s+nguyen)\b[^,;:\d]{0,40}?)\s*(?=cap\s*\d|\d)/;
/** What may end a zone before its level and is not its name: "vùng ven biển có gió mạnh cấp 5". */
const ZONE_WIND_WORDS = /(?:\s+co)?\s+(gio)(?:\s+manh)?$|\s+manh$/;

/** Names the land, after or among sea areas: the area's wind again. */
const LAND = /\b(?:tren\s+)?dat\s+lien\b/;
/** "Cấp độ rủi ro thiên tai do gió mạnh: cấp 2" names a risk level, not a wind. */
const RISK_SENTENCE = /\brui\s+ro\b/;

type Temperature = NonNullable<Bulletin['temperature']>;
type Wind = NonNullable<Bulletin['wind']>;

/** The end of the measure that starts at `from`: its sentence end or the next measure label. */
function measureEnd(doc: BulletinDocument, from: number): number {
  const sentenceEnd = doc.sentenceAt(from)?.end ?? doc.folded.length;
  NEXT_MEASURE.lastIndex = from;
  const next = NEXT_MEASURE.exec(doc.folded);
  return next === null ? sentenceEnd : Math.min(sentenceEnd, next.index);
}

/** "vùng núi", "vùng núi cao", "vùng cao", "núi cao" (folded), alone before a range: the mountain areas' reading. */
const MOUNTAIN =
  /^[\s,;:(-]*(?:(?:o|tai|khu\s+vuc|cac)\s+)?(?:vung\s+nui(?:\s+cao)?|vung\s+cao|nui\s+cao)\s*(?:(?:pho\s+bien|khoang)\s*)?[:,-]?\s*(?:tu\s+)?$/;

/** `temperature`: min after "thấp nhất", max after "cao nhất"; a bare "Nhiệt độ: 22-30°C" gives both. */
export function findTemperature(doc: BulletinDocument): Temperature | undefined {
  return readTemperatures(doc).temperature;
}

/**
 * `temperature` and `mountainTemperature`: the main ranges, and those led by "vùng núi" / "vùng cao" in the same
 * statement ("Nhiệt độ thấp nhất: 20 - 22 độ C, vùng núi: 18 - 20 độ C" gives min [20, 22] and mountain min [18, 20]).
 */
export function readTemperatures(doc: BulletinDocument): { temperature?: Temperature; mountainTemperature?: Temperature } {
  const folded = doc.folded;
  const temperature: Temperature = {};
  const mountain: Temperature = {};
  TEMPERATURE_LABEL.lastIndex = 0;
  for (let m = TEMPERATURE_LABEL.exec(folded); m !== null; m = TEMPERATURE_LABEL.exec(folded)) {
    if (doc.isPast(m.index)) continue;
    const from = m.index + m[0].length;
    let previousEnd = from;
    let target: 'min' | 'max' | undefined;
    for (const found of findRanges(folded, from, measureEnd(doc, from), DEGREES)) {
      const between = folded.slice(previousEnd, found.start);
      previousEnd = found.end;
      const low = between.search(/\bthap\s+nhat\b/);
      const high = between.search(/\bcao\s+nhat\b/);
      if (low >= 0 || high >= 0) target = low > high ? 'min' : 'max';
      if (QUALIFIER.test(between)) {
        if (target !== undefined && MOUNTAIN.test(between)) mountain[target] ??= found.range;
        continue;
      }
      if (target !== undefined) {
        temperature[target] ??= found.range;
      } else if (found.range[0] < found.range[1] && temperature.min === undefined && temperature.max === undefined) {
        temperature.min = [found.range[0], found.range[0]];
        temperature.max = [found.range[1], found.range[1]];
      }
    }
    if (temperature.min !== undefined && temperature.max !== undefined) break;
  }
  const present = (t: Temperature) => (t.min === undefined && t.max === undefined ? undefined : t);
  return { temperature: present(temperature), mountainTemperature: present(mountain) };
}

/** `humidity`: the first main "%" range after "Độ ẩm". */
export function findHumidity(doc: BulletinDocument): Range | undefined {
  const folded = doc.folded;
  HUMIDITY_LABEL.lastIndex = 0;
  for (let m = HUMIDITY_LABEL.exec(folded); m !== null; m = HUMIDITY_LABEL.exec(folded)) {
    if (doc.isPast(m.index)) continue;
    const from = m.index + m[0].length;
    const found = firstMainRange(folded, from, measureEnd(doc, from), PERCENT);
    if (found !== undefined) return found.range;
  }
  return undefined;
}

/** "gió", not "giờ": by its spelling, or by the words after it when written without diacritics. */
function isWindWord(doc: BulletinDocument, start: number, end: number): boolean {
  if (!doc.text.isPlain(start, end)) return doc.text.spelling(start, end) === 'gió';
  return PLAIN_WIND_FOLLOWER.test(doc.folded.slice(end, end + 12));
}

function windWords(doc: BulletinDocument, segment: Segment): number[] {
  const text = doc.folded.slice(0, segment.end);
  const found: number[] = [];
  WIND_WORD.lastIndex = segment.start;
  for (let m = WIND_WORD.exec(text); m !== null; m = WIND_WORD.exec(text)) {
    if (isWindWord(doc, m.index, m.index + m[0].length)) found.push(m.index);
  }
  return found;
}

interface AreaClause extends Segment {
  /** The clause speaks of the area's wind (not the sea's, the upper air's or a storm centre's). */
  area: boolean;
}

/**
 * The clauses of each sentence, outside the past, marked area or not. A clause without its own wind
 * subject ("giật cấp 15", "có lúc cấp 4") continues the previous clause's subject. A sentence under a
 * sea or upper-air label ("Vùng biển vịnh Thái Lan: …; gió Tây Nam cấp 5") is not the area's, except
 * where it names the land ("trên đất liền").
 */
function areaClauses(doc: BulletinDocument): AreaClause[] {
  const result: AreaClause[] = [];
  for (const sentence of doc.sentences) {
    const sentenceText = doc.slice(sentence);
    if (RISK_SENTENCE.test(sentenceText)) continue;
    const label = /^[^,;:]{0,60}:/.exec(sentenceText.trimStart());
    const underOtherLabel = label !== null && NOT_THE_AREA.test(label[0]);
    let area = !underOtherLabel;
    for (const clause of doc.clauses(sentence)) {
      const text = doc.slice(clause);
      if (LAND.test(text)) area = true;
      else if (NOT_THE_AREA.test(text) || SYNOPTIC.test(text)) area = false;
      else if (!underOtherLabel && windWords(doc, clause).length > 0) area = true;
      const firstWord = clause.start + (text.length - text.trimStart().length);
      if (!doc.isPast(firstWord)) result.push({ ...clause, area });
    }
  }
  return result;
}

/** Prefer what is stated inside the conditions ("Thời tiết: …"), else the first in the text. */
function preferConditions<T extends { position: number }>(found: T[], conditions: Segment | undefined): T | undefined {
  const inside = conditions && found.find((x) => x.position >= conditions.start && x.position < conditions.end);
  return inside || found[0];
}

/** The level and speed of a wind phrase (up to its gusts). */
function readStrength(phrase: string): Pick<Wind, 'level' | 'speedMs'> {
  const gust = phrase.search(/\bgiat\b/);
  const rest = gust < 0 ? phrase : phrase.slice(0, gust);
  const strength: Pick<Wind, 'level' | 'speedMs'> = {};
  const level = LEVEL.exec(rest);
  const levelRange = level === null ? undefined : toRange(level[1], level[2]);
  if (levelRange !== undefined) strength.level = levelRange;
  const speed = SPEED.exec(rest);
  const speedRange = speed === null ? undefined : toRange(speed[1], speed[2]);
  if (speedRange !== undefined) strength.speedMs = speedRange;
  return strength;
}

/** The zone's wind when the text from `from` to `end` starts with a zone ("vùng ven biển cấp 4"). */
function readZone(doc: BulletinDocument, from: number, end: number): WindZone | undefined {
  const phrase = doc.folded.slice(from, Math.min(end, from + MAX_READING_SPAN));
  const zone = ZONE.exec(phrase);
  if (zone === null) return undefined;
  const strength = readStrength(phrase.slice(zone[0].length));
  if (strength.level === undefined && strength.speedMs === undefined) return undefined;
  const zoneStart = from + zone[0].indexOf(zone[1]);
  let zoneEnd = zoneStart + zone[1].length;
  const windWords = ZONE_WIND_WORDS.exec(zone[1]);
  if (windWords !== null) {
    const gio = zoneStart + windWords.index + windWords[0].indexOf('gio');
    if (windWords[1] === undefined || isWindWord(doc, gio, gio + 3)) zoneEnd -= windWords[0].length;
  }
  return { zone: doc.text.asWritten(zoneStart, zoneEnd), ...strength };
}

function readWind(doc: BulletinDocument, clause: Segment, windStart: number): Wind | undefined {
  const folded = doc.folded;
  const afterWord = windStart + 3;
  if (/^\s+giat\b/.test(folded.slice(afterWord, afterWord + 8))) return undefined;
  WIND_HEAD.lastIndex = afterWord;
  const head = WIND_HEAD.exec(folded);
  const headEnd = head === null ? afterWord : afterWord + head[0].length;
  const wind: Wind = {};
  if (head?.[1] !== undefined) {
    const directionStart = headEnd - head[1].length;
    wind.direction = doc.text.asWritten(directionStart, headEnd);
  }
  // "Gió Đông Bắc: vùng núi cấp 2, …" gives only zones.
  const zone = readZone(doc, headEnd, clause.end);
  if (zone !== undefined) wind.zones = [zone];
  else Object.assign(wind, readStrength(folded.slice(headEnd, Math.min(clause.end, headEnd + MAX_READING_SPAN))));
  return Object.keys(wind).length > 0 ? wind : undefined;
}

export interface AreaWind {
  wind?: Wind;
  gusts?: Range;
}

/** The area's wind and gusts, from the conditions first, never at sea, aloft or near a storm's centre. */
export function findAreaWind(doc: BulletinDocument, conditions: Segment | undefined): AreaWind {
  const winds: { position: number; wind: Wind }[] = [];
  const gusts: { position: number; range: Range }[] = [];
  const folded = doc.folded;
  let last: Wind | undefined;
  for (const clause of areaClauses(doc)) {
    if (!clause.area) {
      last = undefined;
      continue;
    }
    // A clause that opens with a zone gives that zone's wind: "gió Đông Bắc cấp 3, vùng ven biển cấp 4".
    const zone = last === undefined ? undefined : readZone(doc, clause.start, clause.end);
    if (last !== undefined && zone !== undefined) (last.zones ??= []).push(zone);
    else {
      for (const position of windWords(doc, clause)) {
        const wind = readWind(doc, clause, position);
        if (wind !== undefined) winds.push({ position, wind });
        last = wind ?? last;
      }
    }
    const text = folded.slice(0, clause.end);
    GUST_WORD.lastIndex = clause.start;
    for (let m = GUST_WORD.exec(text); m !== null; m = GUST_WORD.exec(text)) {
      GUST_LEVEL.lastIndex = m.index + m[0].length;
      const level = GUST_LEVEL.exec(text);
      const range = level === null ? undefined : toRange(level[1], level[2]);
      if (range !== undefined) gusts.push({ position: m.index, range });
    }
  }
  const result: AreaWind = {};
  const wind = preferConditions(winds, conditions)?.wind;
  if (wind !== undefined) result.wind = wind;
  const gust = preferConditions(gusts, conditions)?.range;
  if (gust !== undefined) result.gusts = gust;
  return result;
}
