// <bantin-comment-count>: the words for 0, 1 and many in both languages, one request for every count of a page
// (test/support/counts-middleware.mjs counts them), the link, the error, and one box from loading to loaded.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/components/comment-count/define.js';
import type { BantinCommentCount } from '../../../src/components/comment-count/comment-count.js';

const run = Math.random().toString(36).slice(2, 8);
let serial = 0;
/** A fresh key (its own request log) and the endpoint answering for it in `mode`. */
function endpoint(mode = 'ok'): { key: string; base: string } {
  const key = `k-${run}-${++serial}`;
  return { key, base: `/__counts/${key}/${mode}/api` };
}

async function requests(key: string): Promise<string[][]> {
  return ((await (await fetch(`/__counts/log/${key}`)).json()) as { requests: string[][] }).requests;
}

const text = (el: BantinCommentCount) =>
  [...el.shadowRoot!.querySelectorAll('.value')].map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim()).join('|');

async function loaded(el: BantinCommentCount): Promise<void> {
  await waitUntil(() => !el.shadowRoot?.querySelector('.skeleton-line'), 'the count did not load', { timeout: 8000 });
  await el.updateComplete;
}

async function page(count: number, base: string, threadOf = (i: number) => `bai-${run}-${i}-${i % 7}`): Promise<BantinCommentCount[]> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  for (let i = 0; i < count; i++) {
    const el = document.createElement('bantin-comment-count');
    el.setAttribute('thread', threadOf(i));
    el.setAttribute('endpoint', base);
    wrapper.append(el);
  }
  const elements = [...wrapper.querySelectorAll('bantin-comment-count')];
  for (const el of elements) await loaded(el);
  return elements;
}

