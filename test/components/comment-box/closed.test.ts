// A closed thread (issue #16): the box shows its comments and says that comments are closed instead of the form,
// in the room the form had; a post refused as closed keeps the text. And every post carries the page's title and
// canonical URL, which the moderators then see with the thread. Against the real widget server.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { BantinCommentBox } from '../../../src/components/comment-box/comment-box.js';
import { readDraft } from '../../../src/components/comment-box/drafts.js';
import { $, $$, apiBase, faultBase, fill, newThread, renderBox, seedAll, sent, settled, submit, text } from '../../support/comment-box.js';

async function admin(path: string, method = 'GET'): Promise<Response> {
  const { token } = (await (await fetch('/__comments/post/admin-token')).json()) as { token: string };
  return fetch(`${apiBase('post')}/admin${path}`, { method, headers: { Authorization: `Bearer ${token}` } });
}

async function close(thread: string): Promise<void> {
  const response = await admin(`/threads/${encodeURIComponent(thread)}/close`, 'POST');
  if (!response.ok) throw new Error(`close failed: ${response.status}`);
}

describe('<bantin-comment-box> on a closed thread', () => {
  it('shows the comments and the closed notice instead of the form, in the form’s room, accessible', async () => {
    const thread = newThread('dong');
    await seedAll('post', thread, [{ author: 'An', body: 'Bình luận trước khi đóng' }]);
    await close(thread);
    const el = await fixture<BantinCommentBox>(
      html`<bantin-comment-box thread=${thread} endpoint=${faultBase('post', newThread('k'), 'get-slow800')} lang="vi"></bantin-comment-box>`,
    );
    const loadingHeight = el.getBoundingClientRect().height;
    expect($$(el, 'form').length).to.equal(1);
    await settled(el);
    expect($$(el, 'form').length).to.equal(0);
    expect(text($(el, '[part="closed"]'))).to.equal('Bài viết này đã đóng bình luận. Bạn vẫn có thể đọc các bình luận đã đăng.');
    expect(text($(el, '[part="comment-body"]'))).to.equal('Bình luận trước khi đóng');
    expect($$(el, '[part="reply"]').length).to.equal(0);
    expect(el.getBoundingClientRect().height).to.equal(loadingHeight);
    await expect(el).to.be.accessible();
  });

  it('says it in English', async () => {
    const thread = newThread('dong');
    await close(thread);
    const el = await renderBox({ thread, endpoint: apiBase('post'), lang: 'en' });
    expect(text($(el, '[part="closed"]'))).to.equal('Comments on this article are closed. You can still read the comments already posted.');
    await expect(el).to.be.accessible();
  });

  it('a post refused because the thread closed meanwhile: the form goes, the notice comes, the text stays in the draft', async () => {
    const thread = newThread('dong');
    const el = await renderBox({ thread, endpoint: apiBase('post') });
    fill(el, '#main-author', 'Lò Văn Minh');
    fill(el, '#main-body', 'Gửi sau khi bài đã đóng bình luận');
    await close(thread);
    await submit(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="closed"]'), 'no closed notice', { timeout: 8000 });
    expect($$(el, 'form').length).to.equal(0);
    expect(readDraft(thread)?.body).to.equal('Gửi sau khi bài đã đóng bình luận');
    expect(text($(el, '[role="status"]'))).to.equal('Bài viết này đã đóng bình luận. Bạn vẫn có thể đọc các bình luận đã đăng.');
  });
});

describe('<bantin-comment-box> sends the page with a post', () => {
  it("posts the page's title and canonical URL, which the moderators see with the thread", async () => {
    const title = document.title;
    const link = document.createElement('link');
    link.rel = 'canonical';
    link.href = 'https://baosonla.example.vn/tin/mua-man.html?utm_source=zalo#binh-luan';
    document.head.append(link);
    document.title = '  Sơn La:   mùa mận chín  ';
    try {
      const thread = newThread('trang');
      const el = await renderBox({ thread, endpoint: apiBase('post') });
      fill(el, '#main-author', 'Cầm Thị Lan');
      fill(el, '#main-body', 'Mận năm nay ngọt lắm');
      await submit(el);
      await sent(el);
      const [comment] = (await (await admin(`/comments?status=approved&thread=${encodeURIComponent(thread)}`)).json()).comments as {
        threadTitle: string;
        threadUrl: string;
      }[];
      expect(comment!.threadTitle).to.equal('Sơn La: mùa mận chín');
      expect(comment!.threadUrl).to.equal('https://baosonla.example.vn/tin/mua-man.html');
    } finally {
      link.remove();
      document.title = title;
    }
  });
});
