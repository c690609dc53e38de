// No layout shift after definition: the compact and standard cards' skeletons have the card's height; the full
// article keeps a minimum (--bantin-article-min-height) and grows only from its end, its header, title and
// picture where the skeleton had them.
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/components/article-card/define.js';
import type { BantinArticleCard } from '../../../src/components/article-card/article-card.js';
import { feedUrl, newKey, resetFeeds, settled } from '../../support/widget-fixtures.js';
import { cls, measureLoad, tallViewport } from '../../support/layout-shift.js';

const isLoading = (el: HTMLElement) => el.shadowRoot!.querySelector('.skeleton-line') !== null;

function card(attributes: Record<string, string>, feed: Record<string, string | number> = {}): BantinArticleCard {
  const el = document.createElement('bantin-article-card') as BantinArticleCard;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.setAttribute('feed', feedUrl(newKey('card-cls'), { delay: 300, items: 4, ...feed }));
  return el;
}

/** Loaded, the full article's sanitized text included. */
async function fullyLoaded(el: BantinArticleCard): Promise<void> {
  await settled(el);
  if (el.getAttribute('variant') === 'full' && el.shadowRoot!.querySelector('[part~="status"]') === null) {
    await waitUntil(() => el.shadowRoot!.querySelector('.content p') !== null, 'no article text', { timeout: 4000 });
  }
}

const describeOptions = (attributes: Record<string, string>) =>
  Object.entries(attributes)
    .map(([name, value]) => `${name}="${value}"`)
    .join(' ');

describe('<bantin-article-card>: no layout shift between loading and loaded', () => {
  afterEach(resetFeeds);

  describe('compact and standard', () => {
    before(() => tallViewport());
    after(() => setViewport({ width: 800, height: 600 }));

    const optionSets: Record<string, string>[] = [
      { variant: 'compact' },
      { variant: 'compact', 'date-format': 'relative', lang: 'en' },
      { variant: 'standard' },
      { variant: 'standard', item: '3', theme: 'dark' },
    ];
    for (const attributes of optionSets) {
      for (const width of [240, 320, 720, 1024]) {
        it(`${describeOptions(attributes)} at ${width}px: the skeleton is as tall as the card, CLS ≤ 0.01`, async () => {
          const measured = await measureLoad(card(attributes), width, { loading: isLoading, loaded: fullyLoaded });
          expect(measured.loaded, 'loaded height (px)').to.be.closeTo(measured.skeleton, 0.5);
          expect(Math.abs(measured.belowMoved)).to.be.at.most(0.5);
          expect(cls(measured.shifts)).to.be.at.most(0.01);
        });
      }
    }

    for (const variant of ['compact', 'standard']) {
      for (const [state, attributes, feed] of [
        ['an error', {}, { steps: '404' }],
        ['no such article', { item: 'khong-co' }, {}],
      ] as const) {
        it(`${variant}: ${state} keeps the card's room (the notice over it)`, async () => {
          const el = card({ variant, ...attributes }, feed);
          const measured = await measureLoad(el, 320, { loading: isLoading, loaded: fullyLoaded });
          expect(el.shadowRoot!.querySelector('[part~="status"]'), 'a notice').to.exist;
          expect(measured.loaded).to.be.closeTo(measured.skeleton, 0.5);
          expect(cls(measured.shifts)).to.be.at.most(0.01);
        });
      }
    }
  });

  describe('full', () => {
    after(() => setViewport({ width: 800, height: 600 }));

    for (const [width, height] of [
      [1280, 800],
      [390, 844],
    ]) {
      it(`at ${width}×${height}: the card keeps the screen's height from its skeleton on, CLS ≤ 0.01`, async () => {
        await tallViewport(width, height);
        const measured = await measureLoad(card({ variant: 'full' }), width - 32, { loading: isLoading, loaded: fullyLoaded });
        expect(measured.skeleton, 'the skeleton reserves the default minimum, the screen’s height').to.be.at.least(height - 0.5);
        expect(measured.loaded).to.be.at.least(measured.skeleton - 0.5);
        expect(cls(measured.shifts)).to.be.at.most(0.01);
      });
    }

    for (const width of [720, 1024]) {
      it(`at ${width}px: header, title and picture stay where the skeleton had them; the card grows from its end`, async () => {
        await tallViewport();
        const el = card({ variant: 'full' });
        el.style.setProperty('--bantin-article-min-height', '12em');
        const tops = () => {
          const top = (selector: string) => el.shadowRoot!.querySelector(selector)!.getBoundingClientRect().top;
          return { category: top('.category'), title: top('.title'), byline: top('.meta'), lead: top('.lead'), picture: top('.figure') };
        };
        let before: ReturnType<typeof tops> | undefined;
        const measured = await measureLoad(el, width, {
          loading: (widget) => {
            before = tops();
            return isLoading(widget);
          },
          loaded: fullyLoaded,
        });
        const after = tops();
        for (const [part, top] of Object.entries(after)) expect(top, part).to.be.closeTo(before![part as keyof typeof after], 0.5);
        expect(measured.skeleton, 'the reserve set on the page').to.be.closeTo(12 * parseFloat(getComputedStyle(el).fontSize), 0.5);
        expect(measured.loaded).to.be.greaterThan(measured.skeleton);
      });
    }

    it('an error keeps the reserved minimum', async () => {
      await tallViewport(800, 900);
      const el = card({ variant: 'full' }, { steps: '500' });
      el.style.setProperty('--bantin-article-min-height', '30em');
      const measured = await measureLoad(el, 720, { loading: isLoading, loaded: fullyLoaded });
      expect(el.shadowRoot!.querySelector('[part~="status"]')).to.exist;
      expect(measured.loaded).to.be.closeTo(measured.skeleton, 0.5);
    });
  });
});
