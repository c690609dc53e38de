// Hostile host pages × every widget and layout × light and dark: the page's resets, inherited text styles,
// root font sizes, RTL and vertical containers must not make a widget unreadable, tiny, or wider than its
// container. One render per combination; contrast, font sizes and overflow at four widths measured on it.
import { expect } from '@open-wc/testing';
import { resetFeeds } from '../support/widget-fixtures.js';
import { WIDGETS, hostileThread, horizontalOverflow, measureText, overflowingParts, renderWidget } from './hostile-widgets.js';

interface HostPage {
  name: string;
  /** A stylesheet for the whole page. */
  css?: string;
  /** Style and attributes of the widget's container. */
  container?: string;
  dir?: string;
}

export const HOST_PAGES: HostPage[] = [
  { name: 'a plain page' },
  { name: '* { color: #333 } and * { margin: 0; padding: 0 }', css: '* { color: #333; margin: 0; padding: 0; }' },
  {
    name: 'inherited text-align, letter-spacing, text-transform, font-style, text-indent, white-space: nowrap',
    container:
      'text-align: center; letter-spacing: 0.2em; word-spacing: 0.5em; text-transform: uppercase; font-style: italic; text-indent: 3em; white-space: nowrap; line-height: 3; font-weight: 700',
  },
  { name: 'html { font-size: 62.5% }', css: 'html { font-size: 62.5%; }' },
  { name: '* { font-size: 62.5% }', css: '* { font-size: 62.5%; }' },
  { name: 'a tiny root size (html { font-size: 8px })', css: 'html { font-size: 8px; }' },
  { name: 'a huge root size (html { font-size: 32px })', css: 'html { font-size: 32px; }' },
  { name: 'an RTL container', dir: 'rtl' },
  { name: 'a vertical writing-mode container', container: 'writing-mode: vertical-rl' },
];

const WIDTHS = [280, 375, 768, 1920];

describe('hostile host pages', function () {
  this.timeout(60000);
  let style: HTMLStyleElement | undefined;
  let container: HTMLDivElement;

  before(async () => {
    await hostileThread();
  });
  afterEach(() => {
    style?.remove();
    style = undefined;
    container?.remove();
    resetFeeds();
  });

  for (const page of HOST_PAGES) {
    describe(page.name, () => {
      for (const kind of WIDGETS) {
        for (const theme of ['light', 'dark']) {
          it(`${kind.name}, ${theme}: renders, readable (contrast ≥ 4.5, sane font sizes), no horizontal overflow from 280 to 1920 px`, async () => {
            if (page.css) {
              style = document.createElement('style');
              style.textContent = page.css;
              document.head.append(style);
            }
            container = document.createElement('div');
            container.setAttribute('style', `${page.container ?? ''}; width: 768px; overflow: auto`);
            if (page.dir) container.dir = page.dir;
            document.body.append(container);
            const el = await renderWidget(container, kind, theme);

            const text = measureText(el);
            expect(text.count, 'text is shown').to.be.greaterThan(0);
            expect(text.worstContrast, `contrast of ${text.worstContrastAt}`).to.be.at.least(4.5);
            expect(text.baseFont, 'the base text size').to.be.within(12, 40);
            expect(text.minFont, 'the smallest text').to.be.at.least(Math.max(11, text.baseFont * 0.7));
            expect(text.maxFont, 'the largest text').to.be.at.most(text.baseFont * 2);

            const overflow: Record<number, number> = {};
            const culprits: string[] = [];
            for (const width of WIDTHS) {
              container.style.width = `${width}px`;
              overflow[width] = horizontalOverflow(container);
              if (overflow[width] > 0) culprits.push(`${width}: ${overflowingParts(container, el)}`);
            }
            expect(JSON.stringify(overflow), `px past the container at each width (${culprits.join('; ')})`).to.equal(
              JSON.stringify({ 280: 0, 375: 0, 768: 0, 1920: 0 }),
            );
          });
        }
      }
    });
  }
});
