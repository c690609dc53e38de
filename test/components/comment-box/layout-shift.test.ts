// No layout shift: content below the comment box must not move when the comments arrive (or turn out to be
// none, or fail to load).
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { BantinCommentBox } from '../../../src/components/comment-box/comment-box.js';
import { cls, measureLoad, tallViewport, type LoadMeasure } from '../../support/layout-shift.js';
import { faultBase, isSettled, newThread, seedAll, settled } from '../../support/comment-box.js';

function load(thread: string, steps: string, width: number, attributes: Record<string, string> = {}): Promise<LoadMeasure> {
  const box = document.createElement('bantin-comment-box') as BantinCommentBox;
  for (const [name, value] of Object.entries(attributes)) box.setAttribute(name, value);
  box.setAttribute('thread', thread);
  // The GETs are slowed down: the skeleton is painted before the comments arrive.
  box.setAttribute('endpoint', faultBase('post', thread, steps));
  return measureLoad(box, width, { loading: (el) => !isSettled(el), loaded: (el) => settled(el).then(() => {}) });
}

function expectNoShift(measured: LoadMeasure): void {
  expect(measured.loaded, 'loaded height (px)').to.be.closeTo(measured.skeleton, 0.5);
  expect(Math.abs(measured.belowMoved)).to.be.at.most(0.5);
  expect(cls(measured.shifts)).to.be.at.most(0.01);
}

describe('comment box: no layout shift', () => {
  before(() => tallViewport());
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [320, 720, 1024]) {
    it(`an empty thread at ${width}px moves nothing below it`, async () => {
      expectNoShift(await load(newThread('shift-empty'), 'get-slow400', width));
    });

    it(`a thread with two comments at ${width}px moves nothing below it`, async () => {
      const thread = newThread('shift-two');
      await seedAll('post', thread, [
        { author: 'Lò Văn Ánh', body: 'Bài viết rất hay, cảm ơn tòa soạn.' },
        { author: 'Quàng Thị Hoa', body: 'Mong tỉnh sớm triển khai ở các xã vùng cao.' },
      ]);
      expectNoShift(await load(thread, 'get-slow400', width));
    });

    it(`comments that fail to load at ${width}px move nothing below`, async () => {
      expectNoShift(await load(newThread('shift-error'), 'get-slow400,get-500', width));
    });
  }

  it('in English, without a heading, in the dark theme: the same', async () => {
    expectNoShift(await load(newThread('shift-en'), 'get-slow400', 480, { lang: 'en', heading: '', theme: 'dark' }));
  });
});
