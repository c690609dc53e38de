// countCharacters where Intl.Segmenter does not exist (older engines): the regex fallback.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';

describe('countCharacters without Intl.Segmenter', () => {
  let count: (text: string) => number;
  let clamp: (text: string, max: number) => string;

  before(async () => {
    // Removed before the module first asks for it (it caches the answer), in this test process only.
    delete (Intl as { Segmenter?: unknown }).Segmenter;
    ({ countCharacters: count, clampCharacters: clamp } = await import('../../../src/core/comments/text.js'));
  });

  it('still counts combining marks, ZWJ sequences, flags and skin tones as one', () => {
    assert.equal((Intl as { Segmenter?: unknown }).Segmenter, undefined);
    assert.equal(count('Tiếng Việt'.normalize('NFD')), 10);
    assert.equal(count('👨‍👩‍👧‍👦'), 1);
    assert.equal(count('🇻🇳🇻🇳'), 2);
    assert.equal(count('👍🏽!'), 2);
    assert.equal(count('a\r\nb'), 3);
    assert.equal(clamp('Tiếng Việt'.normalize('NFD'), 5), 'Tiếng'.normalize('NFD'));
  });
});
