import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/article-card/define.js';
import type { FeedItem } from '../src/core/feed/model.js';
import { fullArticle, newsVi, newsViItem, textOnlyArticle } from './fixtures/news.js';
import { stayOnPage, type FeedEventArgs } from './support/events.js';
import { feedBinding, sourceArgType, type SourceName } from './support/feed-sources.js';
import { dateFormatArgType, sharedArgTypes } from './support/shared-args.js';
import { shows, state } from './support/story-test.js';

/** Besides a feed, the card takes a ready FeedItem (`.item`) or plain attributes. */
type CardSource = SourceName | 'item' | 'item-text-only' | 'attributes';
const items: Partial<Record<CardSource, FeedItem>> = { item: fullArticle, 'item-text-only': textOnlyArticle };
/** The article the static story writes out as attributes. */
const festival = newsViItem('le-hoi-hoa-ban');

interface Args extends FeedEventArgs {
  source: CardSource;
  item?: string;
  variant?: 'compact' | 'standard' | 'full';
  href?: string;
  heading?: string;
  image?: string;
  summary?: string;
  category?: string;
  date?: string;
  author?: string;
  'heading-level'?: number;
  target?: string;
  'date-format'?: 'absolute' | 'relative';
  lang?: 'vi' | 'en';
  theme?: 'light' | 'dark' | 'auto';
}

const feedSources: SourceName[] = ['news-vi', 'news-en', 'long-titles', 'no-images', 'empty', 'loading', 'unavailable', 'stale'];

const meta = {
  title: 'Widgets/Article card',
  component: 'bantin-article-card',
  render: (args) => {
    const given = items[args.source];
    const fromFeed = !given && args.source !== 'attributes';
    const binding = fromFeed ? feedBinding(args.source as SourceName, 'tin-moi', newsVi) : undefined;
    return html`<bantin-article-card
      .feed=${binding?.feed}
      .item=${given ?? args.item}
      timeout=${ifDefined(binding?.timeout)}
      variant=${ifDefined(args.variant)}
      href=${ifDefined(args.href)}
      heading=${ifDefined(args.heading)}
      image=${ifDefined(args.image)}
      summary=${ifDefined(args.summary)}
      category=${ifDefined(args.category)}
      date=${ifDefined(args.date)}
      author=${ifDefined(args.author)}
      heading-level=${ifDefined(args['heading-level'])}
      target=${ifDefined(args.target)}
      date-format=${ifDefined(args['date-format'])}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      @bantin-load=${args.onBantinLoad}
      @bantin-error=${args.onBantinError}
      @bantin-item-select=${stayOnPage(args.onBantinItemSelect)}
    ></bantin-article-card>`;
  },
  args: { source: 'news-vi', variant: 'standard', lang: 'vi', theme: 'light' },
  argTypes: {
    source: sourceArgType(
      feedSources,
      {
        item: 'A FeedItem (.item) with its full article',
        'item-text-only': 'A FeedItem without image or content',
        attributes: 'Plain attributes (static use)',
      },
      'Or a FeedItem through `.item`, or plain attributes (href, heading, image, …).',
    ),
    variant: { control: 'inline-radio', options: ['compact', 'standard', 'full'] },
    'date-format': dateFormatArgType,
    ...sharedArgTypes,
  },
  parameters: {
    ...shows('[part="title"]'),
    docs: {
      description: {
        component:
          'On a partner page: `<bantin-article-card feed="https://baosonla.example.vn/rss/tin-moi.rss" item="0" variant="standard"></bantin-article-card>`. ' +
          'The stories hand over a ready feed (`.feed`), a FeedItem (`.item`) or plain attributes, or a mock URL for the network states.',
      },
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Standard: Story = {};

export const Compact: Story = { args: { variant: 'compact' } };

export const Full: Story = {
  name: 'Full (from .item)',
  args: { source: 'item', variant: 'full', 'heading-level': 1 },
  parameters: shows('[part="content"] p'),
};

export const FullFromFeed: Story = {
  name: 'Full (feed + item id)',
  args: { variant: 'full', item: fullArticle.id, 'heading-level': 1, target: '_blank' },
  parameters: shows('[part="content"] figure, [part="content"] p'),
};

export const PickedByIndex: Story = { name: 'Third item of the feed (item="2")', args: { item: '2' } };

export const English: Story = { args: { source: 'news-en', lang: 'en' } };

export const CompactEnglish: Story = { name: 'Compact (English)', args: { source: 'news-en', lang: 'en', variant: 'compact' } };

export const StaticAttributes: Story = {
  name: 'Static (attributes only)',
  args: {
    source: 'attributes',
    href: festival.link,
    heading: festival.title,
    image: festival.image!.url,
    summary: festival.summary,
    category: festival.categories[0],
    date: festival.published,
    author: festival.author,
  },
};

export const NoImage: Story = { args: { source: 'no-images' } };

export const NoImageCompact: Story = { name: 'No image (compact)', args: { source: 'no-images', variant: 'compact' } };

export const TextOnlyFull: Story = { name: 'Full without image or content', args: { source: 'item-text-only', variant: 'full' } };

export const LongVietnameseTitle: Story = { args: { source: 'long-titles' } };

export const LongVietnameseTitleCompact: Story = { name: 'Long Vietnamese title (compact)', args: { source: 'long-titles', variant: 'compact' } };

export const Loading: Story = { args: { source: 'loading' }, parameters: shows(state.loading) };

export const LoadingCompact: Story = { name: 'Loading (compact)', args: { source: 'loading', variant: 'compact' }, parameters: shows(state.loading) };

export const LoadingFull: Story = { name: 'Loading (full)', args: { source: 'loading', variant: 'full' }, parameters: shows(state.loading) };

export const ErrorNoCopy: Story = { name: 'Error (no copy)', args: { source: 'unavailable' }, parameters: shows(state.error) };

export const ErrorWithStaleCopy: Story = {
  name: 'Error with a stale copy',
  args: { source: 'stale' },
  parameters: shows(`${state.stale} ~ * [part="title"]`),
};

export const NotFound: Story = { name: 'Item not in the feed', args: { item: 'khong-con-tren-trang' }, parameters: shows(state.empty) };

export const EmptyFeed: Story = { args: { source: 'empty' }, parameters: shows(state.empty) };

export const Dark: Story = { args: { theme: 'dark' } };

export const DarkFull: Story = {
  name: 'Dark (full)',
  args: { theme: 'dark', source: 'item', variant: 'full' },
  parameters: shows('[part="content"] p'),
};

export const DarkCompact: Story = { name: 'Dark (compact)', args: { theme: 'dark', variant: 'compact' } };
