import { html, nothing, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/latest-news/define.js';
import '../src/components/article-card/define.js';
import '../src/components/weather-bulletin/define.js';
import type { Feed, FeedItem } from '../src/core/feed/model.js';
import { fullArticle, newsVi, noImagesVi } from './fixtures/news.js';
import { riskBulletin } from './fixtures/weather.js';
import { mockUrl } from './support/mock-network.js';
import { shows } from './support/story-test.js';

// The worst partner pages and contents of test/hostile/, to look at: every page rule is scoped to the story's
// own wrapper (.bantin-hostile-page), where a real page would write `*` or `html`.

type PageName = 'color-reset' | 'font-size-compounding' | 'root-62.5' | 'inherited-text' | 'huge-root' | 'rtl' | 'vertical' | 'plain';
type WidgetName = 'list' | 'grid' | 'compact' | 'ticker' | 'card-compact' | 'card-standard' | 'card-full' | 'weather';
type ContentName = 'normal' | 'long-words' | 'broken-images' | 'no-images' | 'one-item' | 'many-items';

interface Args {
  page: PageName;
  widget: WidgetName;
  content: ContentName;
  width: number;
  theme: 'light' | 'dark';
}

const PAGES: Record<PageName, { css?: string; style?: string; dir?: string }> = {
  plain: {},
  'color-reset': { css: '.bantin-hostile-page * { color: #333; margin: 0; padding: 0; }' },
  'font-size-compounding': { css: '.bantin-hostile-page, .bantin-hostile-page * { font-size: 62.5%; }' },
  'root-62.5': { style: 'font-size: 10px' },
  'inherited-text': {
    style:
      'text-align: center; letter-spacing: 0.2em; text-transform: uppercase; font-style: italic; text-indent: 3em; white-space: nowrap; line-height: 3',
  },
  'huge-root': { style: 'font-size: 32px' },
  rtl: { dir: 'rtl' },
  vertical: { style: 'writing-mode: vertical-rl' },
};

const LONG_WORD = 'Siêudàikhôngcáchnào'.repeat(10);

function content(name: ContentName): Feed {
  switch (name) {
    case 'long-words':
      return {
        ...newsVi,
        items: newsVi.items.map((item, i) =>
          i === 0
            ? { ...item, title: `${LONG_WORD} ${item.title}`, summary: `${LONG_WORD} ${item.summary}`, categories: [`Chuyên mục ${LONG_WORD}`] }
            : item,
        ),
      };
    case 'broken-images':
      return {
        ...newsVi,
        items: newsVi.items.map((item, i) => ({
          ...item,
          image: { url: mockUrl(`/anh-hong/${i}.jpg`), alt: item.image?.alt ?? '', width: 640, height: 400 },
        })),
      };
    case 'no-images':
      return noImagesVi;
    case 'one-item':
      return { ...newsVi, items: newsVi.items.slice(0, 1) };
    case 'many-items':
      return { ...newsVi, items: Array.from({ length: 200 }, (_, i) => ({ ...newsVi.items[i % newsVi.items.length]!, id: `tin-${i}` })) };
    default:
      return newsVi;
  }
}

function widget(args: Args): TemplateResult {
  const feed = content(args.content);
  const item: FeedItem = args.widget === 'card-full' && args.content === 'normal' ? fullArticle : feed.items[0]!;
  switch (args.widget) {
    case 'card-compact':
    case 'card-standard':
    case 'card-full':
      return html`<bantin-article-card .item=${item} variant=${args.widget.slice('card-'.length)} lang="vi" theme=${args.theme}></bantin-article-card>`;
    case 'weather':
      return html`<bantin-weather-bulletin .bulletin=${riskBulletin(4)} lang="vi" theme=${args.theme}></bantin-weather-bulletin>`;
    default:
      return html`<bantin-latest-news
        .feed=${feed}
        layout=${args.widget}
        limit=${args.content === 'many-items' ? 200 : 5}
        lang="vi"
        theme=${args.theme}
      ></bantin-latest-news>`;
  }
}

const meta = {
  title: 'Hostile pages',
  render: (args) => {
    const page = PAGES[args.page];
    return html`${
      page.css
        ? html`<style>
          ${page.css}
        </style>`
        : nothing
    }
      <div class="bantin-hostile-page" dir=${page.dir ?? nothing} style="width: ${args.width}px; max-width: 100%; outline: 1px dashed #888; ${page.style ?? ''}">
        ${widget(args)}
      </div>`;
  },
  args: { page: 'plain', widget: 'list', content: 'normal', width: 375, theme: 'light' },
  argTypes: {
    page: { control: 'select', options: Object.keys(PAGES), description: 'What the partner page does (scoped to the story)' },
    widget: { control: 'select', options: ['list', 'grid', 'compact', 'ticker', 'card-compact', 'card-standard', 'card-full', 'weather'] },
    content: { control: 'select', options: ['normal', 'long-words', 'broken-images', 'no-images', 'one-item', 'many-items'] },
    width: { control: { type: 'range', min: 280, max: 1920, step: 1 } },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  parameters: {
    ...shows('[part="base"]'),
    docs: {
      description: {
        component:
          'The widgets on the partner pages and contents that broke them once (issue 12): `* { color: #333 }` under the dark theme, ' +
          'compounding `* { font-size: 62.5% }`, inherited `white-space: nowrap` and friends, huge root sizes, RTL and vertical containers, ' +
          'long unbroken words, failed and missing pictures, 200 items, the ticker on a 320 px phone. test/hostile/ checks the same.',
      },
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const DarkUnderColourReset: Story = {
  name: 'Dark theme under * { color: #333; margin: 0; padding: 0 }',
  args: { page: 'color-reset', theme: 'dark', widget: 'list' },
  parameters: shows('[part="title"]'),
};

export const CompoundingFontSize: Story = {
  name: '* { font-size: 62.5% } (sizes compound to 2.4 px on the page)',
  args: { page: 'font-size-compounding', widget: 'grid', width: 768 },
  parameters: shows('[part="title"]'),
};

export const InheritedNowrap: Story = {
  name: 'Inherited nowrap, centre, capitals, italics, indent',
  args: { page: 'inherited-text', widget: 'card-full', width: 375 },
  parameters: shows('[part="content"] p'),
};

export const LongWordsFullCard: Story = {
  name: 'Long unbroken words, full card at 280 px',
  args: { widget: 'card-full', content: 'long-words', width: 280 },
  parameters: shows('[part="title"]'),
};

export const LongCategoryCompact: Story = {
  name: 'Long category in the compact list',
  args: { widget: 'compact', content: 'long-words', width: 320 },
  parameters: shows('[part="meta"] time'),
};

export const BrokenImages: Story = {
  name: 'Pictures that fail to load',
  args: { widget: 'list', content: 'broken-images' },
  parameters: shows('[part="title"]'),
};

export const NoImagesStandardCard: Story = {
  name: 'No picture, standard card at 1264 px',
  args: { widget: 'card-standard', content: 'no-images', width: 1264 },
  parameters: shows('[part="title"]'),
};

export const TickerOnAPhone: Story = {
  name: 'Ticker at 320 px',
  args: { widget: 'ticker', width: 320 },
  parameters: shows('[part="item"]'),
};

export const HugeRootWeather: Story = {
  name: 'Weather card, 32 px text at 280 px',
  args: { page: 'huge-root', widget: 'weather', width: 280, theme: 'dark' },
  parameters: shows('[part~="banner"]'),
};

export const RightToLeft: Story = { name: 'In an RTL container', args: { page: 'rtl', widget: 'compact' }, parameters: shows('[part="title"]') };

export const VerticalWritingMode: Story = {
  name: 'In a vertical writing-mode container',
  args: { page: 'vertical', widget: 'card-standard' },
  parameters: shows('[part="title"]'),
};

export const TwoHundredItems: Story = { name: '200 items', args: { widget: 'compact', content: 'many-items' }, parameters: shows('[part="item"]') };
