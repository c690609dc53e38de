// The date line stays with its own item's text at every width: right under the summary (or the title), never
// down by the next item's category.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/components/latest-news/define.js';
import type { BantinLatestNews } from '../../../src/components/latest-news/latest-news.js';
import { makeFeed, settled } from '../../support/widget-fixtures.js';

const LONG_TITLE = 'Tỉnh Sơn La triển khai đồng bộ nhiều giải pháp bảo đảm an toàn giao thông trong mùa mưa lũ năm nay';

async function render(layout: string, width: number, hide = ''): Promise<BantinLatestNews> {
  // Short and long titles and summaries: one, two or more lines depending on the width.
  const feed = makeFeed(4, (i) => (i % 2 ? { title: LONG_TITLE } : { summary: 'Tóm tắt ngắn.' }));
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px"><bantin-latest-news layout=${layout} hide=${hide} .feed=${feed}></bantin-latest-news></div>`,
  );
  const el = wrapper.firstElementChild as BantinLatestNews;
  await settled(el);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return el;
}

function checkDates(el: BantinLatestNews, label: string): void {
  const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="item"]')];
  expect(items.length, label).to.equal(4);
  items.forEach((item, index) => {
    const box = (selector: string) => item.querySelector(selector)!.getBoundingClientRect();
    const date = box('[part~="meta"]');
    const title = box('[part~="title"]');
    const text = item.querySelector('[part~="summary"]') ? box('[part~="summary"]') : title;
    const own = item.getBoundingClientRect();
    // The next item below (in the grid, the next one may stand beside it).
    const nextTop = items[index + 1]?.getBoundingClientRect().top ?? Infinity;
    const end = nextTop > own.top ? Math.min(own.bottom, nextTop) : own.bottom;
    const where = `${label}, item ${index}`;
    expect(date.height, where).to.be.greaterThan(0);
    expect(date.top, `${where}: below its title`).to.be.at.least(title.top);
    expect(date.bottom, `${where}: in its own item, above the next one`).to.be.at.most(end + 0.5);
    // Adjacent: the gap between the text's last line and the date is the items' small gap, not empty lines.
    expect(date.top - text.bottom, `${where}: gap between its text and its date (px)`).to.be.within(-0.5, 0.5 * date.height);
  });
}

describe('<bantin-latest-news>: the date stays with its item', () => {
  before(() => setViewport({ width: 1500, height: 1000 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [320, 700, 1024, 1440]) {
    it(`list at ${width}px: each date right under its summary, above the next item`, async () => {
      checkDates(await render('list', width), `${width}px`);
    });
  }

  for (const [layout, hide] of [
    ['list', 'summary'],
    ['list', 'image,category'],
    ['grid', ''],
  ]) {
    it(`${layout}${hide ? ` without ${hide}` : ''} at 320 and 1440px: the same`, async () => {
      for (const width of [320, 1440]) checkDates(await render(layout, width, hide), `${width}px`);
    });
  }
});
