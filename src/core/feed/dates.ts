// Feed dates → ISO 8601 UTC. Reads RFC 822 (any weekday or none), ISO 8601 / RFC 3339 and day-first
// dd/mm/yyyy; a date written without a zone is read in `timeZone`. Anything doubtful gives undefined.

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

// yyyy-mm-dd | dd/mm/yyyy | dd Mon yyyy (after any weekday), then an optional time and the rest: the zone.
const DATE =
  /^\D*?(\d{1,4})[-/. ]+(\d\d?|[a-z]{3})[a-z]*\.?,?[-/. ]+(\d{1,4})(?:[\sT,-]+(\d\d?)[:h](\d\d)(?::(\d\d)(?:[.,](\d+))?)?)?\s*(.*)$/i;
// +0700, +07:00, +7, GMT+7, (GMT+07:00), UTC, EST, ICT, Z…, optionally followed by "(Zone Name)".
const ZONE = /^\(?([a-z]{1,4})?\s*(?:([+-])(\d\d?):?(\d\d)?)?\)?(\s*\(.*\))?$/i;
// Hours east of UTC. Single letters are military zones: A–I = +1…+9, K–M = +10…+12, N–Y = −1…−12, Z = 0.
const ZONES: Record<string, number> = { UT: 0, UTC: 0, GMT: 0, EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7, ICT: 7 };
[...'ABCDEFGHIKLMNOPQRSTUVWXYZ'].forEach((c, i) => (ZONES[c] = i < 12 ? i + 1 : i < 24 ? 11 - i : 0));

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
  const h = +m[3], mi = +(m[4] ?? 0);
  // An offset alone, or after GMT/UTC/UT: "+0700", "GMT+7".
  return (!name || (hours === 0 && name[1])) && h < 24 && mi < 60 ? (m[2] === '-' ? -1 : 1) * (h * 60 + mi) : undefined;
}

/** Feed date text → exactly `toISOString()` output, or undefined when it cannot be read with certainty. */
export function parseDate(text: string | undefined, timeZone: string = DEFAULT_TIME_ZONE): string | undefined {
  const m = text && text.length < 80 ? DATE.exec(text.trim()) : null;
  if (!m) return;
  const [, a, b, c] = m;
  const iso = a.length > 3;
  let y = +(iso ? a : c);
  if (!iso && c.length === 2) y += y < 50 ? 2000 : 1900;
  const mo = b > '9' ? 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(b.toLowerCase()) / 3 + 1 : +b;
  const d = +(iso ? c : a), h = +(m[4] ?? 0), mi = +(m[5] ?? 0), s = +(m[6] ?? 0);
  const zone = readZone(m[8]);
  const monthDays = mo === 2 ? (y % 4 || (y % 100 === 0 && y % 400) ? 28 : 29) : 30 + ((mo + (mo >> 3)) & 1);
  if (iso ? b > '9' || c.length > 2 : a.length > 2 || c.length % 2) return;
  if (y < 100 || mo % 1 || mo < 1 || mo > 12 || d < 1 || d > monthDays || h > 23 || mi > 59 || s > 60 || zone === undefined) return;
  const local = Date.UTC(y, mo - 1, d, h, mi, s) + +((m[7] ?? '') + '00').slice(0, 3);
  const offset = (t: number) => zone ?? readZone(zoneFormat(timeZone).format(t).split(' ').pop()!)!;
  // A local time: the zone's offset at that moment (asked twice, so a daylight-saving change is crossed right).
  return new Date(local - offset(local - offset(local) * 60000) * 60000).toISOString();
}
