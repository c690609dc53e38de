// The default thread (the page's canonical URL) and the reduction of any text to a valid thread id.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { isValidThreadId } from '../../../src/core/comments/index.js';
import { canonicalPageUrl, defaultThreadId, newClientId, toThreadId } from '../../../src/components/comment-box/ids.js';
import type { BantinCommentBox } from '../../../src/components/comment-box/comment-box.js';
import { isValidClientId } from '../../../src/core/comments/index.js';
import { adminComments, apiBase, fill, newThread, settled, submit } from '../../support/comment-box.js';

function withCanonical(href: string): HTMLLinkElement {
  const link = document.createElement('link');
  link.rel = 'canonical';
  link.href = href;
  document.head.append(link);
  return link;
}

describe('comment box thread ids', () => {
  it('keeps a valid id as it is', () => {
    expect(toThreadId('bai-12345')).to.equal('bai-12345');
    expect(toThreadId('  https://baosonla.example.vn/tin/bai-1.html ')).to.equal('https://baosonla.example.vn/tin/bai-1.html');
  });

  it('percent-encodes what a thread id may not hold', () => {
    const id = toThreadId('bài viết số 1');
    expect(id).to.equal('b%C3%A0i%20vi%E1%BA%BFt%20s%E1%BB%91%201');
    expect(isValidThreadId(id)).to.be.true;
  });

  it('shortens a long URL with a hash of the whole, so two long URLs stay apart', () => {
    const base = `https://baosonla.example.vn/${'chuyen-muc/'.repeat(30)}`;
    const a = toThreadId(`${base}bai-1.html`);
    const b = toThreadId(`${base}bai-2.html`);
    expect(a.length).to.be.at.most(200);
    expect(isValidThreadId(a) && isValidThreadId(b)).to.be.true;
    expect(a).to.not.equal(b);
    expect(toThreadId(`${base}bai-1.html`)).to.equal(a);
    // Never cut inside a %XX escape.
    const encoded = toThreadId(`https://vi.example.vn/${'đường-phố-'.repeat(30)}`);
    expect(isValidThreadId(encoded)).to.be.true;
    expect(() => decodeURIComponent(encoded.split('~')[0]!)).to.not.throw();
  });

  it('defaults to the canonical URL, without fragment and tracking parameters', () => {
    const link = withCanonical('https://baosonla.example.vn/tin/bai-9.html?id=9&utm_source=zalo&fbclid=x#binh-luan');
    try {
      expect(canonicalPageUrl()).to.equal('https://baosonla.example.vn/tin/bai-9.html?id=9');
      expect(defaultThreadId()).to.equal('https://baosonla.example.vn/tin/bai-9.html?id=9');
    } finally {
      link.remove();
    }
    expect(canonicalPageUrl()).to.equal(new URL(location.pathname + location.search, location.origin).href);
  });

  it('makes client ids the server accepts', () => {
    const ids = new Set(Array.from({ length: 50 }, newClientId));
    expect(ids.size).to.equal(50);
    for (const id of ids) expect(isValidClientId(id)).to.be.true;
  });

  it("a box without a thread attribute posts to the canonical URL's thread", async () => {
    const canonical = `https://baosonla.example.vn/tin/${newThread('mac-dinh')}.html`;
    const link = withCanonical(canonical);
    try {
      const el = await fixture<BantinCommentBox>(html`<bantin-comment-box endpoint=${apiBase('post')} lang="vi"></bantin-comment-box>`);
      await settled(el);
      expect(el.threadId).to.equal(canonical);
      fill(el, '#main-author', 'An');
      fill(el, '#main-body', 'Theo địa chỉ chuẩn');
      const posted = oneEvent(el, 'bantin-comment-posted');
      await submit(el);
      expect((await posted).detail.comment.thread).to.equal(canonical);
      expect((await adminComments('post', canonical, 'approved')).map((c) => c.body)).to.deep.equal(['Theo địa chỉ chuẩn']);
    } finally {
      link.remove();
    }
  });
});
