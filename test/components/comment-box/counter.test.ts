// The counter, the length limits and the submit-time validation (no sending involved).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { countCharacters } from '../../../src/core/comments/index.js';
import type { BantinCommentBox } from '../../../src/components/comment-box/comment-box.js';
import { $, apiBase, fill, newThread, paste, renderBox, submit, text } from '../../support/comment-box.js';

const counter = (el: BantinCommentBox) => text($(el, '#main-counter'));

async function focusBody(el: BantinCommentBox): Promise<HTMLTextAreaElement> {
  const body = $<HTMLTextAreaElement>(el, '#main-body');
  body.focus();
  return body;
}

describe('<bantin-comment-box> counter and limits', () => {
  it('counts down user-perceived characters: NFD Vietnamese typed as base + marks counts once per letter', async () => {
    const el = await renderBox({ thread: newThread(), endpoint: apiBase('post') });
    expect(counter(el)).to.equal('Bạn còn 500/500 ký tự');
    await focusBody(el);
    // "Việt Nam đẹp" with ệ and ẹ typed as e + marks: 12 characters, 15 code points.
    const nfd = 'Vie\u0302\u0323t Nam đe\u0323p'.normalize('NFD');
    expect(nfd.length).to.equal(15);
    await sendKeys({ type: nfd });
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#main-body').value).to.equal(nfd);
    expect(countCharacters(nfd)).to.equal(12);
    expect(counter(el)).to.equal('Bạn còn 488/500 ký tự');
  });

  it('counts an emoji (ZWJ family, flag, skin tone) as one character', async () => {
    const el = await renderBox({ thread: newThread(), endpoint: apiBase('post') });
    fill(el, '#main-body', 'Hay 👨‍👩‍👧‍👦🇻🇳👍🏽');
    await el.updateComplete;
    expect(counter(el)).to.equal('Bạn còn 493/500 ký tự');
  });

  it('says the counter in English', async () => {
    const el = await renderBox({ thread: newThread(), endpoint: apiBase('post'), lang: 'en' });
    fill(el, '#main-body', 'Hello');
    await el.updateComplete;
    expect(counter(el)).to.equal('495/500 characters left');
  });

  it('stops typing at the maximum, and a combining mark still joins the last letter', async () => {
    const el = await renderBox({ thread: newThread(), endpoint: apiBase('post'), maxlength: 6 });
    await focusBody(el);
    await sendKeys({ type: 'abcde' });
    await sendKeys({ type: 'fghij' });
    await el.updateComplete;
    const body = $<HTMLTextAreaElement>(el, '#main-body');
    expect(body.value).to.equal('abcdef');
    expect(counter(el)).to.equal('Bạn còn 0/6 ký tự');
    // A mark on the last letter does not add a character: allowed.
    await sendKeys({ type: '\u0301' });
    await el.updateComplete;
    expect(body.value).to.equal('abcdef\u0301');
    expect(countCharacters(body.value)).to.equal(6);
    // Enter is a character too: refused when full.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(body.value).to.equal('abcdef\u0301');
  });

  it('cuts pasted overflow at a character boundary, never inside an emoji or a letter with marks', async () => {
    const el = await renderBox({ thread: newThread(), endpoint: apiBase('post'), maxlength: 8 });
    const body = await focusBody(el);
    fill(el, '#main-body', 'Xin ');
    body.setSelectionRange(4, 4);
    // 4 + 7 characters: the 4 that fit end with a family emoji and an NFD "ệ" (3 code points), both kept whole.
    paste(el, '#main-body', 'ab👨‍👩‍👧‍👦e\u0302\u0323cdđ');
    await el.updateComplete;
    expect(body.value).to.equal('Xin ab👨‍👩‍👧‍👦e\u0302\u0323');
    expect(countCharacters(body.value)).to.equal(8);
    expect(counter(el)).to.equal('Bạn còn 0/8 ký tự');
  });

  it('pastes in the middle without pushing out what follows, and replaces a selection', async () => {
    const el = await renderBox({ thread: newThread(), endpoint: apiBase('post'), maxlength: 8 });
    const body = await focusBody(el);
    fill(el, '#main-body', 'abXYZ');
    body.setSelectionRange(2, 2);
    paste(el, '#main-body', '1234567');
    await el.updateComplete;
    expect(body.value).to.equal('ab123XYZ');
    body.setSelectionRange(2, 5);
    paste(el, '#main-body', '🇻🇳🇻🇳🇻🇳🇻🇳');
    await el.updateComplete;
    expect(body.value).to.equal('ab🇻🇳🇻🇳🇻🇳XYZ');
  });

  it('never holds more than the maximum, whatever sets the value', async () => {
    const el = await renderBox({ thread: newThread(), endpoint: apiBase('post') });
    fill(el, '#main-body', 'ệ'.normalize('NFD').repeat(700));
    await el.updateComplete;
    const value = $<HTMLTextAreaElement>(el, '#main-body').value;
    expect(countCharacters(value)).to.equal(500);
    expect(value).to.equal('ệ'.normalize('NFD').repeat(500));
    expect(counter(el)).to.equal('Bạn còn 0/500 ký tự');
  });

  it('announces the counter only when it gets low, not on every keystroke', async () => {
    const el = await renderBox({ thread: newThread(), endpoint: apiBase('post'), maxlength: 60 });
    const live = $(el, '[role="status"][aria-live="polite"]');
    await focusBody(el);
    await sendKeys({ type: 'abcd' });
    await el.updateComplete;
    expect(text(live)).to.equal('');
    fill(el, '#main-body', 'a'.repeat(10)); // 50 left: the first threshold
    await el.updateComplete;
    await el.updateComplete;
    expect(text(live)).to.equal('Bạn còn 50/60 ký tự');
    fill(el, '#main-body', 'a'.repeat(12)); // 48 left: no new announcement
    await el.updateComplete;
    await el.updateComplete;
    expect(text(live)).to.equal('Bạn còn 50/60 ký tự');
    fill(el, '#main-body', 'a'.repeat(41)); // 19 left
    await el.updateComplete;
    await el.updateComplete;
    expect(text(live)).to.equal('Bạn còn 19/60 ký tự');
    // The counter itself is not live; it is tied to the textarea.
    const counterEl = $(el, '#main-counter');
    expect(counterEl.hasAttribute('aria-live')).to.be.false;
    expect($(el, '#main-body').getAttribute('aria-describedby')).to.equal('main-counter');
  });

  it("refuses a comment below the minimum with the seed's words, tied to the textarea", async () => {
    const el = await renderBox({ thread: newThread(), endpoint: apiBase('post') });
    fill(el, '#main-author', 'Lò Văn Ánh');
    fill(el, '#main-body', 'Hay'.normalize('NFD'));
    await submit(el);
    const error = $(el, '#main-body-error');
    expect(text(error)).to.equal('Bạn vui lòng nhập từ 5 ký tự trở lên !!!');
    const body = $(el, '#main-body');
    expect(body.getAttribute('aria-invalid')).to.equal('true');
    expect(body.getAttribute('aria-describedby')).to.equal('main-counter main-body-error');
    expect(el.shadowRoot!.activeElement).to.equal(body);
    // Four NFD letters with marks are still four characters: too short.
    fill(el, '#main-body', 'Việt'.normalize('NFD'));
    await submit(el);
    expect(text($(el, '#main-body-error'))).to.equal('Bạn vui lòng nhập từ 5 ký tự trở lên !!!');
    await expect(el).to.be.accessible();
  });

  it('uses the minlength attribute and English words', async () => {
    const el = await renderBox({ thread: newThread(), endpoint: apiBase('post'), lang: 'en', minlength: 12 });
    fill(el, '#main-author', 'Ann');
    fill(el, '#main-body', 'Too short');
    await submit(el);
    expect(text($(el, '#main-body-error'))).to.equal('Please enter at least 12 characters.');
  });

  it('asks for a name and a valid email, each next to its field; the email is said never to be shown', async () => {
    const el = await renderBox({ thread: newThread(), endpoint: apiBase('post') });
    fill(el, '#main-email', 'not an email');
    fill(el, '#main-body', 'Một bình luận đủ dài');
    await submit(el);
    expect(text($(el, '#main-author-error'))).to.equal('Bạn vui lòng nhập họ và tên.');
    expect($(el, '#main-author').getAttribute('aria-describedby')).to.equal('main-author-error');
    expect(text($(el, '#main-email-error'))).to.match(/email không hợp lệ/);
    expect($(el, '#main-email').getAttribute('aria-describedby')).to.equal('main-email-hint main-email-error');
    expect(text($(el, '#main-email-hint'))).to.match(/không bao giờ được hiển thị/);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#main-author'));
    // Typing in a field clears its error.
    fill(el, '#main-author', 'An');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#main-author-error')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('labels every field and hides the honeypot from people and assistive technology', async () => {
    const el = await renderBox({ thread: newThread(), endpoint: apiBase('post') });
    for (const id of ['main-author', 'main-email', 'main-body']) {
      expect(text($(el, `label[for="${id}"]`))).to.not.equal('');
    }
    expect($(el, '#main-author').hasAttribute('required')).to.be.true;
    expect($(el, '#main-email').hasAttribute('required')).to.be.false;
    const honeypot = $<HTMLInputElement>(el, '#main-website');
    expect(honeypot.tabIndex).to.equal(-1);
    expect(honeypot.autocomplete).to.equal('off');
    expect(honeypot.closest('[aria-hidden="true"]')).to.not.equal(null);
    const box = honeypot.getBoundingClientRect();
    expect(box.right <= 0 || box.bottom <= 0 || box.width <= 1).to.be.true;
    expect(getComputedStyle(honeypot).display).to.not.equal('none');
  });
});
