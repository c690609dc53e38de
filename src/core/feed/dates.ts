// Feed dates → ISO 8601 UTC. Reads RFC 822 (any weekday or none), ISO 8601 / RFC 3339 and day-first
// dd/mm/yyyy; a date written without a zone is read in `timeZone`. Anything doubtful gives undefined.

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';
// yyyy-mm-dd | dd/mm/yyyy | dd Mon yyyy (after any weekday), then an optional time and the rest (the zone).
const DATE =
  /^\D*?(\d{1,4})[-/. ]+(\d{1,2}|[a-z]{3})[a-z]*\.?,?[-/. ]+(\d{1,4})(?:[\sT,]+(\d\d?)[:h](\d\d)(?::(\d\d)(?:[.,](\d+))?)?)?\s*(.*)$/i;
// +0700, +07:00, +7, GMT+7, (GMT+07:00), UTC, EST, ICT, Z… optionally followed by a "(Zone Name)".
const ZONE = /^\(?([a-z]{1,4})?\s*(?:([+-])(\d\d?):?(\d\d)?)?\)?(?:\s*\([^)]*\))?$/i;
// Hours east of UTC; single letters are military zones: A–I = +1…+9, K–M = +10…+12, N–Y = −1…−12, Z = 0.
const NAMED_ZONES: Record<string, number> = { UT: 0, UTC: 0, GMT: 0, EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7, ICT: 7 };
'ABCDEFGHIKLMNOPQRSTUVWXYZ'.split('').forEach((c, i) => (NAMED_ZONES[c] = i < 12 ? i + 1 : i < 24 ? 11 - i : 0));

const formats = new Map<string, Intl.DateTimeFormat>();

/** A formatter for the zone (cached); throws RangeError for an unknown zone. */
export function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    const n = 'numeric';
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: n, month: n, day: n, hour: n, minute: n, second: n });
    formats.set(timeZone, format);
  }
  return format;
}

/** Minutes east of UTC in the zone at instant t (whole seconds). */
function zoneOffset(t: number, format: Intl.DateTimeFormat): number {
  const [mo, d, y, h, mi, s] = format.format(t).match(/\d+/g)!.map(Number);
  return (Date.UTC(y, mo - 1, d, h, mi, s) - t) / 60000;
}

/** Zone text → minutes east of UTC; null when none is written, undefined when unknown. */
function readZone(text: string): number | null | undefined {
  const m = ZONE.exec(text);
  if (!text || !m) return text ? undefined : null;
  const [, name = '', sign, h, mi = 0] = m;
  const named = NAMED_ZONES[name.toUpperCase()];
  if (!sign) return named === undefined ? undefined : named * 60;
  return named === 0 && name.length > 1 || !name ? (+h < 24 && +mi < 60 ? (sign === '-' ? -1 : 1) * (+h * 60 + +mi) : undefined) : undefined;
}

/** Feed date text → exactly `toISOString()` output, or undefined when it cannot be read with certainty. */
export function parseDate(text: string | undefined, timeZone: string = DEFAULT_TIME_ZONE): string | undefined {
  const m = text && text.length < 80 ? DATE.exec(text.trim()) : null;
  if (!m) return undefined;
  const [, a, b, c, h = 0, mi = 0, s = 0, fraction = '', rest] = m;
  const iso = a.length === 4;
  let y = +(iso ? a : c);
  const mo = b > '9' ? MONTHS.indexOf(b.toLowerCase()) / 3 + 1 : +b;
  const d = +(iso ? c : a);
  if (iso ? b > '9' || c.length > 2 : a.length > 2 || c.length === 1 || c.length === 3) return undefined;
  if (y < 100) y += y < 50 ? 2000 : 1900;
  const zone = readZone(rest);
  if (mo % 1 || mo < 1 || mo > 12 || d < 1 || +h > 23 || +mi > 59 || +s > 60 || zone === undefined) return undefined;
  if (d > (mo === 2 ? (y % 4 || (y % 100 === 0 && y % 400) ? 28 : 29) : 30 + ((mo + (mo >> 3)) & 1))) return undefined;
  const local = Date.UTC(y, mo - 1, d, +h, +mi, +s);
  let t = local;
  if (zone === null) {
    const format = zoneFormat(timeZone);
    t = local - zoneOffset(local - zoneOffset(local, format) * 60000, format) * 60000;
  } else t -= zone * 60000;
  return isoString(t + +(fraction + '00').slice(0, 3));
}

let cachedDay = NaN, cachedDate = '';
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Same as new Date(t).toISOString(), faster for many times of few days: the date part is cached. */
function isoString(t: number): string {
  const day = Math.floor(t / 864e5), ms = t - day * 864e5;
  if (day !== cachedDay) [cachedDay, cachedDate] = [day, new Date(day * 864e5).toISOString().slice(0, -13)];
  return `${cachedDate}${pad(Math.floor(ms / 36e5))}:${pad(Math.floor(ms / 6e4) % 60)}:${pad(Math.floor(ms / 1e3) % 60)}.${pad(ms % 1e3, 3)}Z`;
}