describe('<bantin-comment-count>', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('50 counts on one page make one request for all 50 threads', async () => {
    const { key, base } = endpoint();
    const elements = await page(50, base);
    const seen = await requests(key);
    expect(seen.length).to.equal(1);
    expect(seen[0]!.length).to.equal(50);
    expect(text(elements[1]!)).to.equal('1 bình luận');
    expect(text(elements[3]!)).to.equal('3 bình luận');
    expect(text(elements[7]!)).to.equal('Chưa có bình luận');
    expect(elements.map((el) => el.count).slice(0, 8)).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 0]);
  });

  it('more than 100 threads are split into requests of at most 100; a thread on the page twice is asked once', async () => {
    const { key, base } = endpoint();
    await page(230, base, (i) => `bai-${run}-${i % 150}-2`);
    const seen = await requests(key);
    expect(seen.map((threads) => threads.length)).to.deep.equal([100, 50]);
    expect(new Set(seen.flat()).size).to.equal(150);
  });

  it('one request per endpoint', async () => {
    const a = endpoint();
    const b = endpoint();
    const wrapper = await fixture<HTMLElement>(html`<div>
      <bantin-comment-count thread="a-1" endpoint=${a.base}></bantin-comment-count>
      <bantin-comment-count thread="a-2" endpoint=${a.base}></bantin-comment-count>
      <bantin-comment-count thread="b-3" endpoint=${b.base}></bantin-comment-count>
    </div>`);
    for (const el of wrapper.querySelectorAll('bantin-comment-count')) await loaded(el);
    expect((await requests(a.key)).map((threads) => threads.join())).to.deep.equal(['a-1,a-2']);
    expect((await requests(b.key)).map((threads) => threads.join())).to.deep.equal(['b-3']);
  });

  it('plural rules and number formats of each language', async () => {
    const { base } = endpoint();
    const cases: [string, string, string][] = [
      ['vi', 'x-0', 'Chưa có bình luận'],
      ['vi', 'x-1', '1 bình luận'],
      ['vi', 'x-1234', '1.234 bình luận'],
      ['en', 'x-0', 'No comments'],
      ['en', 'x-1', '1 comment'],
      ['en', 'x-2', '2 comments'],
      ['en', 'x-1234', '1,234 comments'],
    ];
    const wrapper = await fixture<HTMLElement>(html`<div>
      ${cases.map(([lang, thread]) => html`<bantin-comment-count lang=${lang} thread=${thread} endpoint=${base}></bantin-comment-count>`)}
    </div>`);
    const elements = [...wrapper.querySelectorAll('bantin-comment-count')];
    for (const el of elements) await loaded(el);
    expect(elements.map(text)).to.deep.equal(cases.map(([, , words]) => words));
  });

  it('links to the comments with href, focusable with a visible outline, and accessible', async () => {
    const { base } = endpoint();
    const el = await fixture<BantinCommentCount>(
      html`<bantin-comment-count thread="bai-lien-ket-5" endpoint=${base} href="/tin/bai-5.html#binh-luan"></bantin-comment-count>`,
    );
    await loaded(el);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="link"]')!;
    expect(link.href).to.equal(new URL('/tin/bai-5.html#binh-luan', location.href).href);
    expect(link.textContent!.trim()).to.equal('5 bình luận');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement === link).to.equal(true);
    expect(getComputedStyle(link).outlineStyle).to.equal('solid');
    await expect(el).to.be.accessible();
    const unsafe = await fixture<BantinCommentCount>(
      html`<bantin-comment-count thread="bai-6" endpoint=${base} href="javascript:alert(1)"></bantin-comment-count>`,
    );
    await loaded(unsafe);
    expect(unsafe.shadowRoot!.querySelectorAll('a').length).to.equal(0);
  });

  it('keeps one box from the skeleton to the count (no layout shift), and the skeleton is still under reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { base } = endpoint('slow600');
    const wrapper = await fixture<HTMLElement>(html`<p>
      Tin đầu <bantin-comment-count thread="bai-cham-12" endpoint=${base}></bantin-comment-count> sau
    </p>`);
    const el = wrapper.querySelector('bantin-comment-count')!;
    await el.updateComplete;
    const skeleton = el.shadowRoot!.querySelector('.skeleton-line')!;
    expect(getComputedStyle(skeleton).animationName).to.equal('none');
    await expect(el).to.be.accessible();
    const before = el.getBoundingClientRect();
    const wrapperBefore = wrapper.getBoundingClientRect();
    expect(before.width).to.be.greaterThan(40);
    await loaded(el);
    expect(text(el)).to.equal('12 bình luận');
    const after = el.getBoundingClientRect();
    expect([after.width, after.height, after.x, after.y]).to.deep.equal([before.width, before.height, before.x, before.y]);
    expect(wrapper.getBoundingClientRect().height).to.equal(wrapperBefore.height);
  });

  it('a failure is said in the language of the page, reported as bantin-error, and reload() asks again', async () => {
    const { key, base } = endpoint('fail-once');
    const errors: unknown[] = [];
    const el = await fixture<BantinCommentCount>(
      html`<bantin-comment-count lang="en" thread="bai-loi-3" endpoint=${base} @bantin-error=${(e: CustomEvent) => errors.push(e.detail.error)}></bantin-comment-count>`,
    );
    const before = el.getBoundingClientRect().width;
    await loaded(el);
    expect(text(el)).to.equal('Count unavailable (The comment count could not be loaded.)');
    expect(el.getBoundingClientRect().width).to.equal(before);
    expect(errors.length).to.equal(1);
    expect((errors[0] as { code?: string }).code).to.equal('unavailable');
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'vi');
    await new Promise((resolve) => setTimeout(resolve)); // the language observer runs
    await el.updateComplete;
    expect(text(el)).to.equal('Lỗi tải bình luận (Không tải được số bình luận.)');
    await el.reload();
    expect(text(el)).to.equal('3 bình luận');
    expect((await requests(key)).length).to.equal(2);
  });

  it('without an endpoint or with an invalid thread: the error, and no request', async () => {
    const el = await fixture<BantinCommentCount>(html`<bantin-comment-count thread="bai-1"></bantin-comment-count>`);
    await loaded(el);
    expect(el.shadowRoot!.querySelector('[part="status"]')?.getAttribute('data-kind')).to.equal('error');
    const { key, base } = endpoint();
    const bad = await fixture<BantinCommentCount>(html`<bantin-comment-count thread="bài viết" endpoint=${base}></bantin-comment-count>`);
    await loaded(bad);
    expect(bad.count).to.equal(undefined);
    expect((await requests(key)).length).to.equal(0);
  });

  it('dark theme: accessible', async () => {
    const { base } = endpoint();
    const el = await fixture<BantinCommentCount>(
      html`<bantin-comment-count theme="dark" thread="bai-toi-0" endpoint=${base} href="#binh-luan"></bantin-comment-count>`,
    );
    await loaded(el);
    await expect(el).to.be.accessible();
  });
});
