import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/weather-bulletin/define.js';
import type { FeedItem } from '../src/core/feed/model.js';
import { HAZARDS, type Hazard } from '../src/core/weather/index.js';
import { dailyBulletin, hazardBulletin, quietBulletin, riskBulletin, unparseableBulletin, weatherFeed } from './fixtures/weather.js';
import { stayOnPage, type FeedEventArgs } from './support/events.js';
import { feedBinding, sourceArgType, type SourceName } from './support/feed-sources.js';
import { sharedArgTypes } from './support/shared-args.js';
import { shows, state } from './support/story-test.js';

type RiskLevel = 1 | 2 | 3 | 4 | 5;
/** Besides a feed: a FeedItem (`.item`, read by parseBulletin) or a ready bulletin (`.bulletin`). */
type WeatherSource = SourceName | 'item-daily' | 'item-quiet' | 'item-unparseable' | 'bulletin-hazard' | 'bulletin-risk';
const items: Partial<Record<WeatherSource, FeedItem>> = {
  'item-daily': dailyBulletin,
  'item-quiet': quietBulletin,
  'item-unparseable': unparseableBulletin,
};

interface Args extends FeedEventArgs {
  source: WeatherSource;
  hazard?: Hazard;
  risk?: RiskLevel;
  match?: string;
  'heading-level'?: number;
  target?: string;
  lang?: 'vi' | 'en';
  theme?: 'light' | 'dark' | 'auto';
}

const feedSources: SourceName[] = ['weather', 'no-weather', 'loading', 'unavailable', 'stale'];

const meta = {
  title: 'Widgets/Weather bulletin',
  component: 'bantin-weather-bulletin',
  render: (args) => {
    const bulletin =
      args.source === 'bulletin-hazard'
        ? hazardBulletin(args.hazard ?? 'thunderstorm')
        : args.source === 'bulletin-risk'
          ? riskBulletin(args.risk ?? 1)
          : undefined;
    const item = items[args.source];
    const binding = bulletin || item ? undefined : feedBinding(args.source as SourceName, 'thoi-tiet', weatherFeed);
    return html`<bantin-weather-bulletin
      .feed=${binding?.feed}
      .item=${item}
      .bulletin=${bulletin}
      timeout=${ifDefined(binding?.timeout)}
      match=${ifDefined(args.match)}
      heading-level=${ifDefined(args['heading-level'])}
      target=${ifDefined(args.target)}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      @bantin-load=${args.onBantinLoad}
      @bantin-error=${args.onBantinError}
      @bantin-item-select=${stayOnPage(args.onBantinItemSelect)}
    ></bantin-weather-bulletin>`;
  },
  args: { source: 'weather', hazard: 'thunderstorm', risk: 3, lang: 'vi', theme: 'light' },
  argTypes: {
    source: sourceArgType(
      feedSources,
      {
        'item-daily': 'A daily bulletin (.item)',
        'item-quiet': 'A quiet day (.item)',
        'item-unparseable': 'A text with no forecast in it (.item)',
        'bulletin-hazard': 'A warning of one hazard (.bulletin)',
        'bulletin-risk': 'A disaster risk level (.bulletin)',
      },
      'Or a FeedItem through `.item`, or a ready Bulletin through `.bulletin` (see hazard and risk).',
    ),
    hazard: {
      description: 'The hazard of the "bulletin-hazard" source.',
      control: 'select',
      options: HAZARDS,
      table: { category: 'story' },
      if: { arg: 'source', eq: 'bulletin-hazard' },
    },
    risk: {
      description: 'The disaster risk level (cấp độ rủi ro thiên tai) of the "bulletin-risk" source.',
      control: 'inline-radio',
      options: [1, 2, 3, 4, 5],
      table: { category: 'story' },
      if: { arg: 'source', eq: 'bulletin-risk' },
    },
    ...sharedArgTypes,
  },
  parameters: {
    ...shows('[part="facts"]'),
    docs: {
      description: {
        component:
          'On a partner page: `<bantin-weather-bulletin feed="https://baosonla.example.vn/rss/thoi-tiet.rss"></bantin-weather-bulletin>`. ' +
          'The stories hand over a feed (`.feed`), a feed item (`.item`) or a ready bulletin (`.bulletin`), or a mock URL for the network states.',
      },
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Today: Story = { name: 'Today (from the feed)', parameters: shows('[part="banner"] [part="hazards"]') };

export const English: Story = { name: 'English labels', args: { lang: 'en' } };

export const QuietDay: Story = { name: 'Quiet day, no warning', args: { source: 'item-quiet' } };

export const Unparseable: Story = {
  name: 'Unparseable text (fallback)',
  args: { source: 'item-unparseable' },
  parameters: shows('[part="text"].fallback'),
};

function hazardStory(hazard: Hazard): Story {
  return { args: { source: 'bulletin-hazard', hazard }, parameters: shows(`[part="banner"] [data-hazard="${hazard}"]`) };
}

export const Thunderstorm = hazardStory('thunderstorm');
export const Tornado = hazardStory('tornado');
export const Lightning = hazardStory('lightning');
export const Hail = hazardStory('hail');
export const StrongGusts = hazardStory('strong-gusts');
export const HeavyRain = hazardStory('heavy-rain');
export const FlashFlood = hazardStory('flash-flood');
export const Landslide = hazardStory('landslide');
export const SevereCold = hazardStory('severe-cold');
export const Frost = hazardStory('frost');
export const Heat = hazardStory('heat');
export const Storm = hazardStory('storm');

function riskStory(risk: RiskLevel): Story {
  return { args: { source: 'bulletin-risk', risk }, parameters: shows(`[part="banner"][data-level="${risk}"]`) };
}

export const RiskLevel1 = riskStory(1);
export const RiskLevel2 = riskStory(2);
export const RiskLevel3 = riskStory(3);
export const RiskLevel4 = riskStory(4);
export const RiskLevel5 = riskStory(5);

export const RiskLevelEnglish: Story = {
  name: 'Risk level 4 (English labels)',
  args: { source: 'bulletin-risk', risk: 4, lang: 'en' },
  parameters: shows('[part="banner"][data-level="4"]'),
};

export const Loading: Story = { args: { source: 'loading' }, parameters: shows(state.loading) };

export const ErrorNoCopy: Story = { name: 'Error (no copy)', args: { source: 'unavailable' }, parameters: shows(state.error) };

export const ErrorWithStaleCopy: Story = {
  name: 'Error with a stale copy',
  args: { source: 'stale' },
  parameters: shows(`${state.stale} ~ [part="header"]`),
};

export const NoWeatherItem: Story = { name: 'No weather item in the feed', args: { source: 'no-weather' }, parameters: shows(state.empty) };

export const Dark: Story = { args: { theme: 'dark' } };

export const DarkRiskLevel5: Story = {
  name: 'Dark (risk level 5)',
  args: { theme: 'dark', source: 'bulletin-risk', risk: 5 },
  parameters: shows('[part="banner"][data-level="5"]'),
};

export const DarkUnparseable: Story = {
  name: 'Dark (unparseable text)',
  args: { theme: 'dark', source: 'item-unparseable' },
  parameters: shows('[part="text"].fallback'),
};
