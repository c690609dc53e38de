// src/core/comments: counting, clamping and validation shared by the widget and the server.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  clampCharacters,
  countCharacters,
  isValidClientId,
  isValidCommentId,
  isValidThreadId,
  validateComment,
} from '../../../src/core/comments/index.js';

const NFD_VIET = 'Tiếng Việt'.normalize('NFD'); // base letters + combining marks

describe('countCharacters', () => {
  it('counts a Vietnamese letter typed as base + combining marks once', () => {
    assert.ok(NFD_VIET.length > 10);
    assert.equal(countCharacters(NFD_VIET), 10);
    assert.equal(countCharacters('Tiếng Việt'.normalize('NFC')), 10);
    assert.equal(countCharacters('ệ'.normalize('NFD')), 1);
  });

  it('counts emoji, ZWJ families, flags and skin tones once each', () => {
    assert.equal(countCharacters('😀'), 1);
    assert.equal(countCharacters('👨‍👩‍👧‍👦'), 1);
    assert.equal(countCharacters('🇻🇳'), 1);
    assert.equal(countCharacters('👍🏽'), 1);
    assert.equal(countCharacters('a😀b'), 3);
  });

  it('counts CRLF as one and empty as zero', () => {
    assert.equal(countCharacters('a\r\nb'), 3);
    assert.equal(countCharacters(''), 0);
  });
});

describe('clampCharacters', () => {
  it('cuts at a character boundary, never inside a cluster', () => {
    assert.equal(clampCharacters(NFD_VIET, 5), 'Tiếng'.normalize('NFD'));
    assert.equal(clampCharacters('ab👨‍👩‍👧‍👦cd', 3), 'ab👨‍👩‍👧‍👦');
    assert.equal(clampCharacters('short', 500), 'short');
    assert.equal(clampCharacters('abc', 0), '');
  });
});

describe('validateComment', () => {
  const valid = { author: 'Mạnh Hùng', body: 'Bài viết rất hay', email: 'hung@example.vn' };

  it('accepts a valid comment and trims its fields', () => {
    const result = validateComment({ author: '  An  ', body: '  Xin chào bạn  ', email: '' });
    assert.deepEqual(result, { ok: true, value: { author: 'An', body: 'Xin chào bạn' } });
  });

  it('keeps the body as written otherwise (markup is text)', () => {
    const body = '<script>alert(1)</script>\nline two';
    const result = validateComment({ ...valid, body });
    assert.ok(result.ok);
    assert.equal(result.value.body, body);
  });

  const cases: [string, Record<string, unknown>, string, string, Record<string, number>?][] = [
    ['missing author', { ...valid, author: undefined }, 'author', 'author-required'],
    ['blank author', { ...valid, author: '   ' }, 'author', 'author-required'],
    ['author of another type', { ...valid, author: 42 }, 'author', 'author-required'],
    ['author over 80', { ...valid, author: 'a'.repeat(81) }, 'author', 'author-too-long', { max: 80 }],
    ['malformed email', { ...valid, email: 'not-an-email' }, 'email', 'email-invalid'],
    ['email of another type', { ...valid, email: ['x@y.vn'] }, 'email', 'email-invalid'],
    ['email over 254', { ...valid, email: `${'a'.repeat(250)}@b.vn` }, 'email', 'email-invalid'],
    ['body under 5', { ...valid, body: 'abcd' }, 'body', 'body-too-short', { min: 5 }],
    ['whitespace body', { ...valid, body: '      ' }, 'body', 'body-too-short', { min: 5 }],
    ['missing body', { ...valid, body: undefined }, 'body', 'body-too-short', { min: 5 }],
    ['body over 500', { ...valid, body: 'a'.repeat(501) }, 'body', 'body-too-long', { max: 500 }],
    ['parentId with bad characters', { ...valid, parentId: '../x' }, 'parentId', 'parent-invalid'],
    ['parentId of another type', { ...valid, parentId: 7 }, 'parentId', 'parent-invalid'],
  ];
  for (const [what, input, field, code, params] of cases) {
    it(`refuses ${what} with ${code}`, () => {
      const result = validateComment(input);
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.deepEqual(result.errors, [{ field, code, ...(params ? { params } : {}) }]);
    });
  }

  it('counts user-perceived characters for the limits', () => {
    // 5 letters typed in NFD are 5 characters, though far more code units.
    assert.equal(validateComment({ ...valid, body: 'Việtệ'.normalize('NFD') }).ok, true);
    assert.equal(validateComment({ ...valid, body: '😀'.repeat(500) }).ok, true);
    assert.equal(validateComment({ ...valid, body: '😀'.repeat(501) }).ok, false);
    assert.equal(validateComment({ ...valid, body: 'ệ'.normalize('NFD').repeat(500) }).ok, true);
  });

  it('honours other limits and reports every field at once', () => {
    assert.equal(validateComment({ ...valid, body: 'abcdefghij' }, { minLength: 11 }).ok, false);
    assert.equal(validateComment({ ...valid, body: 'abcdefghij' }, { maxLength: 9 }).ok, false);
    const result = validateComment({});
    assert.equal(result.ok, false);
    if (!result.ok)
      assert.deepEqual(
        result.errors.map((e) => e.code),
        ['author-required', 'body-too-short'],
      );
  });
});

describe('ids', () => {
  it('accepts slugs and canonical page URLs as thread ids, refuses the rest', () => {
    for (const good of ['bai-12345', 'https://baosonla.example.vn/tin/bai-1.html?x=1&y=2#c', 'a', 'x'.repeat(200), 'tin%20moi']) {
      assert.equal(isValidThreadId(good), true, good);
    }
    for (const bad of ['', 'x'.repeat(201), 'has space', 'quote"', '<tag>', 'bài-viết', 'back\\slash', 42, null]) {
      assert.equal(isValidThreadId(bad), false, String(bad));
    }
  });

  it('accepts client ids of 8–100 safe characters', () => {
    assert.equal(isValidClientId('3f2b9c1e-7d4a-4a1b-9f0e-2c8d6b5a4e3f'), true);
    assert.equal(isValidClientId('short'), false);
    assert.equal(isValidClientId('x'.repeat(101)), false);
    assert.equal(isValidClientId('has space here'), false);
    assert.equal(isValidCommentId('i5WJWPCN9HQb'), true);
    assert.equal(isValidCommentId('a/b'), false);
  });
});
