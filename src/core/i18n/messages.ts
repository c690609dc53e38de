// The typed catalogue: Vietnamese defines the shape, every language fills all of it.
import type { Locale } from './locale.js';
import { vi } from './messages/vi.js';
import { en } from './messages/en.js';

/** Literal strings widened to string, functions kept: the shape every language must match. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> };

export type Messages = Widen<typeof vi>;

const catalogue: Record<Locale, Messages> = { vi, en };

export function messagesFor(locale: Locale): Messages {
  return catalogue[locale];
}
