// Nothing is lost and nothing is posted twice: slow answers, timeouts, offline, 5xx, 429, reloads.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { BantinCommentBox } from '../../../src/components/comment-box/comment-box.js';
import {
  $,
  adminComments,
  heal,
  seedAll,
  commentTexts,
  faultBase,
  faultLog,
  fill,
  newThread,
  renderBox,
  sent,
  settled,
  submit,
  text,
} from '../../support/comment-box.js';

const WAIT = { timeout: 5000 };
const draftKey = (thread: string) => `bantin-comment-draft:${thread}`;

function retryButton(el: BantinCommentBox): HTMLButtonElement | null {
  return el.shadowRoot!.querySelector('form:has(#main-body) [part="retry"]');
}

async function write(el: BantinCommentBox, author: string, body: string): Promise<void> {
  fill(el, '#main-author', author);
  fill(el, '#main-body', body);
  await el.updateComplete;
}

describe('<bantin-comment-box> failures and retries', () => {
  it('slow server + double click → one request, one comment; the button shows it is busy', async () => {
    const thread = newThread();
    const key = newThread('slow');
    const el = await renderBox({ thread, endpoint: faultBase('post', key, 'slow1500') });
    await write(el, 'An', 'Chỉ một lần thôi');
    const button = $<HTMLButtonElement>(el, '[part="submit"]');
    button.click();
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(text(button)).to.equal('Đang gửi…');
    await expect(el).to.be.accessible();
    button.click();
    await sent(el);
    const log = await faultLog(key);
    expect(log.posts.length).to.equal(1);
    expect((await adminComments('post', thread, 'approved')).map((c) => c.body)).to.deep.equal(['Chỉ một lần thôi']);
    expect(commentTexts(el)).to.deep.equal(['Chỉ một lần thôi']);
  });

  it('timeout then retry → one comment, sent twice with the same clientId', async () => {
    const thread = newThread();
    const key = newThread('late');
    // The first POST is stored but answered after 2.5 s; the widget gives up after 1 s.
    const el = await renderBox({ thread, endpoint: faultBase('post', key, 'late2500,ok'), timeout: 1 });
    await write(el, 'An', 'Gửi lại không bị trùng');
    const failed = oneEvent(el, 'bantin-error');
    await submit(el);
    expect((await failed).detail.error).to.have.property('code', 'timeout');
    await el.updateComplete;
    expect(text($(el, 'form [role="alert"]'))).to.match(/phản hồi quá chậm/);
    expect($<HTMLTextAreaElement>(el, '#main-body').value).to.equal('Gửi lại không bị trùng');
    expect(localStorage.getItem(draftKey(thread))).to.contain('Gửi lại không bị trùng');
    await expect(el).to.be.accessible();
    const posted = oneEvent(el, 'bantin-comment-posted');
    retryButton(el)!.click();
    await posted;
    await sent(el);
    const log = await faultLog(key);
    expect(log.posts.length).to.equal(2);
    expect(log.posts[0]!.clientId).to.be.a('string').and.not.equal('');
    expect(log.posts[1]!.clientId).to.equal(log.posts[0]!.clientId);
    const rows = await adminComments('post', thread, 'approved');
    expect(rows.map((c) => c.body)).to.deep.equal(['Gửi lại không bị trùng']);
    expect(commentTexts(el)).to.deep.equal(['Gửi lại không bị trùng']);
    expect(localStorage.getItem(draftKey(thread))).to.equal(null);
  });

  it('offline (connection dropped) → draft kept, retry button; the retry succeeds once the network is back', async () => {
    const thread = newThread();
    const key = newThread('drop');
    const el = await renderBox({ thread, endpoint: faultBase('pre', key, 'drop') });
    await write(el, 'Hoa', 'Viết lúc mất mạng');
    await submit(el);
    await waitUntil(() => retryButton(el) !== null, 'no retry button', WAIT);
    expect(text($(el, 'form [role="alert"]'))).to.match(/không kết nối được/);
    expect(localStorage.getItem(draftKey(thread))).to.contain('Viết lúc mất mạng');
    await expect(el).to.be.accessible();
    retryButton(el)!.click();
    await sent(el);
    await waitUntil(() => retryButton(el) !== null, 'no retry button after the second failure', WAIT);
    expect($<HTMLTextAreaElement>(el, '#main-body').value).to.equal('Viết lúc mất mạng');
    await heal(key);
    const posted = oneEvent(el, 'bantin-comment-posted');
    retryButton(el)!.click();
    expect((await posted).detail.status).to.equal('pending');
    await sent(el);
    expect(retryButton(el)).to.equal(null);
    expect(text($(el, 'form [part="notice"]'))).to.equal('Bình luận của bạn đang chờ duyệt');
    const log = await faultLog(key);
    expect(log.posts.length).to.be.greaterThan(2);
    expect(new Set(log.posts.map((p) => p.clientId)).size).to.equal(1);
    expect((await adminComments('pre', thread, 'pending')).map((c) => c.body)).to.deep.equal(['Viết lúc mất mạng']);
  });

  it('offline (fetch fails in the browser) → the same message and a working retry', async () => {
    const thread = newThread();
    const key = newThread('offline');
    const el = await renderBox({ thread, endpoint: faultBase('post', key, 'ok') });
    await write(el, 'Hoa', 'Trình duyệt ngoại tuyến');
    const realFetch = window.fetch;
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      await submit(el);
      await waitUntil(() => retryButton(el) !== null, 'no retry button', WAIT);
    } finally {
      window.fetch = realFetch;
    }
    expect((await faultLog(key)).posts.length).to.equal(0);
    retryButton(el)!.click();
    await sent(el);
    await waitUntil(() => commentTexts(el).length === 1, 'comment not shown', WAIT);
    expect(commentTexts(el)).to.deep.equal(['Trình duyệt ngoại tuyến']);
  });

  it('500 → draft kept and retry; the retry posts it once', async () => {
    const thread = newThread();
    const key = newThread('e500');
    const el = await renderBox({ thread, endpoint: faultBase('post', key, '500,ok') });
    await write(el, 'An', 'Máy chủ lỗi lần đầu');
    const failed = oneEvent(el, 'bantin-error');
    await submit(el);
    expect((await failed).detail.error).to.have.property('status', 500);
    await waitUntil(() => retryButton(el) !== null, 'no retry button', WAIT);
    expect(text($(el, 'form [role="alert"]'))).to.match(/đang gặp sự cố/);
    expect(localStorage.getItem(draftKey(thread))).to.contain('Máy chủ lỗi lần đầu');
    retryButton(el)!.click();
    await sent(el);
    await waitUntil(() => commentTexts(el).length === 1, 'comment not shown', WAIT);
    expect((await adminComments('post', thread, 'approved')).length).to.equal(1);
  });

  it('429 → says how long to wait (Retry-After), keeps the draft', async () => {
    const thread = newThread();
    const key = newThread('r429');
    const el = await renderBox({ thread, endpoint: faultBase('post', key, '42942,429150,ok') });
    await write(el, 'An', 'Gửi quá nhanh');
    await submit(el);
    await waitUntil(() => retryButton(el) !== null, 'no retry button', WAIT);
    expect(text($(el, 'form [role="alert"]'))).to.equal(
      'Bạn đã gửi quá nhiều bình luận. Bình luận của bạn vẫn được giữ lại: hãy thử lại sau 42 giây.',
    );
    expect($<HTMLTextAreaElement>(el, '#main-body').value).to.equal('Gửi quá nhanh');
    el.setAttribute('lang', 'en');
    retryButton(el)!.click();
    await sent(el);
    await waitUntil(() => retryButton(el) !== null, 'no retry button', WAIT);
    expect(text($(el, 'form [role="alert"]'))).to.equal('Too many comments were sent. Your comment is kept: try again in 3 minutes.');
    retryButton(el)!.click();
    await sent(el);
    await waitUntil(() => commentTexts(el).length === 1, 'comment not shown', WAIT);
  });

  it('a server field error is shown next to its field, without a retry button', async () => {
    const thread = newThread();
    const key = newThread('field');
    // The widget allows 3 characters, the server (the shared default) wants 5.
    const el = await renderBox({ thread, endpoint: faultBase('post', key, 'ok'), minlength: 3 });
    await write(el, 'An', 'Ngắn');
    await submit(el);
    await waitUntil(() => el.shadowRoot!.querySelector('#main-body-error') !== null, 'no field error', WAIT);
    // The server's own minimum, not the widget's.
    expect(text($(el, '#main-body-error'))).to.equal('Bạn vui lòng nhập từ 5 ký tự trở lên !!!');
    expect(retryButton(el)).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#main-body'));
  });

  it('reload (a new element) → the draft comes back: name and text, per thread', async () => {
    const thread = newThread();
    const other = newThread();
    const first = await renderBox({ thread, endpoint: faultBase('post', newThread('k'), 'ok') });
    await write(first, 'Mạnh Hùng', 'Đang viết dở\nsang dòng');
    first.remove();
    const again = await renderBox({ thread, endpoint: faultBase('post', newThread('k'), 'ok') });
    expect($<HTMLInputElement>(again, '#main-author').value).to.equal('Mạnh Hùng');
    expect($<HTMLTextAreaElement>(again, '#main-body').value).to.equal('Đang viết dở\nsang dòng');
    expect(text($(again, '#main-counter'))).to.equal('Bạn còn 478/500 ký tự');
    const elsewhere = await renderBox({ thread: other, endpoint: faultBase('post', newThread('k'), 'ok') });
    expect($<HTMLTextAreaElement>(elsewhere, '#main-body').value).to.equal('');
  });

  it('a reload after a timeout sends with the stored clientId: still one comment', async () => {
    const thread = newThread();
    const key = newThread('late-reload');
    const endpoint = faultBase('post', key, 'late2000,ok');
    const el = await renderBox({ thread, endpoint, timeout: 1 });
    await write(el, 'An', 'Trang bị tải lại');
    await submit(el);
    await waitUntil(() => retryButton(el) !== null, 'no retry button', WAIT);
    el.remove();
    const again = await fixture<BantinCommentBox>(html`<bantin-comment-box thread=${thread} endpoint=${endpoint} lang="vi"></bantin-comment-box>`);
    await settled(again);
    await submit(again);
    await sent(again);
    const log = await faultLog(key);
    expect(log.posts.map((p) => p.clientId)).to.deep.equal([log.posts[0]!.clientId, log.posts[0]!.clientId]);
    expect((await adminComments('post', thread, 'approved')).length).to.equal(1);
  });

  it('a reply draft comes back under its comment after a reload', async () => {
    const thread = newThread();
    const key = newThread('rd');
    const [parent] = await seedAll('post', thread, [{ author: 'An', body: 'Có ai biết không?' }]);
    const el = await renderBox({ thread, endpoint: faultBase('post', key, 'ok') });
    $<HTMLButtonElement>(el, `[data-reply-to="${parent!.id}"]`).click();
    await waitUntil(() => el.shadowRoot!.querySelector('#reply-body') !== null);
    fill(el, '#reply-body', 'Tôi biết, để tôi trả lời');
    el.remove();
    const again = await renderBox({ thread, endpoint: faultBase('post', key, 'ok') });
    await waitUntil(() => again.shadowRoot!.querySelector('#reply-body') !== null, 'reply draft not restored');
    expect($<HTMLTextAreaElement>(again, '#reply-body').value).to.equal('Tôi biết, để tôi trả lời');
    expect($(again, `li:has([data-comment-id="${parent!.id}"]) form`)).to.exist;
  });

  it('loading failure → an error with a retry that loads the list', async () => {
    const thread = newThread();
    const el = await fixture<BantinCommentBox>(
      html`<bantin-comment-box thread=${thread} endpoint="/__comments/nowhere/api" lang="vi"></bantin-comment-box>`,
    );
    const failed = oneEvent(el, 'bantin-error');
    await failed;
    await settled(el);
    expect(text($(el, '[part="status"][data-kind="error"]'))).to.match(/Không tải được bình luận/);
    await expect(el).to.be.accessible();
    el.endpoint = '/__comments/post/api';
    await el.updateComplete;
    await settled(el);
    expect(text($(el, '[part="status"]'))).to.match(/Chưa có bình luận nào/);
  });
});
