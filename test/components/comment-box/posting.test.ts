// Posting against the real widget server (pre- and post-moderation), replies, pages, the count, the keyboard.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { formatRelative } from '../../../src/i18n/index.js';
import type { BantinCommentBox } from '../../../src/components/comment-box/comment-box.js';
import {
  $,
  $$,
  adminComments,
  apiBase,
  approve,
  commentTexts,
  fill,
  newThread,
  renderBox,
  seedAll,
  sent,
  submit,
  text,
} from '../../support/comment-box.js';

function authors(el: BantinCommentBox): string[] {
  return $$(el, '[part="author"]').map((node) => text(node));
}

describe('<bantin-comment-box> posting', () => {
  it('pre-moderation: says the comment awaits approval, clears the form and draft; after approval it is listed', async () => {
    const thread = newThread();
    const el = await renderBox({ thread, endpoint: apiBase('pre') });
    expect(text($(el, '[part="status"]'))).to.match(/Chưa có bình luận nào/);
    fill(el, '#main-author', 'Quàng Thị Hoa');
    fill(el, '#main-email', 'hoa@example.vn');
    fill(el, '#main-body', 'Bài viết rất hữu ích.\nCảm ơn tòa soạn!');
    expect(localStorage.getItem(`bantin-comment-draft:${thread}`)).to.contain('Cảm ơn tòa soạn!');
    const posted = oneEvent(el, 'bantin-comment-posted');
    await submit(el);
    const event = await posted;
    await sent(el);
    expect(event.detail.status).to.equal('pending');
    expect(event.detail.comment.body).to.equal('Bài viết rất hữu ích.\nCảm ơn tòa soạn!');
    expect(event.detail.comment).to.not.have.property('email');
    expect(event.bubbles && event.composed).to.be.true;
    expect(text($(el, 'form [part="notice"]'))).to.equal('Bình luận của bạn đang chờ duyệt');
    expect($<HTMLTextAreaElement>(el, '#main-body').value).to.equal('');
    expect(localStorage.getItem(`bantin-comment-draft:${thread}`)).to.equal(null);
    expect(commentTexts(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();

    const pending = await adminComments('pre', thread, 'pending');
    expect(pending.map((c) => c.body)).to.deep.equal(['Bài viết rất hữu ích.\nCảm ơn tòa soạn!']);
    await approve('pre', pending[0]!.id);
    el.remove();
    const again = await renderBox({ thread, endpoint: apiBase('pre') });
    expect(commentTexts(again)).to.deep.equal(['Bài viết rất hữu ích.\nCảm ơn tòa soạn!']);
    expect(text($(again, '#heading'))).to.equal('Bình luận (1)');
    // Line breaks are kept on screen.
    expect(getComputedStyle($(again, '[part="comment-body"]')).whiteSpace).to.equal('pre-line');
    expect($(again, '[part="comment-body"]').getBoundingClientRect().height).to.be.greaterThan(
      parseFloat(getComputedStyle($(again, '[part="comment-body"]')).lineHeight) * 1.5,
    );
  });

  it('post-moderation: appends the comment at the end of the list and counts it', async () => {
    const thread = newThread();
    await seedAll('post', thread, [
      { author: 'An', body: 'Bình luận thứ nhất' },
      { author: 'Bình', body: 'Bình luận thứ hai' },
    ]);
    const el = await renderBox({ thread, endpoint: apiBase('post') });
    expect(text($(el, '#heading'))).to.equal('Bình luận (2)');
    fill(el, '#main-author', 'Chi');
    fill(el, '#main-body', 'Bình luận thứ ba của tôi');
    const posted = oneEvent(el, 'bantin-comment-posted');
    await submit(el);
    expect((await posted).detail.status).to.equal('approved');
    await sent(el);
    expect(commentTexts(el)).to.deep.equal(['Bình luận thứ nhất', 'Bình luận thứ hai', 'Bình luận thứ ba của tôi']);
    expect(authors(el)).to.deep.equal(['An', 'Bình', 'Chi']);
    expect(text($(el, '#heading'))).to.equal('Bình luận (3)');
    expect(text($(el, 'form [part="notice"]'))).to.equal('Bình luận của bạn đã được đăng.');
    expect((await adminComments('post', thread, 'approved')).length).to.equal(3);
  });

  it('shows each date relative, with the exact time in the title and the accessible text', async () => {
    const thread = newThread();
    const [comment] = await seedAll('post', thread, [{ author: 'An', body: 'Có ngày giờ' }]);
    const el = await renderBox({ thread, endpoint: apiBase('post') });
    const time = $<HTMLTimeElement>(el, 'time[part="date"]');
    expect(time.dateTime).to.equal(comment!.createdAt);
    expect(time.title).to.match(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    expect(text(time).startsWith(formatRelative(comment!.createdAt, 'vi'))).to.be.true;
    expect(text(time)).to.contain(`(${time.title})`);
    expect(time.tabIndex).to.equal(0);
    const exact = $(el, 'time .exact');
    expect(getComputedStyle(exact).display).to.equal('none');
    time.focus({ focusVisible: true } as FocusOptions);
    await sendKeys({ press: 'Shift' }); // keyboard modality, so :focus-visible applies
    expect(getComputedStyle(exact).display).to.equal('block');
  });

  it('replies: "Trả lời" opens the form under that comment; the reply is listed indented under it', async () => {
    const thread = newThread();
    const [first] = await seedAll('post', thread, [
      { author: 'An', body: 'Đường này bao giờ làm xong?' },
      { author: 'Bình', body: 'Một bình luận khác' },
    ]);
    const el = await renderBox({ thread, endpoint: apiBase('post') });
    const replyButton = $<HTMLButtonElement>(el, `[data-reply-to="${first!.id}"]`);
    expect(text(replyButton)).to.equal('Trả lời');
    expect(replyButton.getAttribute('aria-label')).to.equal('Trả lời An');
    replyButton.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(replyButton.getAttribute('aria-expanded')).to.equal('true');
    const replyForm = $(el, 'form:has(#reply-body)');
    expect(replyButton.closest('li')!.contains(replyForm)).to.be.true;
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#reply-body'));
    await expect(el).to.be.accessible();

    fill(el, '#reply-author', 'Sở GTVT');
    fill(el, '#reply-body', 'Dự kiến hoàn thành trong quý IV.');
    await el.updateComplete;
    // The main form shares the name, but keeps its own text.
    expect($<HTMLInputElement>(el, '#main-author').value).to.equal('Sở GTVT');
    const posted = oneEvent(el, 'bantin-comment-posted');
    await submit(el, 'reply');
    const { detail } = await posted;
    expect(detail.comment.parentId).to.equal(first!.id);
    await waitUntil(() => el.shadowRoot!.querySelector('#reply-body') === null, 'reply form still open');
    const replies = $(el, `li:has([data-comment-id="${first!.id}"]) > [part="replies"]`);
    expect(text(replies.querySelector('[part="comment-body"]'))).to.equal('Dự kiến hoàn thành trong quý IV.');
    expect(replies.getBoundingClientRect().left).to.be.greaterThan($(el, `[data-comment-id="${first!.id}"]`).getBoundingClientRect().left);
    expect(text($(el, '.reply-notice'))).to.equal('Bình luận của bạn đã được đăng.');
    expect(text($(el, '#heading'))).to.equal('Bình luận (3)');

    // Reloaded from the server: the reply is still under its parent, the other comment after both.
    el.remove();
    const again = await renderBox({ thread, endpoint: apiBase('post') });
    expect(commentTexts(again)).to.deep.equal(['Đường này bao giờ làm xong?', 'Dự kiến hoàn thành trong quý IV.', 'Một bình luận khác']);
    expect($$(again, '[part="replies"] [part="comment"]').length).to.equal(1);
    // Replies take no reply button (one level).
    expect($$(again, '[part="replies"] [part="reply"]').length).to.equal(0);
  });

  it('cancel (or Escape) closes the reply form and gives focus back to its button', async () => {
    const thread = newThread();
    const [first] = await seedAll('post', thread, [{ author: 'An', body: 'Một bình luận' }]);
    const el = await renderBox({ thread, endpoint: apiBase('post') });
    const replyButton = $<HTMLButtonElement>(el, `[data-reply-to="${first!.id}"]`);
    replyButton.click();
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'reply-body');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => el.shadowRoot!.querySelector('#reply-body') === null);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(replyButton);
    expect(replyButton.getAttribute('aria-expanded')).to.equal('false');
  });

  it('pages: oldest first, "Xem thêm bình luận" loads the next page and moves focus to it', async () => {
    const thread = newThread();
    const bodies = Array.from({ length: 7 }, (_, i) => `Bình luận số ${i + 1}`);
    await seedAll(
      'post',
      thread,
      bodies.map((body, i) => ({ author: `Người ${i + 1}`, body })),
    );
    const el = await renderBox({ thread, endpoint: apiBase('post'), pageSize: 3 });
    expect(text($(el, '#heading'))).to.equal('Bình luận (7)');
    expect(commentTexts(el)).to.deep.equal(bodies.slice(0, 3));
    const more = $<HTMLButtonElement>(el, '[part="more"]');
    expect(text(more)).to.equal('Xem thêm bình luận');
    more.click();
    await waitUntil(() => commentTexts(el).length === 6, 'second page not shown');
    expect(commentTexts(el)).to.deep.equal(bodies.slice(0, 6));
    await waitUntil(() => el.shadowRoot!.activeElement?.textContent?.includes('Bình luận số 4'), 'focus not on the first new comment');
    $<HTMLButtonElement>(el, '[part="more"]').click();
    await waitUntil(() => commentTexts(el).length === 7, 'third page not shown');
    expect(commentTexts(el)).to.deep.equal(bodies);
    expect(el.shadowRoot!.querySelector('[part="more"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a comment posted while later pages are unread shows once, and stays once when its page arrives', async () => {
    const thread = newThread();
    await seedAll(
      'post',
      thread,
      Array.from({ length: 3 }, (_, i) => ({ author: 'An', body: `Bài cũ ${i + 1}` })),
    );
    const el = await renderBox({ thread, endpoint: apiBase('post'), pageSize: 2 });
    fill(el, '#main-author', 'Bình');
    fill(el, '#main-body', 'Mới đăng');
    await submit(el);
    await sent(el);
    expect(commentTexts(el)).to.deep.equal(['Bài cũ 1', 'Bài cũ 2', 'Mới đăng']);
    $<HTMLButtonElement>(el, '[part="more"]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="more"]') === null);
    expect(commentTexts(el)).to.deep.equal(['Bài cũ 1', 'Bài cũ 2', 'Bài cũ 3', 'Mới đăng']);
  });

  it('the whole form works by keyboard', async () => {
    const thread = newThread();
    const [first] = await seedAll('post', thread, [{ author: 'An', body: 'Bình luận có sẵn' }]);
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    try {
      const el = await renderBox({ thread, endpoint: apiBase('post') });
      before.focus();
      const active = () => el.shadowRoot!.activeElement;
      await sendKeys({ press: 'Tab' });
      expect(active()?.id).to.equal('main-author');
      await sendKeys({ type: 'Lò Văn Ánh' });
      await sendKeys({ press: 'Tab' });
      expect(active()?.id).to.equal('main-email'); // the honeypot is skipped
      await sendKeys({ press: 'Tab' });
      expect(active()?.id).to.equal('main-body');
      await sendKeys({ type: 'Gõ bằng bàn phím' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'dòng hai' });
      await sendKeys({ press: 'Tab' });
      expect(active()?.getAttribute('part')).to.equal('submit');
      const posted = oneEvent(el, 'bantin-comment-posted');
      await sendKeys({ press: 'Enter' });
      expect((await posted).detail.comment.body).to.equal('Gõ bằng bàn phím\ndòng hai');
      await sent(el);
      // On to the list: the date, then the reply button, which opens the reply form.
      await sendKeys({ press: 'Tab' });
      expect(active()?.tagName).to.equal('TIME');
      await sendKeys({ press: 'Tab' });
      expect(active()?.getAttribute('data-reply-to')).to.equal(first!.id);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => active()?.id === 'reply-body', 'reply form not focused');
      await sendKeys({ type: 'Trả lời bằng bàn phím' });
      await sendKeys({ press: 'Tab' });
      expect(active()?.getAttribute('part')).to.equal('submit');
      await sendKeys({ press: 'Space' });
      await waitUntil(() => commentTexts(el).includes('Trả lời bằng bàn phím'), 'reply not posted');
      expect(commentTexts(el)).to.deep.equal(['Bình luận có sẵn', 'Trả lời bằng bàn phím', 'Gõ bằng bàn phím\ndòng hai']);
    } finally {
      before.remove();
    }
  });
});
