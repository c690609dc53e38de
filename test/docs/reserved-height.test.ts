// The room the embed code keeps (demo/reserved-height.js) is the height of the widget's loading skeleton, for
// every widget and option set the builder offers, at the width given.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/components/latest-news/define.js';
import '../../src/components/article-card/define.js';
import '../../src/components/weather-bulletin/define.js';
import '../../src/components/comment-box/define.js';
// @ts-expect-error plain JavaScript served with the demo, no type declarations
import { reservedHeight } from '../../demo/reserved-height.js';
// @ts-expect-error plain JavaScript served with the demo, no type declarations
import { WIDGETS, widgetAttributes } from '../../demo/builder.snippet.js';
import { faultBase, newThread } from '../support/comment-box.js';
import { feedUrl, newKey } from '../support/widget-fixtures.js';
import { weatherUrl } from '../support/weather-widget.js';

interface Choice {
  widget: string;
  options: Record<string, string>;
  lang?: string;
  theme?: string;
}

/** The widget the builder's code makes, with a feed (or comments) that does not answer while it is measured. */
function skeletonOf(choice: Choice): HTMLElement {
  const el = document.createElement(WIDGETS[choice.widget].tag as string);
  const attributes = widgetAttributes(
    { feedSource: 'named', feedName: 'tin-moi', feedUrl: '', lang: '', theme: '', classic: false, ...choice },
    '',
  ) as [string, string][];
  for (const [name, value] of attributes) el.setAttribute(name, value);
  if (choice.widget === 'comment-box') {
    const thread = newThread('reserve');
    el.setAttribute('thread', thread);
    el.setAttribute('endpoint', faultBase('post', thread, 'get-slow3000'));
  } else if (choice.widget === 'weather-bulletin') el.setAttribute('feed', weatherUrl(['seed-22'], { delay: 3000 }));
  else el.setAttribute('feed', feedUrl(newKey('reserve'), { delay: 3000 }));
  return el;
}

/** The skeleton's height and the reserved height, both in px, in a box `width` px wide. */
async function measure(choice: Choice, width: number): Promise<{ skeleton: number; reserved: number }> {
  const el = skeletonOf(choice);
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}>${el}<div class="probe"></div></div>`);
  const probe = wrapper.querySelector<HTMLElement>('.probe')!;
  probe.style.height = reservedHeight(choice, width) as string;
  await nextFrame();
  await nextFrame();
  expect(el.shadowRoot!.querySelector('.skeleton, .skeleton-line'), 'loading').to.exist;
  return { skeleton: el.getBoundingClientRect().height, reserved: probe.getBoundingClientRect().height };
}

const describeChoice = (choice: Choice) =>
  [
    choice.widget,
    ...Object.entries(choice.options).map(([name, value]) => `${name}="${value}"`),
    ...(choice.lang ? [`lang="${choice.lang}"`] : []),
    ...(choice.theme ? [`theme="${choice.theme}"`] : []),
  ].join(' ');

const CHOICES: Choice[] = [
  { widget: 'latest-news', options: {} },
  { widget: 'latest-news', options: { limit: '3', 'more-href': 'https://baosonla.example.vn/tin-moi' } },
  { widget: 'latest-news', options: { limit: '8', hide: 'image, summary' }, theme: 'dark' },
  { widget: 'latest-news', options: { hide: 'date, category' }, lang: 'en' },
  { widget: 'latest-news', options: { hide: 'image, summary, date, category' } },
  { widget: 'latest-news', options: { layout: 'grid' } },
  { widget: 'latest-news', options: { layout: 'grid', limit: '6', hide: 'summary' } },
  { widget: 'latest-news', options: { layout: 'compact', limit: '10' } },
  { widget: 'latest-news', options: { layout: 'compact', hide: 'date, category' } },
  { widget: 'latest-news', options: { layout: 'ticker' } },
  { widget: 'latest-news', options: { layout: 'ticker' }, theme: 'dark', lang: 'en' },
  { widget: 'article-card', options: { variant: 'compact' } },
  { widget: 'article-card', options: {} },
  { widget: 'article-card', options: {}, theme: 'dark' },
  { widget: 'article-card', options: { variant: 'full' } },
  { widget: 'weather-bulletin', options: {} },
  { widget: 'weather-bulletin', options: {}, theme: 'dark' },
  { widget: 'comment-box', options: {} },
  { widget: 'comment-box', options: { heading: 'Ý kiến bạn đọc' }, lang: 'en', theme: 'dark' },
];

describe('reserved height = the skeleton’s height', () => {
  before(() => setViewport({ width: 1500, height: 1000 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('theme="auto" keeps the dark theme’s room (its padding), whichever the reader’s system uses', async () => {
    const choice = { widget: 'latest-news', options: {}, theme: 'auto' };
    try {
      await emulateMedia({ colorScheme: 'dark' });
      const dark = await measure(choice, 360);
      expect(dark.reserved).to.be.closeTo(dark.skeleton, 0.5);
      await emulateMedia({ colorScheme: 'light' });
      const light = await measure(choice, 360);
      expect(light.reserved - light.skeleton, 'room for the padding').to.be.closeTo(1.5 * 16, 0.5);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  for (const choice of CHOICES) {
    it(`${describeChoice(choice)} at 280, 360, 480, 720 and 1200px`, async () => {
      for (const width of [280, 360, 480, 720, 1200]) {
        const { skeleton, reserved } = await measure(choice, width);
        expect(reserved, `${width}px`).to.be.closeTo(skeleton, 0.5);
      }
    });
  }
});
