// The ticker shows what has focus (issue 12, point 8): Tab onto a headline stops the ticker with that
// headline and its focus ring fully in view, wherever the belt was; the "•" separators are not read.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/latest-news/define.js';
import type { BantinLatestNews } from '../../../src/components/latest-news/latest-news.js';
import { deepActiveElement, makeFeed, settled } from '../../support/widget-fixtures.js';

const RING = 4; // outline 2px + offset 2px

function expectFullyInView(el: BantinLatestNews, target: Element): void {
  const view = el.shadowRoot!.querySelector('.ticker-viewport')!.getBoundingClientRect();
  const box = target.getBoundingClientRect();
  const where = `headline ${Math.round(box.left)}–${Math.round(box.right)} × ${Math.round(box.top)}–${Math.round(box.bottom)} in ${Math.round(view.left)}–${Math.round(view.right)} × ${Math.round(view.top)}–${Math.round(view.bottom)}`;
  expect(box.left - RING, where).to.be.at.least(view.left);
  // A headline wider than the strip cannot fit: its start is shown.
  if (box.width + 2 * RING <= view.width) expect(box.right + RING, where).to.be.at.most(view.right);
  expect(box.top - RING, where).to.be.at.least(view.top);
  expect(box.bottom + RING, where).to.be.at.most(view.bottom);
}

describe('<bantin-latest-news layout="ticker"> focus', () => {
  for (const progress of [0.13, 0.37, 0.61, 0.9]) {
    it(`Tab through the headlines with the belt at ${progress * 100}%: each is fully in view with its focus ring`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1100px">
        <button id="before">before</button>
        <bantin-latest-news layout="ticker" limit="6" .feed=${makeFeed(6)}></bantin-latest-news>
      </div>`);
      const el = wrapper.querySelector<BantinLatestNews>('bantin-latest-news')!;
      await settled(el);
      await nextFrame();
      const [animation] = el.shadowRoot!.querySelector('.ticker-belt')!.getAnimations();
      const duration = Number(animation.effect!.getTiming().duration);
      animation.currentTime = duration * progress;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      const headlines = [...el.shadowRoot!.querySelectorAll('.ticker-list:not([aria-hidden]) a')];
      expect(headlines).to.have.length(6);
      for (const headline of headlines) {
        await sendKeys({ press: 'Tab' });
        await el.updateComplete;
        expect(deepActiveElement()).to.equal(headline);
        expect(animation.playState).to.equal('paused');
        expectFullyInView(el, headline);
      }
    });
  }

  it('the "•" separators are not in the accessible text', async () => {
    const el = await fixture<BantinLatestNews>(html`<bantin-latest-news layout="ticker" .feed=${makeFeed(3)}></bantin-latest-news>`);
    await settled(el);
    const list = el.shadowRoot!.querySelector('.ticker-list:not([aria-hidden])')!;
    // No "•" in the DOM text, or only inside aria-hidden.
    for (const node of list.querySelectorAll('*')) {
      const own = [...node.childNodes]
        .filter((child) => child.nodeType === Node.TEXT_NODE)
        .map((child) => child.nodeValue)
        .join('');
      if (own.includes('•')) expect(node.closest('[aria-hidden="true"]'), node.outerHTML).to.exist;
    }
    // Generated separators are drawn, with an empty alternative text ("•" / ""), so they are not read.
    for (const item of list.querySelectorAll('.ticker-item')) {
      const content = getComputedStyle(item, '::before').content;
      if (content.includes('•')) expect(content.replace(/\s+/g, '')).to.match(/\/""$/);
    }
  });
});
