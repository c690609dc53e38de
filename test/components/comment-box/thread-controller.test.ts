// CommentThreadController through the element: the newest request wins, leaving the page aborts without an
// error and coming back loads again, reload(), and the typed bantin-comment-posted event.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { PostedComment } from '../../../src/core/comments/index.js';
import type { BantinCommentBox } from '../../../src/components/comment-box/comment-box.js';
import {
  $,
  apiBase,
  commentTexts,
  faultBase,
  faultLog,
  fill,
  newThread,
  renderBox,
  seedAll,
  sent,
  settled,
  submit,
  text,
} from '../../support/comment-box.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function errorsOf(el: BantinCommentBox): unknown[] {
  const errors: unknown[] = [];
  el.addEventListener('bantin-error', (event) => errors.push(event.detail.error));
  return errors;
}

describe('<bantin-comment-box> loading: the newest request wins', () => {
  it('a thread changed while its first page loads: the new thread is shown, the old answer never lands', async () => {
    const [a, b] = [newThread('a'), newThread('b')];
    await seedAll('post', a, [{ author: 'An', body: 'Thuộc bài A' }]);
    await seedAll('post', b, [
      { author: 'Bình', body: 'Thuộc bài B' },
      { author: 'Chi', body: 'Cũng thuộc bài B' },
    ]);
    const key = newThread('newest');
    const el = await fixture<BantinCommentBox>(
      html`<bantin-comment-box thread=${a} endpoint=${faultBase('post', key, 'get-slow600')} lang="vi"></bantin-comment-box>`,
    );
    const errors = errorsOf(el);
    await sleep(100);
    el.thread = b;
    await settled(el);
    expect(commentTexts(el)).to.deep.equal(['Thuộc bài B', 'Cũng thuộc bài B']);
    expect(text($(el, '#heading'))).to.equal('Bình luận (2)');
    await sleep(700); // past the moment the first answer would have come
    expect(commentTexts(el)).to.deep.equal(['Thuộc bài B', 'Cũng thuộc bài B']);
    expect(errors, 'an aborted request is no error').to.deep.equal([]);
  });

  it('attributes that name the same request do not load again', async () => {
    const thread = newThread();
    const key = newThread('same');
    const el = await renderBox({ thread, endpoint: faultBase('post', key, 'ok') });
    await waitUntil(async () => (await faultLog(key)).gets === 2, 'list and config');
    el.thread = ` ${thread} `; // the same thread id once trimmed
    el.pageSize = 20;
    el.timeout = 30;
    await el.updateComplete;
    await sleep(100);
    expect((await faultLog(key)).gets).to.equal(2);
    el.pageSize = 5;
    await el.updateComplete;
    await settled(el);
    await waitUntil(async () => (await faultLog(key)).gets === 3, 'a new page size is a new first page');
  });

  it('leaving the page while loading aborts without an error; coming back loads the first page', async () => {
    const thread = newThread();
    await seedAll('post', thread, [{ author: 'An', body: 'Vẫn còn đây' }]);
    const el = await fixture<BantinCommentBox>(
      html`<bantin-comment-box thread=${thread} endpoint=${faultBase('post', newThread('away'), 'get-slow500')} lang="vi"></bantin-comment-box>`,
    );
    const errors = errorsOf(el);
    const parent = el.parentElement!;
    el.remove();
    await sleep(700);
    expect(errors).to.deep.equal([]);
    parent.append(el);
    await settled(el);
    expect(commentTexts(el)).to.deep.equal(['Vẫn còn đây']);
    expect(errors).to.deep.equal([]);
  });

  it('reload() loads the first page and the count again', async () => {
    const thread = newThread();
    await seedAll('post', thread, [{ author: 'An', body: 'Bình luận đầu' }]);
    const el = await renderBox({ thread, endpoint: apiBase('post') });
    expect(text($(el, '#heading'))).to.equal('Bình luận (1)');
    await seedAll('post', thread, [{ author: 'Bình', body: 'Bình luận sau' }]);
    await el.reload();
    await el.updateComplete;
    expect(commentTexts(el)).to.deep.equal(['Bình luận đầu', 'Bình luận sau']);
    expect(text($(el, '#heading'))).to.equal('Bình luận (2)');
  });

  it('a reload while "more" is on its way drops that page and its loading state', async () => {
    const thread = newThread();
    await seedAll(
      'post',
      thread,
      Array.from({ length: 3 }, (_, i) => ({ author: 'An', body: `Bình luận ${i + 1}` })),
    );
    const el = await renderBox({ thread, endpoint: faultBase('post', newThread('more'), 'get-slow400'), pageSize: 2 });
    $<HTMLButtonElement>(el, '[part="more"]').click();
    await el.updateComplete;
    expect($(el, '[part="more"]').getAttribute('aria-disabled')).to.equal('true');
    await el.reload();
    await el.updateComplete;
    expect(commentTexts(el)).to.deep.equal(['Bình luận 1', 'Bình luận 2']);
    expect($(el, '[part="more"]').getAttribute('aria-disabled')).to.equal('false');
    await sleep(500);
    expect(commentTexts(el), 'the dropped page never lands').to.deep.equal(['Bình luận 1', 'Bình luận 2']);
  });
});

describe('<bantin-comment-box> events', () => {
  it('bantin-comment-posted is typed on the element and on the document', async () => {
    const el = await renderBox({ thread: newThread(), endpoint: apiBase('post') });
    const seen: PostedComment[] = [];
    // Typed through the shared BantinEventMap (src/internal/events.ts): no cast needed, and a wrong field fails to compile.
    el.addEventListener('bantin-comment-posted', (event) => {
      const status: 'pending' | 'approved' = event.detail.status;
      // @ts-expect-error: the detail has no such field
      void event.detail.nothing;
      seen.push({ comment: event.detail.comment, status });
    });
    const onDocument = oneEvent(document, 'bantin-comment-posted');
    fill(el, '#main-author', 'An');
    fill(el, '#main-body', 'Sự kiện có kiểu');
    await submit(el);
    const { detail } = (await onDocument) as CustomEvent<PostedComment>;
    await sent(el);
    expect(seen).to.have.length(1);
    expect(seen[0]!.status).to.equal('approved');
    expect(detail.comment.body).to.equal('Sự kiện có kiểu');
  });
});
