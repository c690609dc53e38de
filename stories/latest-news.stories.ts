import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/latest-news/define.js';
import { newsVi } from './fixtures/news.js';
import { feedBinding, sourceArgType, type SourceName } from './support/feed-sources.js';
import { stayOnPage, type FeedEventArgs } from './support/events.js';
import { dateFormatArgType, sharedArgTypes } from './support/shared-args.js';
import { shows, state } from './support/story-test.js';

interface Args extends FeedEventArgs {
  source: SourceName;
  layout?: 'list' | 'grid' | 'compact' | 'ticker';
  limit?: number;
  category?: string;
  heading?: string;
  'heading-level'?: number;
  'more-href'?: string;
  hide?: string;
  target?: string;
  'date-format'?: 'absolute' | 'relative';
  lang?: 'vi' | 'en';
  theme?: 'light' | 'dark' | 'auto';
}

const meta = {
  title: 'Widgets/Latest news',
  component: 'bantin-latest-news',
  render: (args) => {
    const { feed, timeout } = feedBinding(args.source, 'tin-moi', newsVi);
    return html`<bantin-latest-news
      .feed=${feed}
      timeout=${ifDefined(timeout)}
      layout=${ifDefined(args.layout)}
      limit=${ifDefined(args.limit)}
      category=${ifDefined(args.category)}
      heading=${ifDefined(args.heading)}
      heading-level=${ifDefined(args['heading-level'])}
      more-href=${ifDefined(args['more-href'])}
      hide=${ifDefined(args.hide)}
      target=${ifDefined(args.target)}
      date-format=${ifDefined(args['date-format'])}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      @bantin-load=${args.onBantinLoad}
      @bantin-error=${args.onBantinError}
      @bantin-item-select=${stayOnPage(args.onBantinItemSelect)}
    ></bantin-latest-news>`;
  },
  args: { source: 'news-vi', layout: 'list', limit: 5, lang: 'vi', theme: 'light', 'more-href': 'https://baosonla.example.vn/tin-moi' },
  argTypes: {
    source: sourceArgType(['news-vi', 'news-en', 'long-titles', 'no-images', 'empty', 'loading', 'unavailable', 'not-a-feed', 'stale']),
    layout: { control: 'inline-radio', options: ['list', 'grid', 'compact', 'ticker'] },
    limit: { control: { type: 'number', min: 1, max: 20 } },
    'date-format': dateFormatArgType,
    ...sharedArgTypes,
  },
  parameters: {
    ...shows('[part="item"]'),
    docs: {
      description: {
        component:
          'On a partner page: `<bantin-latest-news feed="https://baosonla.example.vn/rss/tin-moi.rss" limit="5"></bantin-latest-news>`. ' +
          'The stories hand the widget a ready feed through the `.feed` property (or a mock URL for the network states), so nothing is fetched.',
      },
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Loaded: Story = {};

export const LoadedEnglish: Story = {
  name: 'Loaded (English)',
  args: { source: 'news-en', lang: 'en', 'more-href': 'https://baosonla.example.vn/en/' },
};

export const Grid: Story = { args: { layout: 'grid', limit: 6 } };

export const Compact: Story = { args: { layout: 'compact', limit: 8 } };

export const Ticker: Story = { args: { layout: 'ticker', heading: 'Tin nóng', 'more-href': undefined }, parameters: shows('[part="pause"]') };

export const TickerEnglish: Story = {
  name: 'Ticker (English)',
  args: { layout: 'ticker', source: 'news-en', lang: 'en', heading: 'Headlines', 'more-href': undefined },
};

export const LoadMore: Story = {
  name: 'Load more (3 at a time)',
  args: { limit: 3 },
};

export const CategoryFilter: Story = {
  name: 'Category filter (diacritics ignored)',
  args: { category: 'nong nghiep, du lich', heading: 'Nông nghiệp và du lịch' },
};

export const RelativeDates: Story = { args: { 'date-format': 'relative', hide: 'summary' } };

export const HiddenParts: Story = { args: { hide: 'image, summary, category', heading: 'Tin vắn' } };

export const Loading: Story = { args: { source: 'loading' }, parameters: shows(state.loading) };

export const LoadingGrid: Story = { name: 'Loading (grid)', args: { source: 'loading', layout: 'grid', limit: 3 }, parameters: shows(state.loading) };

export const LoadingTicker: Story = { name: 'Loading (ticker)', args: { source: 'loading', layout: 'ticker' }, parameters: shows(state.loading) };

export const ErrorNoCopy: Story = { name: 'Error (no copy)', args: { source: 'unavailable' }, parameters: shows(state.error) };

export const ErrorEnglish: Story = { name: 'Error (no copy, English)', args: { source: 'unavailable', lang: 'en' }, parameters: shows(state.error) };

export const NotAFeed: Story = { name: 'Error (not a feed)', args: { source: 'not-a-feed' }, parameters: shows(state.error) };

export const ErrorWithStaleCopy: Story = {
  name: 'Error with a stale copy',
  args: { source: 'stale' },
  parameters: shows(`${state.stale} ~ [part="list"] [part="item"]`),
};

export const Empty: Story = { args: { source: 'empty' }, parameters: shows(state.empty) };

export const LongVietnameseTitles: Story = { args: { source: 'long-titles' } };

export const LongVietnameseTitlesGrid: Story = { name: 'Long Vietnamese titles (grid)', args: { source: 'long-titles', layout: 'grid' } };

export const NoImages: Story = { args: { source: 'no-images' } };

export const Dark: Story = { args: { theme: 'dark' } };

export const DarkGrid: Story = { name: 'Dark (grid)', args: { theme: 'dark', layout: 'grid', limit: 4 } };

export const DarkTicker: Story = {
  name: 'Dark (ticker)',
  args: { theme: 'dark', layout: 'ticker', 'more-href': undefined },
  parameters: shows('[part="pause"]'),
};

export const DarkError: Story = { name: 'Dark (error with a stale copy)', args: { theme: 'dark', source: 'stale' }, parameters: shows(state.stale) };
