// Issue 12, point 10: a failed send is announced once (its alert, not also the polite status), and once the
// network is back and a comment was posted, the old "Không tải được bình luận" alert goes.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { BantinCommentBox } from '../../../src/components/comment-box/comment-box.js';
import { $, commentTexts, faultBase, fill, heal, newThread, renderBox, sent, submit, text } from '../../support/comment-box.js';

async function write(el: BantinCommentBox, author: string, body: string): Promise<void> {
  fill(el, '#main-author', author);
  fill(el, '#main-body', body);
  await el.updateComplete;
}

const politeStatus = (el: BantinCommentBox) => el.shadowRoot!.querySelector<HTMLElement>('p.visually-hidden[role="status"]')!;

describe('<bantin-comment-box> announcements', () => {
  it('a failed send is announced once: by its alert, not again by the polite status', async () => {
    const el = await renderBox({ thread: newThread(), endpoint: faultBase('post', newThread('fail503'), '503') });
    await write(el, 'An', 'Gửi không được đâu');
    const failed = oneEvent(el, 'bantin-error');
    await submit(el);
    await failed;
    await sent(el);
    const alert = $(el, 'form [role="alert"]');
    expect(text(alert)).to.not.equal('');
    // The polite region would speak the same words a second time (it is filled on the next frame).
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await el.updateComplete;
    expect(text(politeStatus(el))).to.not.contain(text(alert));
    expect(el.shadowRoot!.querySelectorAll('[role="alert"]')).to.have.length(1);
  });

  it('back online, a successful post clears the old "could not load the comments" alert', async () => {
    const key = newThread('offline-list');
    const el = await renderBox({ thread: newThread(), endpoint: faultBase('post', key, 'get-500,ok') });
    expect(text($(el, '[part="status"][data-kind="error"]'))).to.match(/Không tải được bình luận/);
    await heal(key);
    await write(el, 'An', 'Đã có mạng trở lại');
    const posted = oneEvent(el, 'bantin-comment-posted');
    await submit(el);
    await posted;
    await sent(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="status"][data-kind="error"]') === null, 'the old load error stayed', {
      timeout: 5000,
    });
    expect(text(el.shadowRoot!.querySelector('.comments, [part="list"], ol') ?? el.shadowRoot!.firstElementChild)).to.not.match(
      /Không tải được bình luận/,
    );
    await waitUntil(() => commentTexts(el).includes('Đã có mạng trở lại'), 'the posted comment is not in the list');
  });
});
