/**
 * The bulletin text in two parallel forms: the original (NFC) and a folded copy for matching
 * (lower case, diacritics stripped, đ → d, every dash a "-", every space a " ", every line break a "\n").
 * All positions handed around the weather parser are positions in the folded copy; `original()`
 * maps them back, so fields "as written" come from the original NFC text.
 */
import { foldCharacter } from '../fold.js';

/** A bulletin is a few kilobytes; anything past this is not read (bounds the work on hostile input). */
export const MAX_INPUT_LENGTH = 100_000;

export class FoldedText {
  /** The input, cut to MAX_INPUT_LENGTH and normalised to NFC. */
  readonly original: string;
  /** Lower case, no diacritics, ASCII for Vietnamese text. */
  readonly folded: string;
  /** folded index → original index; one extra entry for the end. */
  private readonly toOriginal: Uint32Array;

  constructor(input: string) {
    this.original = input.slice(0, MAX_INPUT_LENGTH).normalize('NFC');
    const parts: string[] = [];
    const offsets: number[] = [];
    let index = 0;
    for (const ch of this.original) {
      const folded = foldCharacter(ch);
      for (let k = 0; k < folded.length; k++) offsets.push(index);
      parts.push(folded);
      index += ch.length;
    }
    offsets.push(index);
    this.folded = parts.join('');
    this.toOriginal = Uint32Array.from(offsets);
  }

  /** The original text of the folded span [start, end), whitespace collapsed and trimmed. */
  asWritten(start: number, end: number): string {
    return this.rawOriginal(start, end).replace(/\s+/g, ' ').trim();
  }

  rawOriginal(start: number, end: number): string {
    const from = this.toOriginal[Math.max(0, Math.min(start, this.folded.length))];
    const to = this.toOriginal[Math.max(0, Math.min(end, this.folded.length))];
    return this.original.slice(from, to);
  }

  /** How the folded span [start, end) is spelled in the original: lower case, single spaces. */
  spelling(start: number, end: number): string {
    return this.rawOriginal(start, end).toLowerCase().replace(/\s+/g, ' ');
  }

  /** True when the span is written without any diacritic (so "dong" may be "dông" or "đông"). */
  isPlain(start: number, end: number): boolean {
    return this.spelling(start, end) === this.folded.slice(start, end).replace(/\s+/g, ' ');
  }

  /** True when the original word starting at `start` is written Capitalised (upper then lower case). */
  isCapitalisedWord(start: number, end: number): boolean {
    const word = this.rawOriginal(start, end);
    if (word.length === 0) return false;
    const first = word[0];
    const rest = word.slice(1);
    return first !== first.toLowerCase() && rest === rest.toLowerCase();
  }

  /** True when the original character at `start` is an upper-case letter. */
  startsUpperCase(start: number): boolean {
    const ch = this.rawOriginal(start, start + 1);
    return ch !== ch.toLowerCase();
  }
}
