// The comment forms as data (src/components/comment-box/internal/composer.ts), without a DOM: drafts in and out,
// editing, checking (validation results → the errors under each field), sending and replies.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CommentApiError, isValidClientId, type Comment } from '../../../src/core/comments/index.js';
import {
  adoptReplyDraft,
  checkForm,
  clearFieldError,
  closeReply,
  composerOf,
  editAuthor,
  editBody,
  editEmail,
  emptyForm,
  fieldErrors,
  formDraft,
  lowLevel,
  newClientId,
  newComposer,
  patchComposer,
  restoreForm,
  sendFailed,
  sent,
  showErrors,
  startSending,
  toggleReply,
  type FormState,
} from '../../../src/components/comment-box/internal/composer.js';
import { formLimits } from '../../../src/components/comment-box/internal/server-rules.js';

const limits = formLimits();
const NFD_VIET = 'Việt'.normalize('NFD');

function comment(id: string, parentId: string | null = null): Comment {
  return { id, thread: 'bai-1', parentId, author: `Người ${id}`, body: 'Một bình luận', createdAt: '2025-09-22T02:00:00.000Z', status: 'approved' };
}

function filled(author: string, body: string, email = ''): FormState {
  return { ...emptyForm(), author, email, main: newComposer(null, body) };
}

describe('composer: the module stands alone', () => {
  it('imports no DOM and no lit (it runs here, in Node, without either)', () => {
    assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
    assert.equal(typeof emptyForm, 'function');
  });

  it('makes client ids the server accepts, different every time', () => {
    const ids = new Set(Array.from({ length: 20 }, newClientId));
    assert.equal(ids.size, 20);
    for (const id of ids) assert.ok(isValidClientId(id), id);
  });
});

describe('composer: drafts', () => {
  it('restores the name, the text cut at the maximum, its clientId, and a reply draft that waits', () => {
    const reply = { parentId: 'c1', body: 'Trả lời dở', clientId: 'reply-client-1' };
    const state = restoreForm({ author: 'Hoa', body: 'abcdefgh', clientId: 'main-client-1', reply }, 5, { email: 'hoa@example.vn', website: '' });
    assert.equal(state.author, 'Hoa');
    assert.equal(state.email, 'hoa@example.vn', 'the email is never in a draft: it stays from before');
    assert.equal(state.main.body, 'abcde');
    assert.equal(state.main.clientId, 'main-client-1');
    assert.equal(state.reply, undefined, 'the reply form opens once its comment is loaded');
    assert.deepEqual(state.pendingReply, reply);
  });

  it('without a draft: empty forms, a fresh clientId', () => {
    const state = restoreForm(undefined, 500);
    assert.deepEqual([state.author, state.email, state.website, state.main.body], ['', '', '', '']);
    assert.ok(isValidClientId(state.main.clientId));
  });

  it('keeps the name, the text with its clientId, and the reply being written; never the email', () => {
    let state = filled('An', 'Đang viết', 'an@example.vn');
    assert.deepEqual(formDraft(state), { author: 'An', body: 'Đang viết', clientId: state.main.clientId });
    state = toggleReply(state, 'c1').state;
    state = editBody(state, 'c1', 'Trả lời', 500).state;
    const draft = formDraft(state);
    assert.deepEqual(draft.reply, { parentId: 'c1', body: 'Trả lời', clientId: state.reply!.clientId });
    assert.ok(!('email' in draft));
    // No text, no clientId kept (a new comment gets a new one).
    assert.deepEqual(formDraft(filled('An', '')), { author: 'An', body: '' });
  });

  it('keeps a reply draft that waits for its comment', () => {
    const reply = { parentId: 'c9', body: 'Chờ', clientId: 'reply-client-9' };
    const state = restoreForm({ author: '', body: '', reply }, 500);
    assert.deepEqual(formDraft(state).reply, reply);
  });

  it('opens the waiting reply draft once its top-level comment is loaded, not under a reply', () => {
    const reply = { parentId: 'c2', body: 'x'.repeat(10), clientId: 'reply-client-2' };
    const state = restoreForm({ author: '', body: '', reply }, 500);
    assert.equal(adoptReplyDraft(state, [comment('c1')], 500), state);
    assert.equal(adoptReplyDraft(state, [comment('c1'), comment('c2', 'c1')], 500), state);
    const opened = adoptReplyDraft(state, [comment('c1'), comment('c2')], 8);
    assert.equal(opened.pendingReply, undefined);
    assert.deepEqual([opened.reply?.parentId, opened.reply?.body, opened.reply?.clientId], ['c2', 'x'.repeat(8), 'reply-client-2']);
  });
});

