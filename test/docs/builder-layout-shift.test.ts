// No layout shift before definition: a plain page with the builder's code for a widget keeps the widget's room
// from its first paint, so neither the widget's late definition (bantin.js loads each widget when it sees its
// tag; test/support/portal-middleware.mjs delays it) nor its loading moves the text below: CLS ≤ 0.01.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
// @ts-expect-error plain JavaScript served with the demo, no type declarations
import { embedCode } from '../../demo/builder.snippet.js';
import { cls } from '../support/layout-shift.js';
import { loadPage, pageSettled, type PageFrame } from '../support/page-frame.js';

interface Choice {
  widget: string;
  options?: Record<string, string>;
  theme?: string;
}

const BODY_MARGIN = 8;

/** A partner's page: a heading, a paragraph, the builder's code (its URLs on this server), more text. */
function partnerPage(code: string): string {
  const text = 'Nội dung của trang đối tác, viết dài để lấp đầy khung nhìn bên dưới tiện ích. '.repeat(6);
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Trang đối tác</title></head><body>
    <h1>Trang của đối tác</h1>
    <p>${text}</p>
    ${code}
    ${`<p>${text}</p>`.repeat(6)}
  </body></html>`;
}

async function loadSnippetPage(choice: Choice, frameWidth: number, height: number, keepRoom = true): Promise<PageFrame> {
  const full = {
    feedSource: 'named',
    feedName: choice.widget === 'weather-bulletin' ? 'thoi-tiet' : 'tin-moi',
    feedUrl: '',
    lang: '',
    theme: '',
    classic: false,
    options: {},
    ...choice,
    width: frameWidth - 2 * BODY_MARGIN,
  };
  let code = embedCode(full, '') as string;
  if (!keepRoom) code = code.replace(/\s*style="[^"]*"/, '');
  const page = await loadPage(partnerPage(code), { width: frameWidth, height });
  await pageSettled(page);
  return page;
}

/** The reserved box was on screen before the widget was defined (else the test proves nothing). */
function definedAfterFirstPaint(page: PageFrame): void {
  const defined = Math.min(...Object.values(page.defined()));
  expect(defined, 'the widget was defined after a frame with its element was painted').to.be.greaterThan(page.painted());
}

const CASES: [Choice, number, number][] = [
  [{ widget: 'latest-news' }, 376, 700],
  [{ widget: 'latest-news' }, 1024, 768],
  [{ widget: 'latest-news', options: { layout: 'grid', limit: '6' } }, 376, 700],
  [{ widget: 'latest-news', options: { layout: 'grid', limit: '6' } }, 1024, 768],
  [{ widget: 'latest-news', options: { layout: 'compact', hide: 'date' } }, 376, 700],
  [{ widget: 'latest-news', options: { layout: 'ticker' }, theme: 'dark' }, 1024, 768],
  [{ widget: 'article-card', options: { variant: 'compact' } }, 376, 700],
  [{ widget: 'article-card' }, 376, 700],
  [{ widget: 'article-card' }, 1024, 768],
  [{ widget: 'article-card', options: { variant: 'full' } }, 1024, 768],
  [{ widget: 'weather-bulletin' }, 376, 700],
  [{ widget: 'weather-bulletin' }, 1024, 768],
  [{ widget: 'comment-box', options: { thread: 'bai-12345' } }, 376, 700],
  [{ widget: 'comment-box', options: { thread: 'bai-12345' } }, 1024, 768],
];

describe('a page with the builder’s code: no layout shift before or after definition', function () {
  // Every page loads the widget's modules afresh.
  this.timeout(30000);
  let page: PageFrame | undefined;
  before(() => setViewport({ width: 1100, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => page?.remove());

  it('without the reserved room, the same page shifts when the widget is defined (the test can see it)', async () => {
    page = await loadSnippetPage({ widget: 'latest-news' }, 376, 700, false);
    definedAfterFirstPaint(page);
    expect(cls(page.shifts())).to.be.greaterThan(0.01);
  });

  for (const [choice, width, height] of CASES) {
    const options = Object.entries(choice.options ?? {}).map(([name, value]) => `${name}="${value}"`);
    it(`${[choice.widget, ...options, ...(choice.theme ? [`theme="${choice.theme}"`] : [])].join(' ')} in ${width}×${height}: CLS ≤ 0.01`, async () => {
      page = await loadSnippetPage(choice, width, height);
      definedAfterFirstPaint(page);
      const shifts = page.shifts();
      expect(cls(shifts), JSON.stringify(shifts.map((shift) => [Math.round(shift.startTime), shift.value]))).to.be.at.most(0.01);
    });
  }
});
