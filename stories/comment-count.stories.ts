import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/comment-count/define.js';
import { COUNTS_ENDPOINT, FAILING_COUNTS_ENDPOINT, SLOW_COUNTS_ENDPOINT } from './support/mock-counts.js';
import { sharedArgTypes } from './support/shared-args.js';
import { shows, state } from './support/story-test.js';

interface Args {
  thread: string;
  endpoint?: string;
  href?: string;
  lang?: 'vi' | 'en';
  theme?: 'light' | 'dark' | 'auto';
  onBantinError?: (event: Event) => void;
}

const meta = {
  title: 'Widgets/Comment count',
  component: 'bantin-comment-count',
  render: (args) =>
    html`<p>
      Lễ hội Hoa Ban 2026 ·
      <bantin-comment-count
        thread=${args.thread}
        endpoint=${ifDefined(args.endpoint)}
        href=${ifDefined(args.href)}
        lang=${ifDefined(args.lang)}
        theme=${ifDefined(args.theme)}
        @bantin-error=${args.onBantinError}
      ></bantin-comment-count>
    </p>`,
  args: { thread: 'bai-12345-12', endpoint: COUNTS_ENDPOINT, href: '#binh-luan', lang: 'vi', theme: 'light' },
  argTypes: {
    thread: { description: 'The mock API gives a thread ending in -<n> n comments, any other 0.', control: 'text' },
    ...sharedArgTypes,
  },
  parameters: {
    ...shows('[part~="count"]'),
    docs: {
      description: {
        component:
          'Under a headline on a listing page: `<bantin-comment-count thread="bai-12345" endpoint="https://widgets.example.vn/api" href="/tin/bai-12345.html#binh-luan"></bantin-comment-count>`. ' +
          'Every count on a page is asked for in one request (`GET {endpoint}/counts?threads=…`). The stories talk to a mock API at ' +
          '`https://mock.bantin.invalid/api`: a thread ending in `-<n>` has n comments.',
      },
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Many: Story = { name: 'Many comments (a link)', parameters: shows('[part~="link"]', '12 bình luận') };

export const One: Story = {
  name: 'One comment',
  args: { thread: 'bai-12346-1', href: undefined },
  parameters: shows('[part~="count"]', '1 bình luận'),
};

export const None: Story = { name: 'No comments', args: { thread: 'bai-12347' }, parameters: shows('[part~="count"]', 'Chưa có bình luận') };

export const Loading: Story = { args: { endpoint: SLOW_COUNTS_ENDPOINT }, parameters: shows(state.loading) };

export const LoadError: Story = { name: 'Count failed to load', args: { endpoint: FAILING_COUNTS_ENDPOINT }, parameters: shows('[part="status"]') };

export const English: Story = { args: { lang: 'en', thread: 'bai-12348-1' }, parameters: shows('[part~="count"]', '1 comment') };

export const EnglishMany: Story = { name: 'English, many', args: { lang: 'en' }, parameters: shows('[part~="count"]', '12 comments') };

export const Dark: Story = { args: { theme: 'dark' } };

export const AListingPage: Story = {
  name: 'A listing page (one request for all)',
  render: (args) =>
    html`<ul>
      ${['bai-1-3', 'bai-2', 'bai-3-27', 'bai-4-1'].map(
        (thread, i) =>
          html`<li>
            Tin số ${i + 1} ·
            <bantin-comment-count thread=${thread} endpoint=${ifDefined(args.endpoint)} href="#bai-${i + 1}" lang=${ifDefined(args.lang)}></bantin-comment-count>
          </li>`,
      )}
    </ul>`,
  parameters: shows('[part~="count"]', '3 bình luận'),
};
