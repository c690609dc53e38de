// Summaries end with an ellipsis (issue 12, point 10): a summary is clamped to the lines its title leaves in
// the item's text box, never cut off mid-line by the box.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/latest-news/define.js';
import type { BantinLatestNews } from '../../../src/components/latest-news/latest-news.js';
import { makeFeed, settled } from '../../support/widget-fixtures.js';

const LONG_TITLE = 'Tỉnh Sơn La triển khai đồng bộ nhiều giải pháp bảo đảm an toàn giao thông trong mùa mưa lũ năm nay';
const LONG_SUMMARY =
  'Các ngành chức năng phối hợp triển khai kế hoạch, bảo đảm tiến độ và hiệu quả; kiểm tra các tuyến đường, cầu cống, các điểm có nguy cơ sạt lở, bố trí lực lượng trực ứng phó và sẵn sàng phương tiện cứu hộ cứu nạn.';

describe('<bantin-latest-news> summaries', () => {
  for (const layout of ['list', 'grid']) {
    for (const width of [320, 480, 800]) {
      it(`${layout} at ${width}px: a long summary is clamped (ellipsis) inside the text box, whatever the title’s length`, async () => {
        const feed = makeFeed(4, (i) => ({ title: i % 2 ? LONG_TITLE : 'Tin ngắn', summary: LONG_SUMMARY }));
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="width: ${width}px"><bantin-latest-news layout=${layout} .feed=${feed}></bantin-latest-news></div>`,
        );
        const el = wrapper.firstElementChild as BantinLatestNews;
        await settled(el);
        await new Promise((resolve) => requestAnimationFrame(resolve));
        for (const text of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="item"] .text')) {
          const summary = text.querySelector<HTMLElement>('.summary')!;
          const box = text.getBoundingClientRect();
          const shown = summary.getBoundingClientRect();
          // The summary's own box ends inside the text box: its last line is whole, with the clamp's ellipsis.
          expect(shown.bottom, `${width}px: summary cut by the box`).to.be.at.most(box.bottom + 0.5);
          expect(shown.height).to.be.greaterThan(0);
          // Longer than the lines shown: it is the clamp that cuts it (with its ellipsis).
          if (summary.scrollHeight > summary.clientHeight) expect(getComputedStyle(summary).webkitLineClamp).not.to.equal('none');
        }
      });
    }
  }
});