describe('composer: editing', () => {
  it('typing in a field takes its error away, and the notice of the last send', () => {
    let state = showErrors(filled('', ''), null, { author: { code: 'author-required' }, body: { code: 'body-too-short' } });
    state = editAuthor(state, null, 'An');
    assert.equal(state.author, 'An');
    assert.deepEqual(state.main.errors, { body: { code: 'body-too-short' } });
    state = patchComposer(state, null, { notice: 'pending', errors: { email: { code: 'email-invalid' } } });
    state = editEmail(state, null, 'an@example.vn');
    assert.deepEqual([state.email, state.main.errors, state.main.notice], ['an@example.vn', {}, undefined]);
    // Nothing to clear: the same state back.
    assert.equal(clearFieldError(state, null, 'author'), state);
  });

  it('the name and the email are shared by both forms; each form has its own text', () => {
    let state = toggleReply(filled('An', 'Văn bản chính'), 'c1').state;
    state = editAuthor(state, 'c1', 'Sở GTVT');
    state = editBody(state, 'c1', 'Trả lời', 500).state;
    assert.equal(state.author, 'Sở GTVT');
    assert.equal(state.main.body, 'Văn bản chính');
    assert.equal(state.reply!.body, 'Trả lời');
  });

  it('announces the counter only when it reaches a lower threshold (50, 20, 10, none left)', () => {
    let state = filled('An', '');
    const type = (body: string) => {
      const edited = editBody(state, null, body, 60);
      state = edited.state;
      return edited.announce;
    };
    assert.equal(type('abcd'), false);
    assert.equal(type('a'.repeat(10)), true); // 50 left
    assert.equal(type('a'.repeat(12)), false);
    assert.equal(type('a'.repeat(41)), true); // 19 left
    assert.equal(type('a'.repeat(5)), false); // back up: nothing said
    assert.equal(type('a'.repeat(10)), true); // down to 50 again: said again
    assert.equal(type(NFD_VIET.repeat(15)), true); // 60 characters, 180 code units: none left
  });

  it('lowLevel: thresholds under the maximum only', () => {
    assert.deepEqual(
      [60, 50, 21, 20, 10, 0].map((left) => lowLevel(left, 500)),
      [0, 1, 1, 2, 3, 4],
    );
    assert.deepEqual(
      [6, 5, 0].map((left) => lowLevel(left, 6)),
      [0, 0, 1],
    );
  });

  it('leaves a reply form that is not open alone', () => {
    const state = filled('An', 'x');
    assert.equal(composerOf(state, 'c1'), undefined);
    assert.equal(patchComposer(state, 'c1', { body: 'y' }), state);
    assert.equal(editBody(state, 'c1', 'y', 500).state, state);
  });
});

describe('composer: checking (validation results → field errors)', () => {
  it('passes a valid comment on, trimmed, empty optional fields left out', () => {
    assert.deepEqual(checkForm(filled('  An  ', '  Xin chào bạn  '), null, limits), { ok: true, comment: { author: 'An', body: 'Xin chào bạn' } });
    const reply = toggleReply(filled('An', ''), 'c1').state;
    const withText = editBody(reply, 'c1', 'Trả lời đây', 500).state;
    assert.deepEqual(checkForm(withText, 'c1', limits), { ok: true, comment: { author: 'An', body: 'Trả lời đây', parentId: 'c1' } });
  });

  it('gives the first error of each field, as codes (worded when shown, in the language of the moment)', () => {
    const checked = checkForm(filled('', 'Hay', 'not an email'), null, limits);
    assert.deepEqual(checked, {
      ok: false,
      errors: { author: { code: 'author-required' }, email: { code: 'email-invalid' }, body: { code: 'body-too-short' } },
    });
  });

  it('counts user-perceived characters with the limits in use', () => {
    assert.equal(checkForm(filled('An', NFD_VIET), null, limits).ok, false, 'four letters with marks are four characters');
    assert.equal(checkForm(filled('An', `${NFD_VIET}!`), null, limits).ok, true);
    const strict = formLimits({}, { minLength: 20, maxLength: 30 });
    assert.deepEqual(checkForm(filled('An', 'Mười chín ký tự đây'), null, strict), { ok: false, errors: { body: { code: 'body-too-short' } } });
    assert.deepEqual(checkForm(filled('An', 'x'.repeat(31)), null, strict), { ok: false, errors: { body: { code: 'body-too-long' } } });
  });

  it("applies the server's stricter name and email maxima", () => {
    const strict = formLimits({}, { authorMaxLength: 10, emailMaxLength: 16 });
    assert.deepEqual(checkForm(filled('Nguyễn Văn An', 'Một bình luận'), null, strict), {
      ok: false,
      errors: { author: { code: 'author-too-long' } },
    });
    assert.deepEqual(checkForm(filled('An', 'Một bình luận', 'nguyen.van.an@example.vn'), null, strict), {
      ok: false,
      errors: { email: { code: 'email-invalid' } },
    });
    assert.equal(checkForm(filled('Văn An', 'Một bình luận', 'an@example.vn'), null, strict).ok, true);
  });

  it('fieldErrors keeps form fields only (a bad parentId is no field of the form)', () => {
    assert.deepEqual(
      fieldErrors([
        { field: 'body', code: 'body-too-short', params: { min: 5 } },
        { field: 'body', code: 'body-too-long', params: { max: 500 } },
        { field: 'parentId', code: 'parent-invalid' },
        { field: 'author', code: 'author-required' },
      ]),
      { body: { code: 'body-too-short' }, author: { code: 'author-required' } },
    );
  });

  it('a reply form that is not open does not pass', () => {
    assert.deepEqual(checkForm(filled('An', 'Một bình luận'), 'c1', limits), { ok: false, errors: {} });
  });
});

