// Only the server's HTML is in this test's own document (the widget is not defined here): the hydrating box lives
// in a frame with bantin.js.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { Comment, PostedComment } from '../../src/core/comments/index.js';
import { comments } from '../../src/i18n/catalogues/comments.js';
import { en } from '../../src/i18n/catalogues/en.js';
import { fetched, hydrated, serverHtml, text, withJavaScript, withoutJavaScript } from './ssr-page.js';

const words = { vi: comments.vi, en: comments.en(en) };

const TAG = 'bantin-comment-box';
const ENDPOINT = '/__comments/post/api';
const run = Math.random().toString(36).slice(2, 8);
let serial = 0;

async function seed(thread: string, comment: { author: string; body: string; parentId?: string }): Promise<Comment> {
  const response = await fetch(`${ENDPOINT}/threads/${thread}/comments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...comment, clientId: `ssr-${run}-${++serial}`, website: '' }),
  });
  if (response.status !== 201) throw new Error(`seed failed: ${response.status}`);
  return ((await response.json()) as PostedComment).comment;
}

/** The box's shadow root as the server rendered it, checked without JavaScript. */
function checkServerBox(root: ShadowRoot, lang: 'vi' | 'en'): void {
  const t = words[lang];
  expect(text(root.querySelector('#heading'))).to.equal(`${t.heading} (2)`);
  expect([...root.querySelectorAll('[part="author"]')].map(text)).to.deep.equal(['Lò Văn Minh', 'Cầm Thị Hoa']);
  expect(text(root.querySelector('[part="replies"] [part="comment-body"]'))).to.equal('Đồng ý với anh Minh.');
  // The form says why it cannot post, on the counter's line under the text field, and nothing in it works.
  expect(text(root.querySelector('#main-counter'))).to.equal(t.needsScript);
  expect(root.querySelector('#main-body')!.getAttribute('aria-describedby')).to.equal('main-counter');
  const controls = [...root.querySelectorAll<HTMLInputElement>('#main-author, #main-email, #main-body, [part="submit"], [part="reply"]')];
  expect(controls.length, 'the fields, the button and the top-level comment’s reply button').to.equal(5);
  expect(controls.every((control) => control.disabled)).to.equal(true);
  expect(root.querySelectorAll('ol[aria-hidden="true"], .skeleton-line').length, 'no skeleton').to.equal(0);
}

describe('<bantin-comment-box> rendered on the server', () => {
  it('without JavaScript: the approved comments, and a form that says posting needs JavaScript', async () => {
    const doc = await withoutJavaScript(TAG, `endpoint=${ENDPOINT}&thread=bai-1`);
    checkServerBox(doc.querySelector(TAG)!.shadowRoot!, 'vi');
    const en = await withoutJavaScript(TAG, `endpoint=${ENDPOINT}&thread=bai-1&lang=en`);
    checkServerBox(en.querySelector(TAG)!.shadowRoot!, 'en');
  });

  it('is accessible as the server rendered it', async () => {
    const holder = document.createElement('div');
    const html = await serverHtml(TAG, `endpoint=${ENDPOINT}&thread=bai-1`);
    holder.setHTMLUnsafe(html.slice(html.indexOf('<bantin-comment-box'), html.indexOf('</body>')));
    document.body.append(holder);
    try {
      const el = holder.querySelector(TAG)!;
      expect(customElements.get(TAG), 'the widget is not defined in this document').to.equal(undefined);
      checkServerBox(el.shadowRoot!, 'vi');
      await expect(el).to.be.accessible();
    } finally {
      holder.remove();
    }
  });

  it('hydrates in place from the server’s first page: no request for the list, no shift; then posting works', async () => {
    const thread = `ssr-${run}`;
    const first = await seed(thread, { author: 'Lò Văn Minh', body: 'Bản tin rất hữu ích, cảm ơn toà soạn.' });
    await seed(thread, { author: 'Cầm Thị Hoa', body: 'Đồng ý với anh Minh.', parentId: first.id });
    const { page, widget } = await withJavaScript(TAG, `endpoint=${ENDPOINT}&thread=${thread}&comments=server`);
    const root = widget.shadowRoot!;
    checkServerBox(root, 'vi');
    const before = { comment: root.querySelector('[part="comment"]'), form: root.querySelector('form'), body: root.querySelector('#main-body') };

    await hydrated(page, widget);
    expect(root.querySelector('[part="comment"]') === before.comment, 'the server’s comment is kept').to.equal(true);
    expect(root.querySelector('form') === before.form, 'the server’s form is kept').to.equal(true);
    expect(root.querySelector('#main-body') === before.body, 'the server’s text field is kept').to.equal(true);
    expect([...root.querySelectorAll('[part="author"]')].map(text)).to.deep.equal(['Lò Văn Minh', 'Cầm Thị Hoa']);
    expect(
      fetched(page).filter((path) => path.includes('/threads/')),
      'no request for the comments',
    ).to.deep.equal([]);
    expect(page.shifts().map((s) => s.value)).to.deep.equal([]);
    // Interactive now: the counter counts, the fields and buttons work.
    expect(text(root.querySelector('#main-counter'))).to.equal(words.vi.remaining(500, 500));
    expect(root.querySelectorAll(':disabled').length).to.equal(0);

    const win = page.frame.contentWindow! as Window & typeof globalThis;
    const fill = (selector: string, value: string) => {
      const field = root.querySelector<HTMLInputElement>(selector)!;
      field.value = value;
      field.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
    };
    fill('#main-author', 'Quàng Văn Sơn');
    fill('#main-body', 'Bình luận gửi sau khi hydrate.');
    expect(win.localStorage.getItem(`bantin-comment-draft:${thread}`), 'the draft is kept').to.contain('hydrate');
    const posted = oneEvent(widget, 'bantin-comment-posted');
    root.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    const event = (await posted) as CustomEvent<PostedComment>;
    expect(event.detail.status).to.equal('approved');
    await waitUntil(() => root.querySelectorAll('[part="author"]').length === 3, 'the posted comment is listed');
    expect(text([...root.querySelectorAll('[part="comment-body"]')].at(-1))).to.equal('Bình luận gửi sau khi hydrate.');
    expect(text(root.querySelector('#heading'))).to.equal(`${words.vi.heading} (3)`);
    expect(win.localStorage.getItem(`bantin-comment-draft:${thread}`)).to.equal(null);
  });

  it('restores a draft only after hydrating (the first render is the server’s)', async () => {
    const thread = `ssr-${run}-draft`;
    await seed(thread, { author: 'Lò Văn Minh', body: 'Bản tin rất hữu ích, cảm ơn toà soạn.' });
    await seed(thread, { author: 'Cầm Thị Hoa', body: 'Một bình luận thứ hai.' });
    localStorage.setItem(`bantin-comment-draft:${thread}`, JSON.stringify({ author: 'Lường Thị Mai', body: 'Bản nháp chưa gửi.' }));
    try {
      const { page, widget } = await withJavaScript(TAG, `endpoint=${ENDPOINT}&thread=${thread}&comments=server`);
      await hydrated(page, widget);
      const root = widget.shadowRoot!;
      expect(root.querySelector<HTMLTextAreaElement>('#main-body')!.value).to.equal('Bản nháp chưa gửi.');
      expect(root.querySelector<HTMLInputElement>('#main-author')!.value).to.equal('Lường Thị Mai');
      expect(text(root.querySelector('#main-counter'))).to.equal(words.vi.remaining(500 - 'Bản nháp chưa gửi.'.length, 500));
    } finally {
      localStorage.removeItem(`bantin-comment-draft:${thread}`);
    }
  });
});
