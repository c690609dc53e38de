// How much of an insertion fits under a maximum of user-perceived characters (fitInsertion in
// src/components/comment-box/limit-input.ts), without a DOM. The DOM side (events, the field) is limit-input.test.ts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { countCharacters } from '../../../src/core/comments/index.js';
import { fitInsertion } from '../../../src/components/comment-box/limit-input.js';

const NFD_E = 'e\u0302\u0323'; // ệ as three code points
const FAMILY = '👨‍👩‍👧‍👦';

/** The value after inserting what fits at [start, end). */
function insert(value: string, start: number, end: number, inserted: string, max: number): string {
  return value.slice(0, start) + fitInsertion(value, start, end, inserted, max) + value.slice(end);
}

describe('fitInsertion', () => {
  it('lets everything through that fits', () => {
    assert.equal(fitInsertion('abc', 3, 3, 'de', 5), 'de');
    assert.equal(fitInsertion('', 0, 0, 'Xin chào', 500), 'Xin chào');
  });

  it('keeps the longest start that fits, at the end, in the middle and over a selection', () => {
    assert.equal(fitInsertion('abc', 3, 3, 'defgh', 5), 'de');
    assert.equal(insert('abXYZ', 2, 2, '1234567', 8), 'ab123XYZ');
    // Replacing a selection frees its characters first.
    assert.equal(insert('ab123XYZ', 2, 5, 'pqrstu', 8), 'abpqrXYZ');
  });

  it('gives nothing when the field is full, but an insertion replacing as much still fits', () => {
    assert.equal(fitInsertion('abcdef', 6, 6, 'g', 6), '');
    assert.equal(fitInsertion('abcdef', 0, 1, 'Z', 6), 'Z');
  });

  it('never cuts inside an emoji sequence, a flag or a letter typed with combining marks', () => {
    assert.equal(fitInsertion('Xin ', 4, 4, `ab${FAMILY}${NFD_E}cdđ`, 8), `ab${FAMILY}${NFD_E}`);
    assert.equal(fitInsertion('ab', 2, 2, '🇻🇳🇻🇳🇻🇳', 4), '🇻🇳🇻🇳');
    assert.equal(fitInsertion('', 0, 0, `${NFD_E}${NFD_E}${NFD_E}`, 2), `${NFD_E}${NFD_E}`);
  });

  it('lets a combining mark join the last letter of a full field: it adds no character', () => {
    assert.equal(fitInsertion('abcdef', 6, 6, '\u0301', 6), '\u0301');
    assert.equal(countCharacters(insert('abcdef', 6, 6, '\u0301', 6)), 6);
  });

  it('takes care of the seam: a character that merges with its neighbour is dropped until it fits', () => {
    // The flag's second half would pair with the regional indicator already in the field.
    const value = '\u{1F1FB}bc'; // a lone regional indicator, then b c
    const fitted = fitInsertion(value, 1, 1, '\u{1F1F3}\u{1F1FB}x', 4);
    assert.ok(countCharacters(value.slice(0, 1) + fitted + value.slice(1)) <= 4);
    for (const [value, start, inserted, max] of [
      ['abc', 3, '\u0301\u0302de', 4],
      ['ab', 1, '🇻🇳x🇻🇳', 3],
      [FAMILY, 0, `${FAMILY}\u200D${FAMILY}`, 2],
    ] as const) {
      const result = insert(value, start, start, inserted, max);
      assert.ok(countCharacters(result) <= max, `${JSON.stringify(result)} over ${max}`);
    }
  });

  it('a maximum of 0 or less lets nothing in', () => {
    assert.equal(fitInsertion('', 0, 0, 'a', 0), '');
    assert.equal(fitInsertion('', 0, 0, 'a', -1), '');
  });
});
