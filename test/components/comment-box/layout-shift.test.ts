// No layout shift: content below the comment box must not move when the comments arrive (or turn out to be none).
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import type { BantinCommentBox } from '../../../src/components/comment-box/comment-box.js';
import { shiftsDuring } from '../../support/layout-shift.js';
import { faultBase, newThread, seedAll } from '../../support/comment-box.js';

async function loadBetweenParagraphs(thread: string, endpoint: string, width: number) {
  return shiftsDuring(async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}>
      <p>Đoạn phía trên.</p>
      <bantin-comment-box thread=${thread} endpoint=${endpoint}></bantin-comment-box>
      <p>Đoạn phía dưới.</p>
    </div>`);
    const box = wrapper.querySelector<BantinCommentBox>('bantin-comment-box')!;
    await nextFrame();
    await nextFrame();
    // The skeleton has been painted; now wait for the comments (the GETs are slowed down).
    const loading = () => box.shadowRoot!.textContent!.includes('Đang tải bình luận');
    expect(loading(), 'the skeleton is showing').to.be.true;
    for (let i = 0; i < 100 && loading(); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(loading(), 'the comments have arrived').to.be.false;
    await box.updateComplete;
  });
}

describe('comment box: no layout shift', () => {
  for (const width of [720, 360]) {
    it(`an empty thread at ${width}px moves nothing below it`, async () => {
      const thread = newThread('shift-empty');
      const shifts = await loadBetweenParagraphs(thread, faultBase('post', thread, 'get-slow400'), width);
      expect(shifts.map((s) => s.value)).to.deep.equal([]);
    });

    it(`a thread with comments at ${width}px moves nothing below it`, async () => {
      const thread = newThread('shift-two');
      await seedAll('post', thread, [
        { author: 'Lò Văn Ánh', body: 'Bài viết rất hay, cảm ơn tòa soạn.' },
        { author: 'Quàng Thị Hoa', body: 'Mong tỉnh sớm triển khai ở các xã vùng cao.' },
      ]);
      const shifts = await loadBetweenParagraphs(thread, faultBase('post', thread, 'get-slow400'), width);
      expect(shifts.map((s) => s.value)).to.deep.equal([]);
    });
  }
});
