// Hostile text in comments (#17): lone surrogates, invisible "content", controls, bidi overrides and stacked
// combining marks. The rules live in core, so the comment box and the server apply the same ones.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cleanCommentText, countContent, validateComment, MAX_MARKS_PER_CHARACTER } from '../../../src/core/comments/index.js';

const valid = { author: 'Mạnh Hùng', body: 'Bài viết rất hay' };

function codes(input: Record<string, unknown>): string[] {
  const result = validateComment({ ...valid, ...input });
  return result.ok ? [] : result.errors.map((e) => e.code);
}

describe('hostile comment text', () => {
  it('replaces lone surrogates before counting, so what is stored is what was checked', () => {
    const result = validateComment({ ...valid, body: '\ud800'.repeat(500) });
    assert.ok(result.ok);
    assert.equal(result.value.body, '\ufffd'.repeat(500));
    assert.doesNotMatch(result.value.body, /[\ud800-\udfff]/);
    assert.deepEqual(codes({ body: `${'\udc00'.repeat(501)}` }), ['body-too-long']);
    // A pair stays a pair.
    assert.equal(cleanCommentText('a😀b\ud83d'), 'a😀b\ufffd');
  });

  it('does not count invisible characters as content', () => {
    assert.deepEqual(codes({ author: '\u200b\u200b' }), ['author-required']);
    assert.deepEqual(codes({ author: '\u2800' }), ['author-required']);
    assert.deepEqual(codes({ author: '\u3164\ufeff\u2060' }), ['author-required']);
    assert.deepEqual(codes({ body: '\u200b'.repeat(5) }), ['body-too-short']);
    assert.deepEqual(codes({ body: 'abcd\u200b\u200b' }), ['body-too-short']);
    assert.equal(countContent('a\u200bb\u2800 c'), 3);
    assert.equal(countContent('Tiếng Việt'.normalize('NFD')), 9);
    assert.equal(countContent('👨‍👩‍👧‍👦🇻🇳'), 2);
  });

  it('strips control characters and bidi overrides, keeps line breaks and tabs in the body', () => {
    const result = validateComment({ author: 'A\u0000n\u202e\n', body: 'xin\u0000 chào\u0007\u202Ebạn\u2066\r\ndòng\thai\u0085' });
    assert.ok(result.ok);
    assert.equal(result.value.author, 'An');
    assert.equal(result.value.body, 'xin chàobạn\ndòng\thai');
    // An author is one line.
    const twoLines = validateComment({ ...valid, author: 'Mạnh\nHùng' });
    assert.ok(twoLines.ok);
    assert.equal(twoLines.value.author, 'Mạnh Hùng');
  });

  it('caps the combining marks of one character and the bytes of a field', () => {
    const zalgo = `A${'\u0301'.repeat(5000)}`;
    const result = validateComment({ ...valid, body: `${zalgo} bình luận` });
    assert.ok(result.ok);
    assert.equal(result.value.body, `A${'\u0301'.repeat(MAX_MARKS_PER_CHARACTER)} bình luận`);
    // Vietnamese in NFD keeps its two marks.
    assert.equal(cleanCommentText('ệ'.normalize('NFD')), 'ệ'.normalize('NFD'));
    // 500 characters, each far larger than any real one: over the field's bytes.
    const heavy = '👨‍👩‍👧‍👦'.repeat(500);
    assert.deepEqual(codes({ body: heavy }), ['body-too-long']);
    assert.deepEqual(codes({ body: '😀'.repeat(500) }), []);
  });
});
