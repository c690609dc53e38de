// What the comment box says about a failed send (src/components/comment-box/send-failure.ts), in Vietnamese and
// English: every error code gives its sentence, field errors go under their field, and a retry is offered only
// where trying again with the same clientId can help (offline, timeout, 429, 5xx).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CommentApiError, DEFAULT_COMMENT_LIMITS, type CommentErrorCode } from '../../../src/core/comments/index.js';
import { comments } from '../../../src/i18n/catalogues/comments.js';
import { en } from '../../../src/i18n/catalogues/en.js';
import { NO_ENDPOINT, fieldMessage, sendFailure } from '../../../src/components/comment-box/send-failure.js';

const words = { vi: comments.vi, en: comments.en(en) };

const limits = { ...DEFAULT_COMMENT_LIMITS };
const REJECTED = {
  vi: 'Máy chủ không nhận bình luận này. Hãy kiểm tra lại nội dung rồi gửi lại.',
  en: 'The server did not accept this comment. Check it and send it again.',
};
const UNAVAILABLE = {
  vi: 'Máy chủ bình luận đang gặp sự cố. Bình luận của bạn vẫn được giữ lại: hãy thử lại sau ít phút.',
  en: 'The comments server has a problem. Your comment is kept: try again in a few minutes.',
};
const PARENT_GONE = {
  vi: 'Bình luận bạn trả lời không còn nữa hoặc không nhận trả lời.',
  en: 'The comment you reply to is gone or takes no replies.',
};

type Expected = { field?: 'author' | 'email' | 'body'; vi: string; en: string; retry: boolean };

/** Every code of the API (and the client's own), with its status as the server sends it. */
const EXPECTED: Record<CommentErrorCode, Expected & { status?: number }> = {
  'author-required': { field: 'author', vi: 'Bạn vui lòng nhập họ và tên.', en: 'Please enter your name.', retry: false },
  'author-too-long': {
    field: 'author',
    vi: 'Họ và tên chỉ được dài tối đa 80 ký tự.',
    en: 'The name can be at most 80 characters long.',
    retry: false,
  },
  'email-invalid': {
    field: 'email',
    vi: 'Địa chỉ email không hợp lệ. Bạn có thể để trống ô này.',
    en: 'This email address is not valid. You may leave it empty.',
    retry: false,
  },
  'body-too-short': { field: 'body', vi: 'Bạn vui lòng nhập từ 5 ký tự trở lên !!!', en: 'Please enter at least 5 characters.', retry: false },
  'body-too-long': {
    field: 'body',
    vi: 'Bình luận chỉ được dài tối đa 500 ký tự.',
    en: 'The comment can be at most 500 characters long.',
    retry: false,
  },
  'parent-invalid': { ...PARENT_GONE, retry: false },
  'parent-not-found': { ...PARENT_GONE, retry: false },
  'reply-too-deep': { ...PARENT_GONE, retry: false },
  'thread-invalid': { ...REJECTED, retry: false },
  'client-id-invalid': { ...REJECTED, retry: false },
  'invalid-request': { ...REJECTED, retry: false },
  'thread-closed': {
    vi: 'Bài viết này đã đóng bình luận. Bạn vẫn có thể đọc các bình luận đã đăng.',
    en: 'Comments on this article are closed. You can still read the comments already posted.',
    retry: false,
    status: 403,
  },
  'not-found': { ...REJECTED, retry: false, status: 404 },
  unauthorized: { ...REJECTED, retry: false, status: 401 },
  forbidden: { ...REJECTED, retry: false, status: 403 },
  'admin-disabled': { ...REJECTED, retry: false, status: 403 },
  'payload-too-large': { ...REJECTED, retry: false, status: 413 },
  'unsupported-media-type': { ...REJECTED, retry: false, status: 415 },
  'rate-limited': {
    vi: 'Bạn đã gửi quá nhiều bình luận. Bình luận của bạn vẫn được giữ lại: hãy thử lại sau 1 phút.',
    en: 'Too many comments were sent. Your comment is kept: try again in 1 minute.',
    retry: true,
    status: 429,
  },
  internal: { ...UNAVAILABLE, retry: true, status: 500 },
  unavailable: { ...UNAVAILABLE, retry: true, status: 503 },
  'bad-response': { ...UNAVAILABLE, retry: true, status: 200 },
  network: {
    vi: 'Không gửi được vì không kết nối được tới máy chủ. Bình luận của bạn vẫn được giữ lại: hãy kiểm tra mạng rồi thử lại.',
    en: 'Could not reach the server. Your comment is kept: check your connection and try again.',
    retry: true,
  },
  timeout: {
    vi: 'Máy chủ phản hồi quá chậm. Bình luận của bạn vẫn được giữ lại: hãy thử lại.',
    en: 'The server is too slow to answer. Your comment is kept: try again.',
    retry: true,
  },
};

