// No layout shift after definition: the loading skeleton has the height of what replaces it, for every layout
// and option set, at every width; an error or an empty notice is not shorter.
import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../../src/components/latest-news/define.js';
import type { BantinLatestNews } from '../../../src/components/latest-news/latest-news.js';
import { feedUrl, newKey, resetFeeds, settled } from '../../support/widget-fixtures.js';
import { cls, measureLoad, pushParagraphDown, shiftsDuring, tallViewport, type LoadMeasure } from '../../support/layout-shift.js';

const isLoading = (el: HTMLElement) => el.shadowRoot!.querySelector('.skeleton-line') !== null;

/** The widget with these attributes, on a fixture feed that answers after its skeleton has been painted. */
async function load(attributes: Record<string, string>, width: number, feed: Record<string, string | number> = {}): Promise<LoadMeasure> {
  const el = document.createElement('bantin-latest-news') as BantinLatestNews;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.setAttribute('feed', feedUrl(newKey('cls'), { delay: 300, items: 12, ...feed }));
  return measureLoad(el, width, { loading: isLoading, loaded: (widget) => settled(widget) });
}

const OPTION_SETS: Record<string, string>[] = [
  {},
  { limit: '1' },
  { limit: '3', 'more-href': '/tin' },
  { limit: '8', heading: '' },
  { hide: 'image' },
  { hide: 'summary' },
  { hide: 'image,summary' },
  { hide: 'date,category' },
  { hide: 'image,summary,date,category' },
  { 'date-format': 'relative', lang: 'en' },
  { theme: 'dark', 'more-href': '/tin' },
  { layout: 'grid' },
  { layout: 'grid', limit: '3', hide: 'summary' },
  { layout: 'grid', hide: 'image,date' },
  { layout: 'compact' },
  { layout: 'compact', limit: '8', hide: 'date' },
  { layout: 'compact', hide: 'category', heading: '' },
  { layout: 'ticker' },
  { layout: 'ticker', heading: '', lang: 'en' },
];

const describeOptions = (attributes: Record<string, string>) =>
  Object.entries(attributes)
    .map(([name, value]) => `${name}="${value}"`)
    .join(' ') || 'defaults';

describe('<bantin-latest-news>: no layout shift between loading and loaded', () => {
  before(() => tallViewport());
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(resetFeeds);

  it('the measurement sees a shift when there is one', async () => {
    const shifts = await shiftsDuring(pushParagraphDown);
    expect(shifts.length).to.be.greaterThan(0);
  });

  for (const attributes of OPTION_SETS) {
    for (const width of [320, 720, 1024]) {
      it(`${describeOptions(attributes)} at ${width}px: the skeleton is as tall as the list, CLS ≤ 0.01`, async () => {
        const measured = await load(attributes, width);
        expect(measured.loaded, 'loaded height (px)').to.be.closeTo(measured.skeleton, 0.5);
        expect(Math.abs(measured.belowMoved), 'the paragraph below moved (px)').to.be.at.most(0.5);
        expect(cls(measured.shifts)).to.be.at.most(0.01);
      });
    }
  }

  it('ticker under reduced motion (no pause button, a strip that scrolls): the same height', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      for (const width of [320, 1024]) {
        const measured = await load({ layout: 'ticker' }, width);
        expect(measured.loaded, `${width}px`).to.be.closeTo(measured.skeleton, 0.5);
        expect(cls(measured.shifts)).to.be.at.most(0.01);
      }
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  for (const layout of ['list', 'grid', 'compact']) {
    for (const [state, feed] of [
      ['an error', { steps: '404' }],
      ['an empty feed', { items: 0 }],
      ['a feed of fewer items than the limit', { items: 2 }],
    ] as const) {
      it(`${layout}: ${state} keeps the skeleton's room`, async () => {
        for (const width of [320, 1024]) {
          const measured = await load({ layout, 'more-href': '/tin' }, width, feed);
          expect(measured.loaded, `${width}px`).to.be.at.least(measured.skeleton - 0.5);
          expect(cls(measured.shifts), `${width}px`).to.be.at.most(0.01);
        }
      });
    }
  }
});
