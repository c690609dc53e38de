// The whole catalogue in one object per language. Widgets do not use it: each takes its sections from
// messages/<section>.ts through LocalizeController.t(), so it downloads only its own words.
import type { Locale } from './locale.js';
import type { Widen } from './catalogue.js';
import { vi } from './catalogues/vi.js';
import { en } from './catalogues/en.js';

export type { Catalogue, Widen } from './catalogue.js';

export type AllText = Widen<typeof vi>;

const catalogue: Record<Locale, AllText> = { vi, en };

export function allTextFor(locale: Locale): AllText {
  return catalogue[locale];
}
