import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../../src/components/latest-news/define.js';
import '../../../src/components/article-card/define.js';
import { feedUrl, newKey, resetFeeds, settled } from '../../support/widget-fixtures.js';
import { pushParagraphDown, shiftsDuring, type LayoutShift } from '../../support/layout-shift.js';

async function imagesLoaded(root: ShadowRoot): Promise<void> {
  await Promise.all([...root.querySelectorAll('img')].map((img) => img.decode().catch(() => {})));
}

/** A widget between two paragraphs; its skeleton is painted for a while before the feed answers. */
async function loadBetweenParagraphs(widget: (url: string) => ReturnType<typeof html>): Promise<LayoutShift[]> {
  const url = feedUrl(newKey('cls'), { delay: 400, items: 8 });
  return shiftsDuring(async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 720px">
      <p>Đoạn phía trên.</p>
      ${widget(url)}
      <p id="below">Đoạn phía dưới: không được xê dịch khi tin về.</p>
    </div>`);
    const el = wrapper.children[1] as HTMLElement & { updateComplete: Promise<boolean> };
    await nextFrame();
    await nextFrame();
    expect(el.shadowRoot!.querySelector('.skeleton, .skeleton-line'), 'a skeleton while loading').to.exist;
    await settled(el);
    await imagesLoaded(el.shadowRoot!);
  });
}

describe('no layout shift between loading and loaded', () => {
  afterEach(resetFeeds);

  it('the measurement sees a shift when there is one', async () => {
    const shifts = await shiftsDuring(pushParagraphDown);
    expect(shifts.length).to.be.greaterThan(0);
  });

  for (const layout of ['list', 'grid', 'compact', 'ticker']) {
    it(`<bantin-latest-news layout="${layout}">`, async () => {
      const shifts = await loadBetweenParagraphs(
        (url) => html`<bantin-latest-news layout=${layout} more-href="/tin" feed=${url}></bantin-latest-news>`,
      );
      expect(shifts.map((s) => s.value)).to.deep.equal([]);
    });
  }

  it('<bantin-latest-news hide="image,summary">', async () => {
    const shifts = await loadBetweenParagraphs((url) => html`<bantin-latest-news hide="image,summary" limit="3" feed=${url}></bantin-latest-news>`);
    expect(shifts.map((s) => s.value)).to.deep.equal([]);
  });

  for (const variant of ['compact', 'standard']) {
    it(`<bantin-article-card variant="${variant}">`, async () => {
      const shifts = await loadBetweenParagraphs((url) => html`<bantin-article-card variant=${variant} feed=${url}></bantin-article-card>`);
      expect(shifts.map((s) => s.value)).to.deep.equal([]);
    });
  }
});
