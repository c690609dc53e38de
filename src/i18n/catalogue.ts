// The typed catalogue: each section's Vietnamese text defines its shape, and English must fill all of it.
import type { AllText } from './all-text.js';

/** Literal strings widened to string, functions kept: the shape every language must match. */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> };

/**
 * One section of text. A widget imports only the Vietnamese of the sections it shows, so a page that loads one
 * widget does not download the others' words; English is one lazy chunk (catalogues/en.ts) for every section.
 */
export interface Catalogue<T> {
  readonly vi: Widen<T>;
  /** The section in the English catalogue. */
  readonly en: (all: AllText) => Widen<T>;
}
