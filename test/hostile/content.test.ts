// Content edge cases on any page: missing and broken pictures, long unbroken words, 0/1/200 items, and the
// ticker on a phone. Each widget must render, stay inside its container and keep its text aligned.
import { expect, waitUntil } from '@open-wc/testing';
import type { Feed } from '../../src/core/feed/model.js';
import { makeFeed, resetFeeds } from '../support/widget-fixtures.js';
import {
  LONG_WORD,
  WIDGETS,
  horizontalOverflow,
  longWordFeed,
  overflowingParts,
  renderWidget,
  type Widget,
  type WidgetKind,
} from './hostile-widgets.js';

const kind = (name: string): WidgetKind => WIDGETS.find((k) => k.name === name)!;
const PICTURED = ['latest-news list', 'latest-news grid', 'article-card compact', 'article-card standard', 'article-card full'];

let container: HTMLDivElement;

async function show(name: string, feed: Feed, width = 375, attributes: Record<string, string> = {}): Promise<Widget> {
  container = document.createElement('div');
  container.style.width = `${width}px`;
  document.body.append(container);
  const base = kind(name);
  return renderWidget(container, { ...base, attributes: { ...base.attributes, ...attributes } }, 'light', feed);
}

function rect(el: Widget, selector: string): DOMRect {
  const node = el.shadowRoot.querySelector(selector);
  if (!node) throw new Error(`no ${selector}`);
  return node.getBoundingClientRect();
}

/** The text column of every item starts where its item starts (no empty picture column before it). */
function expectTextAligned(el: Widget, name: string): void {
  const items = [...el.shadowRoot.querySelectorAll<HTMLElement>('[part~="item"], .card')];
  expect(items.length, name).to.be.greaterThan(0);
  for (const item of items) {
    const body = item.querySelector('.body, .header, .title')!;
    expect(body.getBoundingClientRect().left - item.getBoundingClientRect().left, `${name}: text starts at the item's edge`).to.be.below(1);
  }
}

/** No visible box for a picture: no <img> shown, no grey thumbnail. */
function expectNoPictureBox(el: Widget, name: string): void {
  for (const node of el.shadowRoot.querySelectorAll<HTMLElement>('.thumb, .figure, img')) {
    // The unseen boxes a short list keeps for the items it lacks are no pictures.
    if (node.closest('.placeholder')) continue;
    const box = node.getBoundingClientRect();
    expect(box.width * box.height, `${name}: <${node.localName} class="${node.className}"> takes no room`).to.equal(0);
  }
}

describe('hostile content', function () {
  this.timeout(20000);
  afterEach(() => {
    container?.remove();
    resetFeeds();
  });

  describe('pictures', () => {
    for (const name of PICTURED) {
      it(`${name}: an item without a picture shows no empty grey box and its text takes the row`, async () => {
        const el = await show(
          name,
          makeFeed(3, () => ({ image: undefined, contentHtml: '<p>Không có ảnh.</p>' })),
        );
        expectNoPictureBox(el, name);
        if (name !== 'article-card full') expectTextAligned(el, name);
      });

      it(`${name}: a picture that fails to load collapses (no broken-image icon)`, async () => {
        const broken = new URL(`/__widgets/missing/${Math.random().toString(36).slice(2)}.png`, location.href).href;
        const feed = makeFeed(3, () => ({ image: { url: broken, alt: 'Ảnh hỏng', width: 640, height: 400 }, contentHtml: '<p>Ảnh hỏng.</p>' }));
        const el = await show(name, feed, 768);
        const images = [...el.shadowRoot.querySelectorAll('img')];
        expect(images.length, 'the widget tried the picture').to.be.greaterThan(0);
        await waitUntil(() => images.every((img) => img.hidden), 'the failed pictures were not hidden', { timeout: 4000 });
        for (const img of images) expect(getComputedStyle(img).display, 'a hidden <img>').to.equal('none');
        expectNoPictureBox(el, name);
        if (name !== 'article-card full') expectTextAligned(el, name);
      });
    }
  });

  describe('long unbroken words at 280 px', () => {
    for (const widget of WIDGETS) {
      it(`${widget.name}: stays inside its container`, async () => {
        const el = await show(widget.name, longWordFeed(), 280);
        expect(horizontalOverflow(container), overflowingParts(container, el)).to.equal(0);
      });
    }

    it('compact list: a long category gives way, the date stays in sight', async () => {
      const feed = makeFeed(3, () => ({ categories: [`Chuyên mục ${LONG_WORD}`] }));
      const el = await show('latest-news compact', feed, 375);
      const item = rect(el, '[part~="item"]');
      const meta = el.shadowRoot.querySelector<HTMLElement>('[part~="meta"]')!;
      const date = meta.getBoundingClientRect();
      expect(date.width, 'the date has room').to.be.greaterThan(40);
      expect(meta.scrollWidth, 'the date is not cut').to.be.at.most(meta.clientWidth + 1);
      expect(date.right, 'the date is inside the item').to.be.at.most(item.right + 0.5);
      expect(horizontalOverflow(container)).to.equal(0);
    });
  });

  describe('item counts', () => {
    for (const count of [0, 1, 200]) {
      for (const name of ['latest-news list', 'latest-news grid', 'latest-news compact', 'latest-news ticker']) {
        it(`${name} with ${count} items: renders, fits 280 px`, async () => {
          const el = await show(name, makeFeed(count), 280, { limit: String(Math.max(count, 1)) });
          const shown = el.shadowRoot.querySelectorAll('[part~="item"]').length;
          if (count === 0) expect(el.shadowRoot.querySelector('[part~="status"]'), 'an empty notice').to.exist;
          else expect(shown).to.equal(count);
          expect(horizontalOverflow(container), overflowingParts(container, el)).to.equal(0);
        });
      }
    }
  });

  describe('the ticker on a phone', () => {
    for (const width of [280, 320, 375]) {
      it(`at ${width} px the headlines keep a usable window beside the pause button`, async () => {
        const el = await show('latest-news ticker', makeFeed(6), width);
        const ticker = rect(el, '.ticker');
        const viewport = rect(el, '.ticker-viewport');
        expect(el.shadowRoot.querySelector('[part~="pause"]'), 'the pause button').to.exist;
        expect(
          viewport.width / ticker.width,
          `the headline window is ${Math.round(viewport.width)} of ${Math.round(ticker.width)} px`,
        ).to.be.at.least(0.6);
        expect(horizontalOverflow(container)).to.equal(0);
      });
    }
  });
});
