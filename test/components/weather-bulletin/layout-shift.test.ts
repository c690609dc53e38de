// No layout shift after definition: the card keeps its reserved height from the skeleton on, whatever arrives
// (a bulletin, a text nothing could be read from, an error).
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { BantinWeatherBulletin } from '../../../src/components/weather-bulletin/weather-bulletin.js';
import { resetFeeds, root, settled, weatherUrl } from '../../support/weather-widget.js';
import { cls, measureLoad, pushParagraphDown, shiftsDuring, tallViewport, type LoadMeasure } from '../../support/layout-shift.js';

function load(items: string[], width: number, params: Record<string, string | number> = {}): Promise<LoadMeasure> {
  const el = document.createElement('bantin-weather-bulletin') as BantinWeatherBulletin;
  el.setAttribute('feed', weatherUrl(items, { delay: 300, ...params }));
  return measureLoad(el, width, { loading: (card) => root(card).querySelector('.skeleton') !== null, loaded: (card) => settled(card) });
}

describe('<bantin-weather-bulletin>: no layout shift between loading and loaded', () => {
  before(() => tallViewport());
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(resetFeeds);

  it('the measurement sees a shift when there is one', async () => {
    const shifts = await shiftsDuring(pushParagraphDown);
    expect(shifts.length).to.be.greaterThan(0);
  });

  // The seed's bulletin (a daily forecast with a thunderstorm warning) at a page column, a half column and
  // a phone or sidebar width; a quiet day, a storm warning and a text nothing can be read from.
  const cases: [string[], number][] = [
    [['seed-22'], 1024],
    [['seed-22'], 720],
    [['seed-22'], 480],
    [['seed-22'], 360],
    [['seed-22'], 320],
    [['seed-21'], 480],
    [['warning-5'], 480],
    [['sunny'], 360],
    [['plain'], 480],
  ];
  for (const [items, width] of cases) {
    it(`${items.join(', ')} at ${width}px: as tall as the skeleton, CLS ≤ 0.01`, async () => {
      const measured = await load(items, width);
      expect(measured.loaded).to.be.closeTo(measured.skeleton, 0.5);
      expect(Math.abs(measured.belowMoved)).to.be.at.most(0.5);
      expect(cls(measured.shifts)).to.be.at.most(0.01);
    });
  }

  for (const [state, items, params] of [
    ['an error', ['seed-22'], { steps: '500' }],
    ['no weather item in the feed', ['news'], {}],
  ] as const) {
    it(`${state} keeps the reserved room`, async () => {
      const measured = await load([...items], 360, params);
      expect(measured.loaded).to.be.closeTo(measured.skeleton, 0.5);
      expect(cls(measured.shifts)).to.be.at.most(0.01);
    });
  }
});
