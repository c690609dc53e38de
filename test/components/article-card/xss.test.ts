import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/article-card/define.js';
import type { BantinArticleCard } from '../../../src/components/article-card/article-card.js';
import type { FeedItem } from '../../../src/core/feed/model.js';
import { activeContent, installTraps, loadVectors, pause, poisonedItem, provoke, type Vector } from '../../support/xss-checks.js';
import { newKey, resetFeeds } from '../../support/widget-fixtures.js';

async function renderFullCards(items: FeedItem[]): Promise<BantinArticleCard[]> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>${items.map((item) => html`<bantin-article-card variant="full" .item=${item}></bantin-article-card>`)}</div>`,
  );
  const cards = [...wrapper.children] as BantinArticleCard[];
  // Every card shows its sanitized content (possibly empty) once DOMPurify has run.
  await waitUntil(() => cards.every((card) => card.shadowRoot!.querySelector('[part="content"]')), 'content not rendered', { timeout: 8000 });
  return cards;
}

describe('<bantin-article-card variant="full"> renders every XSS corpus vector inert', function () {
  this.timeout(60000);
  let vectors: { dompurify: Vector[]; h5sc: Vector[] };
  let traps: ReturnType<typeof installTraps>;
  before(async () => {
    vectors = await loadVectors();
  });
  beforeEach(() => {
    traps = installTraps();
  });
  afterEach(() => {
    traps.restore();
    resetFeeds();
  });

  for (const set of ['dompurify', 'h5sc'] as const) {
    it(`${set}: in every field, handed over as an item`, async () => {
      const list = vectors[set];
      expect(list.length).to.be.greaterThan(100);
      const cards = await renderFullCards(list.map(poisonedItem));
      const problems: string[] = [];
      cards.forEach((card, i) => {
        for (const problem of activeContent(card.shadowRoot!)) problems.push(`${list[i].name}: ${problem}`);
      });
      expect(problems).to.deep.equal([]);
      cards.forEach((card, i) => provoke(card.shadowRoot!.querySelector('[part="base"]')!, list[i].trigger ? [list[i].trigger!] : []));
      await pause(300); // image errors and other late events
      expect(traps.fired).to.deep.equal([]);
      // The payloads did not reach the page outside the cards either.
      expect(document.querySelectorAll('body script:not([type="module"]), body iframe, body object, body embed')).to.have.length(0);
    });
  }

  it('dompurify + h5sc: in every field of a served RSS feed, through parseFeed', async () => {
    for (const set of ['dompurify', 'h5sc'] as const) {
      const count = vectors[set].length;
      const url = `/__widgets/xss/${newKey(`xss-${set}`)}?set=${set}&count=${count}`;
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>${Array.from({ length: count }, (_, i) => html`<bantin-article-card variant="full" item=${String(i)} feed=${url}></bantin-article-card>`)}</div>`,
      );
      const cards = [...wrapper.children] as BantinArticleCard[];
      const rendered = (card: BantinArticleCard) => {
        const root = card.shadowRoot!;
        if (root.querySelector('[data-kind]')) return true;
        if (!root.querySelector('[part="title"]')) return false;
        return !card.article?.contentHtml || root.querySelector('[part="content"]') !== null;
      };
      await waitUntil(() => cards.every(rendered), 'cards not rendered', { timeout: 15000 });
      expect(cards.filter((card) => card.article).length, 'cards with an article').to.equal(count);
      const problems = cards.flatMap((card, i) => activeContent(card.shadowRoot!).map((p) => `${set} #${i}: ${p}`));
      expect(problems).to.deep.equal([]);
      cards.forEach((card, i) =>
        provoke(card.shadowRoot!.querySelector('[part="base"]')!, vectors[set][i].trigger ? [vectors[set][i].trigger!] : []),
      );
    }
    await pause(300);
    expect(traps.fired).to.deep.equal([]);
  });

  it('the checks do catch active content that was not sanitized', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML =
      '<img src="/__widgets/missing" onerror="alert(1)"><a href="java\tscript:__xss(2)">x</a><p style="color:red">y</p><iframe></iframe>';
    expect(activeContent(root)).to.deep.equal([
      '<iframe> element',
      'onerror attribute on <img>',
      'href="java\tscript:__xss(2)" on <a>',
      'style attribute on <p>',
    ]);
    provoke(root.querySelector('a')!.parentNode as unknown as Element, ['document.links[0].click()']);
    await waitUntil(() => traps.fired.includes('alert(1)'), 'the onerror trap did not fire');
  });
});
