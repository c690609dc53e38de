import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/latest-news/define.js';
import type { BantinLatestNews } from '../../../src/components/latest-news/latest-news.js';
import type { Feed } from '../../../src/core/feed/model.js';
import { activeContent, installTraps, loadVectors, pause, poisonedItem, provoke, type Vector } from '../../support/xss-checks.js';
import { newKey, parts, resetFeeds, settled } from '../../support/widget-fixtures.js';

const ownButtons = (el: BantinLatestNews) => [...el.shadowRoot!.querySelectorAll('button')];

describe('<bantin-latest-news> renders every XSS corpus vector inert', function () {
  this.timeout(60000);
  let vectors: Vector[];
  let traps: ReturnType<typeof installTraps>;
  before(async () => {
    const { dompurify, h5sc } = await loadVectors();
    vectors = [...dompurify, ...h5sc];
  });
  beforeEach(() => {
    traps = installTraps();
  });
  afterEach(() => {
    traps.restore();
    resetFeeds();
  });

  for (const layout of ['list', 'grid', 'compact', 'ticker']) {
    it(`${layout}: every field of every item is a vector (handed over as a Feed)`, async () => {
      const feed: Feed = { format: 'rss', title: vectors[0].payload, items: vectors.map(poisonedItem) };
      const el = await fixture<BantinLatestNews>(
        html`<bantin-latest-news layout=${layout} limit="1000" heading="" .feed=${feed}></bantin-latest-news>`,
      );
      await settled(el);
      expect(parts(el, 'item')).to.have.length(vectors.length);
      // Text stays text: each title shows the payload as written.
      expect(parts(el, 'title')[1].textContent!.trim()).to.equal(vectors[1].payload.replace(/\s+/g, ' ').trim() || '(Không có tiêu đề)');
      expect(activeContent(el.shadowRoot!, ownButtons(el))).to.deep.equal([]);
      provoke(
        el.shadowRoot!.querySelector('[part="list"]')!,
        vectors.flatMap((v) => (v.trigger ? [v.trigger] : [])),
      );
      await pause(300);
      expect(traps.fired).to.deep.equal([]);
    });
  }

  it('list: every field of every item is a vector, served as RSS and read by parseFeed', async () => {
    for (const set of ['dompurify', 'h5sc']) {
      const url = `/__widgets/xss/${newKey(`xss-${set}`)}?set=${set}&count=500`;
      const el = await fixture<BantinLatestNews>(html`<bantin-latest-news limit="1000" feed=${url}></bantin-latest-news>`);
      await settled(el);
      await waitUntil(() => parts(el, 'item').length > 100, 'items not rendered');
      expect(activeContent(el.shadowRoot!, ownButtons(el))).to.deep.equal([]);
      provoke(el.shadowRoot!.querySelector('[part="list"]')!, []);
    }
    await pause(300);
    expect(traps.fired).to.deep.equal([]);
  });
});