describe('sendFailure: every error code', () => {
  for (const [code, expected] of Object.entries(EXPECTED) as [CommentErrorCode, (typeof EXPECTED)[CommentErrorCode]][]) {
    it(`${code}: ${expected.retry ? 'retry offered' : 'no retry'}${expected.field ? `, under ${expected.field}` : ''}`, () => {
      const error = new CommentApiError(code, 'from the server', { status: expected.status ?? (expected.retry ? undefined : 400) });
      for (const lang of ['vi', 'en'] as const) {
        const failure = sendFailure(error, words[lang], limits, error.params);
        assert.equal(failure.message, expected[lang], lang);
        assert.equal(failure.retry, expected.retry, lang);
        assert.equal(failure.field, expected.field, lang);
      }
    });
  }
});

describe('sendFailure: the words around the code', () => {
  it('rate-limited says how long to wait: seconds under a minute, then whole minutes rounded up; 60 s without Retry-After', () => {
    const wait = (seconds: number | undefined, lang: 'vi' | 'en') =>
      sendFailure(new CommentApiError('rate-limited', 'slow down', { status: 429, retryAfterSeconds: seconds }), words[lang], limits).message;
    assert.equal(wait(42, 'vi'), 'Bạn đã gửi quá nhiều bình luận. Bình luận của bạn vẫn được giữ lại: hãy thử lại sau 42 giây.');
    assert.equal(wait(150, 'vi'), 'Bạn đã gửi quá nhiều bình luận. Bình luận của bạn vẫn được giữ lại: hãy thử lại sau 3 phút.');
    assert.equal(wait(undefined, 'vi'), EXPECTED['rate-limited'].vi);
    assert.equal(wait(0, 'vi'), 'Bạn đã gửi quá nhiều bình luận. Bình luận của bạn vẫn được giữ lại: hãy thử lại sau 1 giây.');
    assert.equal(wait(1, 'en'), 'Too many comments were sent. Your comment is kept: try again in 1 second.');
    assert.equal(wait(42, 'en'), 'Too many comments were sent. Your comment is kept: try again in 42 seconds.');
    assert.equal(wait(150, 'en'), 'Too many comments were sent. Your comment is kept: try again in 3 minutes.');
  });

  it("a limit the server names wins over the widget's own", () => {
    const short = new CommentApiError('body-too-short', 'too short', { status: 400, field: 'body', params: { min: 12 } });
    assert.equal(
      sendFailure(short, comments.vi, { minLength: 3, maxLength: 500 }, short.params).message,
      'Bạn vui lòng nhập từ 12 ký tự trở lên !!!',
    );
    const long = new CommentApiError('body-too-long', 'too long', { status: 400, field: 'body', params: { max: 300 } });
    assert.equal(sendFailure(long, words.en, limits, long.params).message, 'The comment can be at most 300 characters long.');
    // Without params, the widget's limits in use.
    assert.equal(
      sendFailure(new CommentApiError('body-too-short', 'x', { status: 400 }), comments.vi, { minLength: 20, maxLength: 280 }).message,
      'Bạn vui lòng nhập từ 20 ký tự trở lên !!!',
    );
    assert.equal(
      fieldMessage('author-too-long', comments.vi, { ...limits, authorMaxLength: 50 })?.message,
      'Họ và tên chỉ được dài tối đa 50 ký tự.',
    );
  });

  it('an unknown code is "try later" with a 5xx status, else "rejected"', () => {
    const unknown = (status: number) => new CommentApiError('something-new' as CommentErrorCode, 'new', { status });
    assert.deepEqual(sendFailure(unknown(502), comments.vi, limits), { message: UNAVAILABLE.vi, retry: true });
    assert.deepEqual(sendFailure(unknown(418), words.en, limits), { message: REJECTED.en, retry: false });
  });

  it('an error that is not from the API (a bug, a broken fetch stand-in) offers a retry; no endpoint offers none', () => {
    assert.deepEqual(sendFailure(new TypeError('x is undefined'), comments.vi, limits), { message: UNAVAILABLE.vi, retry: true });
    assert.deepEqual(sendFailure(NO_ENDPOINT, comments.vi, limits), {
      message: 'Chưa cấu hình máy chủ bình luận: hãy đặt thuộc tính endpoint.',
      retry: false,
    });
    assert.deepEqual(sendFailure(NO_ENDPOINT, words.en, limits), {
      message: 'No comments server is set: set the endpoint attribute.',
      retry: false,
    });
  });

  it('fieldMessage is only about the three form fields', () => {
    for (const code of Object.keys(EXPECTED) as CommentErrorCode[]) {
      assert.equal(fieldMessage(code, comments.vi, limits)?.field, EXPECTED[code].field, code);
    }
  });
});
