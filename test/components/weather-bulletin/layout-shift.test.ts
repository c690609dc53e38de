import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import type { BantinWeatherBulletin } from '../../../src/components/weather-bulletin/weather-bulletin.js';
import { resetFeeds, root, settled, weatherUrl } from '../../support/weather-widget.js';
import { pushParagraphDown, shiftsDuring, type LayoutShift } from '../../support/layout-shift.js';

/** The card between two paragraphs; its skeleton is painted for a while before the feed answers. */
async function loadBetweenParagraphs(items: string[], width: number): Promise<LayoutShift[]> {
  const url = weatherUrl(items, { delay: 400 });
  return shiftsDuring(async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}>
      <p>Đoạn phía trên.</p>
      <bantin-weather-bulletin feed=${url}></bantin-weather-bulletin>
      <p id="below">Đoạn phía dưới: không được xê dịch khi bản tin về.</p>
    </div>`);
    const el = wrapper.querySelector<BantinWeatherBulletin>('bantin-weather-bulletin')!;
    await nextFrame();
    await nextFrame();
    expect(root(el).querySelector('.skeleton'), 'a skeleton while loading').to.exist;
    await settled(el, (shadow) => shadow.querySelector('#title') !== null);
  });
}

describe('<bantin-weather-bulletin>: no layout shift between loading and loaded', () => {
  afterEach(resetFeeds);

  it('the measurement sees a shift when there is one', async () => {
    const shifts = await shiftsDuring(pushParagraphDown);
    expect(shifts.length).to.be.greaterThan(0);
  });

  // The seed's bulletin (a daily forecast with a thunderstorm warning) at a page column, a half column and
  // a phone or sidebar width; a quiet day and a storm warning at a half column.
  const cases: [string[], number][] = [
    [['seed-22'], 720],
    [['seed-22'], 480],
    [['seed-22'], 360],
    [['seed-21'], 480],
    [['warning-5'], 480],
    [['plain'], 480],
  ];
  for (const [items, width] of cases) {
    it(`${items.join(', ')} at ${width}px`, async () => {
      const shifts = await loadBetweenParagraphs(items, width);
      expect(shifts.map((s) => s.value)).to.deep.equal([]);
    });
  }
});
