// The typed catalogue: each section's Vietnamese text defines its shape, and English must fill all of it.

/** Literal strings widened to string, functions kept: the shape every language must match. */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> };

/**
 * One section of text in every language. A widget imports only the sections it shows, so a page that
 * loads one widget does not download the others' words.
 */
export interface Catalogue<T> {
  readonly vi: Widen<T>;
  readonly en: Widen<T>;
}
