// The whole catalogue in one object per language. Widgets do not use it: each takes its sections from
// messages/<section>.ts through LocalizeController.t(), so it downloads only its own words.
import type { Locale } from './locale.js';
import type { Widen } from './catalogue.js';
import { vi } from './messages/vi.js';
import { en } from './messages/en.js';

export type { Catalogue, Widen } from './catalogue.js';

export type Messages = Widen<typeof vi>;

const catalogue: Record<Locale, Messages> = { vi, en };

export function messagesFor(locale: Locale): Messages {
  return catalogue[locale];
}
