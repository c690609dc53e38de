// States, theming, parts and accessibility in each of them.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { BantinCommentBox } from '../../../src/components/comment-box/comment-box.js';
import { $, $$, apiBase, faultBase, fill, isSettled, newThread, renderBox, seedAll, settled, submit, text } from '../../support/comment-box.js';

async function withReplies(theme: string, lang = 'vi'): Promise<BantinCommentBox> {
  const thread = newThread();
  const [first] = await seedAll('post', thread, [
    { author: 'An', body: 'Bình luận đầu tiên,\ncó hai dòng' },
    { author: 'Bình', body: 'Bình luận thứ hai' },
  ]);
  await seedAll('post', thread, [{ author: 'Chi', body: 'Trả lời bình luận đầu', parentId: first!.id }]);
  return renderBox({ thread, endpoint: apiBase('post'), theme, lang });
}

describe('<bantin-comment-box> states and theming', () => {
  it('loading: a skeleton that reserves room, hidden from assistive technology, then the list', async () => {
    const thread = newThread();
    await seedAll('post', thread, [{ author: 'An', body: 'Đến chậm một chút' }]);
    const el = await fixture<BantinCommentBox>(
      html`<bantin-comment-box thread=${thread} endpoint=${faultBase('post', newThread('k'), 'get-slow1500')} lang="vi"></bantin-comment-box>`,
    );
    expect(isSettled(el)).to.be.false;
    const skeleton = $(el, 'ol[aria-hidden="true"]');
    expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(80);
    expect(text($(el, '.visually-hidden'))).to.equal('Đang tải bình luận…');
    // The form is usable while the list loads.
    expect($(el, '#main-body')).to.exist;
    await expect(el).to.be.accessible();
    await settled(el);
    expect(text($(el, '[part="comment-body"]'))).to.equal('Đến chậm một chút');
  });

  it('list with replies, light and dark: accessible, with the main parts named', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await withReplies(theme);
      await expect(el).to.be.accessible();
      for (const part of [
        'base',
        'header',
        'count',
        'form',
        'label',
        'input',
        'textarea',
        'counter',
        'submit',
        'list',
        'comment',
        'author',
        'date',
        'comment-body',
        'reply',
        'replies',
      ]) {
        expect($$(el, `[part~="${part}"]`).length, part).to.be.greaterThan(0);
      }
      el.remove();
    }
  });

  it('theme="auto" follows the system colour scheme', async () => {
    const el = await withReplies('auto');
    const surface = () => getComputedStyle(el).backgroundColor;
    await emulateMedia({ colorScheme: 'light' });
    expect(surface()).to.equal('rgb(255, 255, 255)');
    try {
      await emulateMedia({ colorScheme: 'dark' });
      expect(surface()).to.equal('rgb(23, 25, 29)');
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it("looks right with no page stylesheet (literal fallbacks) and takes the page's tokens", async () => {
    const el = await withReplies('light');
    const submitButton = $(el, '[part="submit"]');
    expect(getComputedStyle(submitButton).backgroundColor).to.equal('rgb(169, 29, 34)');
    el.style.setProperty('--bantin-color-accent', 'rgb(0, 90, 50)');
    el.style.setProperty('--bantin-reply-indent', '3rem');
    expect(getComputedStyle(submitButton).backgroundColor).to.equal('rgb(0, 90, 50)');
    expect(getComputedStyle($(el, '[part="replies"]')).marginInlineStart).to.equal('48px');
  });

  it('English: heading, labels, buttons and count', async () => {
    const el = await withReplies('light', 'en');
    expect(text($(el, '#heading'))).to.equal('Comments (3)');
    expect(text($(el, 'label[for="main-author"]'))).to.equal('Name *');
    expect(text($(el, '[part="submit"]'))).to.equal('Post comment');
    expect(text($(el, '[part="reply"]'))).to.equal('Reply');
    await expect(el).to.be.accessible();
  });

  it('the heading attribute, and no heading (the region is still named)', async () => {
    const el = await renderBox({ thread: newThread(), endpoint: apiBase('post') });
    el.heading = 'Ý kiến bạn đọc';
    await el.updateComplete;
    expect(text($(el, '#heading'))).to.equal('Ý kiến bạn đọc (0)');
    el.heading = '';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#heading')).to.equal(null);
    expect($(el, '[part="base"]').getAttribute('aria-label')).to.equal('Bình luận');
    await expect(el).to.be.accessible();
  });

  it('without an endpoint: says so, and sending says so too', async () => {
    const el = await fixture<BantinCommentBox>(html`<bantin-comment-box thread=${newThread()} lang="vi"></bantin-comment-box>`);
    await settled(el);
    expect(text($(el, '[part="status"]'))).to.match(/endpoint/);
    fill(el, '#main-author', 'An');
    fill(el, '#main-body', 'Không có máy chủ');
    await submit(el);
    expect(text($(el, 'form [role="alert"]'))).to.match(/endpoint/);
    expect(el.shadowRoot!.querySelector('[part="retry"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a failed "more comments" says so and retries', async () => {
    const thread = newThread();
    await seedAll(
      'post',
      thread,
      Array.from({ length: 3 }, (_, i) => ({ author: 'An', body: `Bình luận ${i + 1}` })),
    );
    const el = await renderBox({ thread, endpoint: apiBase('post'), pageSize: 2 });
    const realFetch = window.fetch;
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      $<HTMLButtonElement>(el, '[part="more"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('.footer [role="alert"]') !== null, 'no error');
    } finally {
      window.fetch = realFetch;
    }
    expect(text($(el, '[part="more"]'))).to.equal('Thử lại');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part="more"]').click();
    await waitUntil(() => $$(el, '[part="comment-body"]').length === 3, 'third comment not loaded');
  });

  it('lang follows the page when the element has none', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><bantin-comment-box endpoint="/__comments/post/api" thread=${newThread()}></bantin-comment-box></div>`,
    );
    const el = wrapper.querySelector('bantin-comment-box')!;
    await settled(el);
    expect(text($(el, '#main-counter'))).to.equal('500/500 characters left');
    wrapper.lang = 'vi';
    await waitUntil(() => text($(el, '#main-counter')) === 'Bạn còn 500/500 ký tự');
  });
});
