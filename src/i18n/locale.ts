// Which of our languages a BCP 47 tag asks for.

export const locales = ['vi', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'vi';

/**
 * The supported locale for a language tag ("en-US" → "en", "VI" → "vi"); the fallback (default `vi`)
 * for an empty, unknown or malformed tag.
 */
export function resolveLocale(tag: string | null | undefined, fallback: Locale = defaultLocale): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (locales as readonly string[]).includes(primary) ? (primary as Locale) : fallback;
}
