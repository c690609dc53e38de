import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/components/latest-news/define.js';
import type { BantinLatestNews } from '../../../src/components/latest-news/latest-news.js';
import { deepActiveElement, feedUrl, makeFeed, newKey, parts, resetFeeds, settled } from '../../support/widget-fixtures.js';

const layouts = ['list', 'grid', 'compact', 'ticker'] as const;

function animationsOf(el: BantinLatestNews): Animation[] {
  return el.shadowRoot!.querySelector('.ticker-belt')?.getAnimations() ?? [];
}

describe('<bantin-latest-news> accessibility', () => {
  afterEach(resetFeeds);
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  for (const layout of layouts) {
    it(`${layout}: axe finds nothing when loaded, loading, failed, stale and empty, in light and dark`, async () => {
      const loaded = await fixture<BantinLatestNews>(
        html`<bantin-latest-news layout=${layout} more-href="/tin" limit="3" .feed=${makeFeed(6)}></bantin-latest-news>`,
      );
      await settled(loaded);
      await expect(loaded).to.be.accessible();
      loaded.theme = 'dark';
      await loaded.updateComplete;
      await expect(loaded).to.be.accessible();

      const loading = await fixture<BantinLatestNews>(
        html`<bantin-latest-news layout=${layout} feed=${feedUrl(newKey(), { steps: 'slow' })}></bantin-latest-news>`,
      );
      expect(loading.shadowRoot!.querySelector('.skeleton, .skeleton-line')).to.exist;
      await expect(loading).to.be.accessible();
      loading.remove(); // aborts the slow request

      const failed = await fixture<BantinLatestNews>(
        html`<bantin-latest-news layout=${layout} feed=${feedUrl(newKey(), { steps: '404' })}></bantin-latest-news>`,
      );
      await settled(failed);
      expect(parts(failed, 'status')[0].dataset.kind).to.equal('error');
      await expect(failed).to.be.accessible();

      const key = newKey('stale');
      const stale = await fixture<BantinLatestNews>(
        html`<bantin-latest-news layout=${layout} refresh="1" feed=${feedUrl(key, { steps: 'ok,drop' })}></bantin-latest-news>`,
      );
      await waitUntil(() => parts(stale, 'status')[0]?.dataset.kind === 'stale', 'no stale notice', { timeout: 5000 });
      stale.refresh = 0;
      await expect(stale).to.be.accessible();

      const empty = await fixture<BantinLatestNews>(
        html`<bantin-latest-news layout=${layout} category="không có" .feed=${makeFeed(3)}></bantin-latest-news>`,
      );
      await settled(empty);
      expect(parts(empty, 'status')[0].dataset.kind).to.equal('empty');
      await expect(empty).to.be.accessible();
    });
  }

  for (const layout of layouts) {
    it(`${layout}: the keyboard reaches every link and button, in order`, async () => {
      const feed = makeFeed(6);
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button id="before">before</button>
        <bantin-latest-news layout=${layout} limit="3" more-href="/tin" .feed=${feed}></bantin-latest-news>
        <button id="after">after</button>
      </div>`);
      const el = wrapper.querySelector('bantin-latest-news')!;
      await settled(el);
      (wrapper.querySelector('#before') as HTMLElement).focus();
      const reached: string[] = [];
      for (let step = 0; step < 20; step++) {
        await sendKeys({ press: 'Tab' });
        const active = deepActiveElement()!;
        if (active.id === 'after') break;
        reached.push(active.localName === 'a' ? `link:${active.textContent!.trim()}` : `${active.localName}:${active.textContent!.trim()}`);
      }
      const titles = feed.items.slice(0, 3).map((item) => `link:${item.title}`);
      const expected = layout === 'ticker' ? [...titles, 'button:Tạm dừng chạy tin'] : [...titles, 'button:Hiện thêm tin', 'link:Xem thêm'];
      expect(reached).to.deep.equal(expected);
    });
  }

  it('ticker: moves, pauses on hover, on focus and with its button; the moving copy is hidden from assistive technology', async () => {
    const el = await fixture<BantinLatestNews>(html`<bantin-latest-news layout="ticker" .feed=${makeFeed(4)}></bantin-latest-news>`);
    await settled(el);
    await nextFrame();
    const [animation] = animationsOf(el);
    expect(animation.playState).to.equal('running');
    const lists = el.shadowRoot!.querySelectorAll('.ticker-list');
    expect(lists).to.have.length(2);
    expect(lists[1].getAttribute('aria-hidden')).to.equal('true');
    expect([...lists[1].querySelectorAll('a')].every((a) => a.tabIndex === -1)).to.be.true;

    el.shadowRoot!.querySelector<HTMLAnchorElement>('.ticker-list a')!.focus();
    await el.updateComplete;
    expect(animation.playState).to.equal('paused');
    el.shadowRoot!.querySelector<HTMLAnchorElement>('.ticker-list a')!.blur();
    expect(animation.playState).to.equal('running');

    const box = el.shadowRoot!.querySelector('.ticker-viewport')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + 10), Math.round(box.top + box.height / 2)] });
    await waitUntil(() => animation.playState === 'paused', 'hover did not pause');
    await sendMouse({ type: 'move', position: [0, 0] });
    await waitUntil(() => animation.playState === 'running', 'leaving did not resume');

    const button = parts(el, 'pause')[0] as HTMLButtonElement;
    button.click();
    await el.updateComplete;
    expect(animation.playState).to.equal('paused');
    expect(button.textContent!.trim()).to.equal('Tiếp tục chạy tin');
    button.click();
    await el.updateComplete;
    expect(animation.playState).to.equal('running');
  });

  it('ticker: nothing moves under prefers-reduced-motion, and there is no duplicate copy', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await fixture<BantinLatestNews>(html`<bantin-latest-news layout="ticker" .feed=${makeFeed(4)}></bantin-latest-news>`);
      await settled(el);
      await nextFrame();
      expect(animationsOf(el)).to.have.length(0);
      expect(el.shadowRoot!.querySelectorAll('.ticker-list')).to.have.length(1);
      expect(parts(el, 'pause')).to.have.length(0);
      // Every headline stays reachable: the strip scrolls instead.
      expect(getComputedStyle(el.shadowRoot!.querySelector('.ticker-viewport')!).overflowX).to.equal('auto');
      // The loading skeleton does not pulse either.
      const loading = await fixture<BantinLatestNews>(html`<bantin-latest-news feed=${feedUrl(newKey(), { steps: 'slow' })}></bantin-latest-news>`);
      expect(loading.shadowRoot!.querySelector('.skeleton')!.getAnimations()).to.have.length(0);
      loading.remove();
      // Switching preference at run time is followed.
      await emulateMedia({ reducedMotion: 'no-preference' });
      await waitUntil(() => animationsOf(el).length === 1, 'the ticker did not start when motion was allowed again');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('shows a visible focus outline', async () => {
    const el = await fixture<BantinLatestNews>(html`<bantin-latest-news .feed=${makeFeed(2)}></bantin-latest-news>`);
    await settled(el);
    await sendKeys({ press: 'Tab' });
    const link = deepActiveElement() as HTMLElement;
    expect(link.localName).to.equal('a');
    const style = getComputedStyle(link);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});
