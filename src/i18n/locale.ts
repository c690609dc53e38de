// Which of our languages a BCP 47 tag asks for.
import { isOneOf } from '../core/builtins.js';

export const locales = ['vi', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'vi';

/**
 * The supported locale for a language tag ("en-US" → "en", "VI" → "vi"); the fallback (default `vi`)
 * for an empty, unknown or malformed tag.
 */
export function resolveLocale(tag: string | null | undefined, fallback: Locale = defaultLocale): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return isOneOf(locales, primary) ? primary : fallback;
}

// Characters only Vietnamese uses among the languages a Vietnamese site's feed is written in.
const VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]/;

/**
 * The language of a feed's own words (titles, summaries, article text, categories): the feed's declared
 * language, else `vi` when the text is Vietnamese, else undefined (unknown).
 */
export function textLanguage(text: string, feedLanguage?: string | null): string | undefined {
  const declared = feedLanguage?.trim();
  if (declared) return declared;
  return VIETNAMESE.test(text.normalize('NFC')) ? 'vi' : undefined;
}
