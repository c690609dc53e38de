// Numbers and days as a reader of each language writes them.
import type { Locale } from '../../i18n/locale.js';
import type { Range } from '../../core/weather/index.js';

const intlLocale = (locale: Locale) => (locale === 'vi' ? 'vi-VN' : 'en');
const numberFormats = new Map<Locale, Intl.NumberFormat>();
const dayFormats = new Map<Locale, Intl.DateTimeFormat>();

function formatNumber(value: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1, useGrouping: false });
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/** "20–22", "2" for [2, 2], "-3 – 2" (spaced when a minus sign is near); '' for anything that is not a range. */
export function formatRange(range: Range | undefined, locale: Locale): string {
  if (!Array.isArray(range) || range.length !== 2 || !range.every((n) => typeof n === 'number' && Number.isFinite(n))) return '';
  const [lo, hi] = range;
  if (lo === hi) return formatNumber(lo, locale);
  return `${formatNumber(lo, locale)}${lo < 0 || hi < 0 ? ' – ' : '–'}${formatNumber(hi, locale)}`;
}

/** An ISO day (YYYY-MM-DD) for people: "Thứ Hai, 22/09/2025", "Monday, Sep 22, 2025"; '' when it is not one. */
export function formatDay(isoDay: string | undefined, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay ?? '');
  if (!match) return '';
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (Number.isNaN(time)) return '';
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), {
      timeZone: 'UTC',
      weekday: 'long',
      day: locale === 'vi' ? '2-digit' : 'numeric',
      month: locale === 'vi' ? '2-digit' : 'short',
      year: 'numeric',
    });
    dayFormats.set(locale, format);
  }
  return format.format(time);
}
