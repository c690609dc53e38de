// Dates for people: absolute ("22/09/2025 08:30") and relative ("2 giờ trước"), in the newsroom's time zone.
import { DEFAULT_TIME_ZONE } from '../core/feed/model.js';
import type { Locale } from './locale.js';

export { DEFAULT_TIME_ZONE };

const absoluteFormats = new Map<string, Intl.DateTimeFormat>();
const relativeFormats = new Map<Locale, Intl.RelativeTimeFormat>();

function toDate(value: string | number | Date | null | undefined): Date | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function absoluteFormat(locale: Locale, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone}`;
  let format = absoluteFormats.get(key);
  if (!format) {
    format =
      locale === 'vi'
        ? new Intl.DateTimeFormat('vi-VN', {
            timeZone,
            day: '2-digit',
            month: '2-digit',
            year: 'numeric',
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23',
          })
        : new Intl.DateTimeFormat('en', { timeZone, dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' });
    absoluteFormats.set(key, format);
  }
  return format;
}

/**
 * "22/09/2025 08:30" in Vietnamese (day first, 24 h), "Sep 22, 2025, 08:30" in English, read in `timeZone`.
 * '' for a missing or unreadable date. An invalid time zone throws a RangeError.
 */
export function formatDate(value: string | number | Date | null | undefined, locale: Locale, timeZone: string = DEFAULT_TIME_ZONE): string {
  const date = toDate(value);
  if (!date) return '';
  const format = absoluteFormat(locale, timeZone);
  if (locale !== 'vi') return format.format(date);
  // Intl's Vietnamese puts the time first; the newsroom convention is date first.
  const part = (type: Intl.DateTimeFormatPartTypes) => format.formatToParts(date).find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "2 giờ trước" / "2 hours ago": the largest whole unit; '' for a missing or unreadable date. */
export function formatRelative(value: string | number | Date | null | undefined, locale: Locale, now: number = Date.now()): string {
  const date = toDate(value);
  if (!date) return '';
  let format = relativeFormats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    relativeFormats.set(locale, format);
  }
  const seconds = Math.round((date.getTime() - now) / 1000);
  // Clocks disagree by a little; a few seconds in the future is "now", not "in 3 seconds".
  if (Math.abs(seconds) < 45) return format.format(0, 'second');
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(0, 'second');
}
