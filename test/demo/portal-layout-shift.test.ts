// The demo portal (demo/index.html) as `npm start` serves it, its URLs answered by test/support/portal-middleware.mjs
// (bantin.js arrives late, the feeds and comments after the skeletons are painted): nothing on the page moves
// when its widgets are defined or as they load (CLS ≤ 0.01), on a desktop and on a phone.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
// @ts-expect-error plain JavaScript served with the demo, no type declarations
import { reserveStyle } from '../../demo/builder.snippet.js';
import { choiceOf } from '../support/embed-code.js';
import { cls, type LayoutShift } from '../support/layout-shift.js';
import { loadPage, pageSettled, type PageFrame } from '../support/page-frame.js';

/** The portal's widgets (every kind but the comment count), sorted. */
const PORTAL_WIDGETS = ['bantin-article-card', 'bantin-comment-box', 'bantin-latest-news', 'bantin-weather-bulletin'];

const describeShifts = (shifts: LayoutShift[]) => JSON.stringify(shifts.map((shift) => [Math.round(shift.startTime), shift.value]));

async function loadPortal(width: number, height: number): Promise<PageFrame> {
  const html = await (await fetch('/demo/index.html')).text();
  const page = await loadPage(html, { width, height, base: '/demo/' });
  await pageSettled(page, 25000);
  expect(
    page
      .widgets()
      .map((el) => el.localName)
      .sort(),
  ).to.deep.equal(PORTAL_WIDGETS);
  return page;
}

describe('the demo portal: no layout shift', function () {
  this.timeout(40000);
  let page: PageFrame | undefined;
  before(() => setViewport({ width: 1400, height: 1000 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => page?.remove());

  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ]) {
    it(`at ${width}×${height}: CLS ≤ 0.01 after the widgets are defined, and over the whole load`, async () => {
      page = await loadPortal(width, height);
      const defined = Object.values(page.defined());
      expect(defined, 'every widget defined').to.have.length(4);
      const afterDefinition = page.shifts(Math.max(...defined));
      expect(cls(afterDefinition), describeShifts(afterDefinition)).to.be.at.most(0.01);
      expect(cls(page.shifts()), describeShifts(page.shifts())).to.be.at.most(0.01);
    });
  }

  it('keeps each widget’s room with the style the builder gives for its column (desktop)', async () => {
    page = await loadPortal(1280, 800);
    for (const el of page.widgets()) {
      const choice = choiceOf({ tag: el.localName, attributes: Object.fromEntries([...el.attributes].map(({ name, value }) => [name, value])) });
      const width = el.getBoundingClientRect().width;
      expect(el.getAttribute('style'), `${el.localName} at ${width}px`).to.equal(reserveStyle({ ...choice, width }));
    }
  });
});