describe('composer: sending', () => {
  it('sending clears errors and notices; a failure keeps the text and the clientId for the retry', () => {
    let state = patchComposer(filled('An', 'Bình luận'), null, { notice: 'pending', errors: { body: { code: 'body-too-short' } } });
    const { clientId } = state.main;
    state = startSending(state, null);
    assert.deepEqual([state.main.sending, state.main.errors, state.main.notice], [true, {}, undefined]);
    const offline = new CommentApiError('network', 'offline');
    state = sendFailed(state, null, offline);
    assert.deepEqual([state.main.sending, state.main.body, state.main.clientId], [false, 'Bình luận', clientId]);
    assert.deepEqual(state.main.failure, { error: offline, params: undefined });
  });

  it('a field error from the server goes under its field, with the limit the server named', () => {
    const short = new CommentApiError('body-too-short', 'too short', { status: 400, field: 'body', params: { min: 5 } });
    const state = sendFailed(startSending(filled('An', 'Ngắn'), null), null, short, 'body');
    assert.deepEqual(state.main.errors, { body: { code: 'body-too-short', params: { min: 5 } } });
    assert.equal(state.main.failure, undefined);
  });

  it('after success the form starts afresh with a new clientId and the notice; the reply form closes with its own', () => {
    const before = filled('An', 'Bình luận');
    let state = sent(startSending(before, null), null, 'pending');
    assert.deepEqual([state.main.body, state.main.notice, state.main.sending], ['', 'pending', false]);
    assert.notEqual(state.main.clientId, before.main.clientId);
    assert.equal(state.author, 'An', 'the name stays');

    state = editBody(toggleReply(state, 'c1').state, 'c1', 'Trả lời', 500).state;
    state = editBody(state, null, 'Bình luận khác', 500).state;
    state = sent(state, 'c1', 'approved');
    assert.deepEqual([state.reply?.parentId, state.reply?.body, state.reply?.notice], ['c1', '', 'posted']);
    assert.equal(state.main.body, 'Bình luận khác', 'the other form keeps its text');
  });
});

describe('composer: replies', () => {
  it('"Trả lời" opens the form under a comment, closes it when open, and moves it keeping the text', () => {
    let state = filled('An', '');
    let step = toggleReply(state, 'c1');
    assert.equal(step.opened, true);
    state = editBody(step.state, 'c1', 'Dở dang', 500).state;
    const first = state.reply!.clientId;
    step = toggleReply(state, 'c2');
    assert.deepEqual([step.opened, step.state.reply?.parentId, step.state.reply?.body], [true, 'c2', 'Dở dang']);
    assert.notEqual(step.state.reply!.clientId, first, 'another reply now: a new idempotency key');
    step = toggleReply(step.state, 'c2');
    assert.deepEqual([step.opened, step.state.reply], [false, undefined]);
  });

  it('after a reply was posted, "Trả lời" opens an empty form again', () => {
    const state = sent(toggleReply(filled('An', ''), 'c1').state, 'c1', 'pending');
    const step = toggleReply(state, 'c1');
    assert.deepEqual([step.opened, step.state.reply?.body, step.state.reply?.notice], [true, '', undefined]);
  });

  it('opening a reply forgets a reply draft still waiting; closing keeps the main text', () => {
    const waiting = restoreForm({ author: '', body: 'Chính', reply: { parentId: 'c9', body: 'Cũ', clientId: 'reply-client-9' } }, 500);
    const opened = toggleReply(waiting, 'c1').state;
    assert.equal(opened.pendingReply, undefined);
    assert.deepEqual([closeReply(opened).reply, closeReply(opened).main.body], [undefined, 'Chính']);
  });
});
