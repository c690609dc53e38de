// Feed dates → ISO 8601 UTC. Reads RFC 822 (any weekday or none), ISO 8601 / RFC 3339 and day-first
// dd/mm/yyyy; a date written without a zone is read in `timeZone`. Anything doubtful gives undefined.

import { DEFAULT_TIME_ZONE } from './model.js';

// yyyy-mm-dd | dd/mm/yyyy | dd Mon yyyy (after any weekday), then an optional time and the rest: the zone.
const DATE = /^\D*?(\d{1,4})[-/. ]+(\d\d?|[a-z]{3})[a-z]*\.?,?[-/. ]+(\d{1,4})(?:[\sT,-]+(\d\d?)[:h](\d\d)(?::(\d\d)(?:[.,](\d+))?)?)?\s*(.*)$/i;
// +0700, +07:00, +7, GMT+7, (GMT+07:00), UTC, EST, ICT, Z…, optionally followed by "(Zone Name)".
const ZONE = /^\(?([a-z]{1,4})?\s*(?:([+-])(\d\d?):?(\d\d)?)?\)?(\s*\(.*\))?$/i;
// Hours east of UTC. Single letters are military zones: A–I = +1…+9, K–M = +10…+12, N–Y = −1…−12, Z = 0.
// North American zones: EST −5 … PST −8, their daylight time (xDT) one hour later.
const ZONES: Record<string, number> = { UT: 0, UTC: 0, GMT: 0, ICT: 7 };
[...'ABCDEFGHIKLMNOPQRSTUVWXYZ'].forEach((c, i) => (ZONES[c] = i < 12 ? i + 1 : i < 24 ? 11 - i : 0));
[...'ECMP'].forEach((c, i) => (ZONES[c + 'DT'] = (ZONES[c + 'ST'] = -5 - i) + 1));

const formats = new Map<string, Intl.DateTimeFormat>();

/** A formatter that writes the zone's UTC offset (cached); throws RangeError for an unknown zone. */
export function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) formats.set(timeZone, (format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })));
  return format;
}

/** Zone text → minutes east of UTC; null when none is written, undefined when unknown. */
function readZone(text: string): number | null | undefined {
  if (!text) return null;
  const m = ZONE.exec(text);
  const name = m?.[1]?.toUpperCase();
  const hours = ZONES[name!];
  if (!m?.[2]) return hours === undefined ? undefined : hours * 60;
  const h = +m[3],
    mi = +(m[4] ?? 0);
  // An offset alone, or after GMT/UTC/UT: "+0700", "GMT+7".
  return (!name || (hours === 0 && name[1])) && h < 24 && mi < 60 ? (m[2] === '-' ? -1 : 1) * (h * 60 + mi) : undefined;
}

// The shape nearly every RSS feed writes, read without the general pattern: "Mon, 22 Sep 2025 08:30:00 +0700".
const RFC822 = /^[a-z]{3}, \d\d [a-z]{3} \d{4} \d\d:\d\d:\d\d [+-]\d{4}$/i;

/** The number written with `length` digits at `at` (checked to be digits already). */
function digits(text: string, at: number, length = 2): number {
  let n = 0;
  for (let i = at; i < at + length; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

/** Feed date text → exactly `toISOString()` output, or undefined when it cannot be read with certainty. */
export function parseDate(text: string | undefined, timeZone: string = DEFAULT_TIME_ZONE): string | undefined {
  text = text?.trim();
  if (!text || text.length > 80) return;
  let y: number,
    b: string,
    d: number,
    h: number,
    mi: number,
    s: number,
    ms = 0,
    zone: number | null | undefined;
  if (RFC822.test(text)) {
    [d, b, y, h, mi, s] = [digits(text, 5), text.substr(8, 3), digits(text, 12, 4), digits(text, 17), digits(text, 20), digits(text, 23)];
    zone = (text[26] === '-' ? -1 : 1) * (digits(text, 27) * 60 + digits(text, 29));
  } else {
    const m = DATE.exec(text);
    if (!m) return;
    const iso = m[1].length > 3;
    const c = m[3];
    if (iso ? m[2] > '9' || c.length > 2 : m[1].length > 2 || c.length % 2) return;
    [y, b, d] = [+(iso ? m[1] : c), m[2], +(iso ? c : m[1])];
    if (!iso && c.length === 2) y += y < 50 ? 2000 : 1900;
    [h, mi, s, ms, zone] = [+(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), +((m[7] ?? '') + '00').slice(0, 3), readZone(m[8])];
  }
  const mo = b > '9' ? 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(b.toLowerCase()) / 3 + 1 : +b;
  const monthDays = mo === 2 ? (y % 4 || (y % 100 === 0 && y % 400) ? 28 : 29) : 30 + ((mo + (mo >> 3)) & 1);
  if (y < 100 || mo % 1 || mo < 1 || mo > 12 || d < 1 || d > monthDays || h > 23 || mi > 59 || s > 60 || zone === undefined) return;
  const local = Date.UTC(y, mo - 1, d, h, mi, s) + ms;
  const offset = (t: number) => (zone === null ? zoneOffset(timeZone, t) : zone * 60000);
  // A local time: the zone's offset at that moment (asked twice, so a daylight-saving change is crossed right).
  return isoString(local - offset(local - offset(local)));
}

/** The zone's UTC offset at `t` in ms: Intl writes "GMT+07:00", "GMT" for UTC, "GMT+07:06:40" for local mean time (before 1906 here). */
function zoneOffset(timeZone: string, t: number): number {
  const m = /([+-])(\d\d):(\d\d)(?::(\d\d))?$/.exec(zoneFormat(timeZone).format(t));
  return m ? (m[1] === '-' ? -1 : 1) * ((+m[2] * 60 + +m[3]) * 60 + +(m[4] ?? 0)) * 1000 : 0;
}

let cachedDay = NaN,
  cachedDate = '';
const pad = (n: number) => (n < 10 ? '0' : '') + n;

/** new Date(t).toISOString(), faster: the date part is kept for the next time of the same day. */
function isoString(t: number): string {
  const day = Math.floor(t / 864e5),
    ms = t - day * 864e5;
  if (day !== cachedDay) [cachedDay, cachedDate] = [day, new Date(t).toISOString().slice(0, -13)];
  return `${cachedDate}${pad(Math.floor(ms / 36e5))}:${pad(Math.floor(ms / 6e4) % 60)}:${pad(Math.floor(ms / 1e3) % 60)}.${String(ms % 1e3).padStart(3, '0')}Z`;
}
