// Issue 12, point 10: --bantin-font-size-title applies to the compact card's title too (the README says so).
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/article-card/define.js';
import type { BantinArticleCard } from '../../../src/components/article-card/article-card.js';
import { makeFeed, parts, settled } from '../../support/widget-fixtures.js';

async function titleSize(variant: string, size?: string): Promise<number> {
  const el = await fixture<BantinArticleCard>(
    html`<bantin-article-card variant=${variant} style=${size ? `--bantin-font-size-title: ${size}` : ''} .feed=${makeFeed(1)}></bantin-article-card>`,
  );
  await settled(el);
  return parseFloat(getComputedStyle(parts(el, 'title')[0]).fontSize);
}

describe('<bantin-article-card> --bantin-font-size-title', () => {
  for (const variant of ['compact', 'standard']) {
    it(`${variant}: the title follows --bantin-font-size-title`, async () => {
      const plain = await titleSize(variant);
      const small = await titleSize(variant, '12px');
      const large = await titleSize(variant, '30px');
      expect(large, 'larger with 30px').to.be.greaterThan(plain);
      expect(small, 'smaller with 12px').to.be.lessThan(plain);
      expect(large / small).to.be.closeTo(30 / 12, 0.05);
    });
  }
});
