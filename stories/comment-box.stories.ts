import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/comment-box/define.js';
import type { BantinCommentBox } from '../src/components/comment-box/comment-box.js';
import { writeDraft } from '../src/components/comment-box/drafts.js';
import { longComment } from './fixtures/comments.js';
import { COMMENTS_ENDPOINT, STRICT_COMMENTS_ENDPOINT, STRICT_RULES, threads, type MockThread } from './support/mock-comments.js';
import { LOADING_TIMEOUT_SECONDS } from './support/mock-feeds.js';
import { sharedArgTypes } from './support/shared-args.js';
import { shows, state } from './support/story-test.js';

interface Args {
  thread: MockThread;
  endpoint?: string;
  minlength?: number;
  maxlength?: number;
  'page-size'?: number;
  timeout?: number;
  heading?: string;
  'heading-level'?: number;
  lang?: 'vi' | 'en';
  theme?: 'light' | 'dark' | 'auto';
  /** The draft the reader left in this thread earlier (kept in localStorage by the widget). */
  draftAuthor?: string;
  draftBody?: string;
  onBantinCommentPosted?: (event: Event) => void;
  onBantinError?: (event: Event) => void;
}

type Play = NonNullable<StoryObj<Args>['play']>;

async function commentBox(canvasElement: HTMLElement): Promise<BantinCommentBox> {
  const box = canvasElement.querySelector('bantin-comment-box')!;
  await box.updateComplete;
  return box;
}

/** Presses the main form's send button, as a reader would. */
const send: Play = async ({ canvasElement }) => {
  const box = await commentBox(canvasElement);
  box.shadowRoot!.querySelector<HTMLButtonElement>('form [part="submit"]')!.click();
  await box.updateComplete;
};

/** Waits (bounded) until `ready` holds in the widget's shadow root. */
async function until(box: BantinCommentBox, ready: (root: ShadowRoot) => boolean): Promise<boolean> {
  for (let tries = 0; tries < 200; tries++) {
    if (ready(box.shadowRoot!)) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

/** Sends; once the failure is shown, the text must still be in the field for the retry. */
const sendAndKeepDraft: Play = async (context) => {
  await send(context);
  const box = await commentBox(context.canvasElement);
  await until(box, (root) => Boolean(root.querySelector('[part="notice"][data-kind="error"]')));
  const kept = box.shadowRoot!.querySelector<HTMLTextAreaElement>('form [part="textarea"]')?.value;
  if (kept !== context.args.draftBody) throw new Error(`The draft was not kept after the failure: "${kept}"`);
};

/** Opens the reply form under the comment that has replies already. */
const replyToQuestion: Play = async ({ canvasElement }) => {
  const box = await commentBox(canvasElement);
  await until(box, (root) => Boolean(root.querySelector('[data-reply-to="c4"]')));
  box.shadowRoot!.querySelector<HTMLButtonElement>('[data-reply-to="c4"]')?.click();
  await box.updateComplete;
};

const meta = {
  title: 'Widgets/Comment box',
  component: 'bantin-comment-box',
  render: (args) => {
    // The draft is the widget's own storage: set before it connects, as a reload would find it.
    writeDraft(args.thread, { author: args.draftAuthor ?? '', body: args.draftBody ?? '' });
    return html`<bantin-comment-box
      thread=${args.thread}
      endpoint=${ifDefined(args.endpoint)}
      minlength=${ifDefined(args.minlength)}
      maxlength=${ifDefined(args.maxlength)}
      page-size=${ifDefined(args['page-size'])}
      timeout=${ifDefined(args.timeout)}
      heading=${ifDefined(args.heading)}
      heading-level=${ifDefined(args['heading-level'])}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      @bantin-comment-posted=${args.onBantinCommentPosted}
      @bantin-error=${args.onBantinError}
    ></bantin-comment-box>`;
  },
  args: { thread: 'bai-co-binh-luan', endpoint: COMMENTS_ENDPOINT, lang: 'vi', theme: 'light' },
  argTypes: {
    thread: {
      description: 'A thread of the mock comments API; each stands for one server behaviour.',
      control: { type: 'select', labels: Object.fromEntries(Object.entries(threads).map(([id, mock]) => [id, `${id}: ${mock.label}`])) },
      options: Object.keys(threads),
    },
    'page-size': { control: { type: 'number', min: 1, max: 100 } },
    ...sharedArgTypes,
    draftAuthor: { name: 'draft: name', control: 'text', table: { category: 'story' } },
    draftBody: { name: 'draft: comment', control: 'text', table: { category: 'story' } },
  },
  parameters: {
    ...shows('[part="comment"]'),
    docs: {
      description: {
        component:
          'On a partner page: `<bantin-comment-box thread="bai-12345" endpoint="https://widgets.example.vn/api"></bantin-comment-box>`. ' +
          'The stories talk to a mock comments API at `https://mock.bantin.invalid/api` (answered inside the page, never sent); ' +
          'the thread chooses how it answers. Stories that send a comment do so in their play function.',
      },
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const reader = { draftAuthor: 'Lò Thị Hương' };

export const WithCommentsAndReplies: Story = { name: 'With comments and replies' };

export const Empty: Story = { name: 'Empty thread', args: { thread: 'bai-chua-co-binh-luan' }, parameters: shows(state.empty) };

export const NearTheLimit: Story = {
  name: 'Near the limit (10 characters left)',
  args: { thread: 'bai-chua-co-binh-luan', ...reader, draftBody: longComment(490) },
  parameters: shows('[part="counter"]', 'Bạn còn 10/500 ký tự'),
};

export const BelowTheMinimum: Story = {
  name: 'Below the minimum (after pressing send)',
  args: { thread: 'bai-chua-co-binh-luan', ...reader, draftBody: 'Hay' },
  play: send,
  parameters: shows('[part="field-error"]', 'Bạn vui lòng nhập từ 5 ký tự trở lên !!!'),
};

export const Sending: Story = {
  args: {
    thread: 'bai-dang-gui',
    ...reader,
    draftBody: 'Mong tỉnh sớm hoàn thành tuyến đường để bà con đi lại thuận tiện.',
    timeout: LOADING_TIMEOUT_SECONDS,
  },
  play: send,
  parameters: shows('[part="submit"][data-sending]'),
};

export const Pending: Story = {
  name: 'Sent, awaiting moderation',
  args: { ...reader, draftBody: 'Cảm ơn báo đã đưa tin kịp thời, mong có thêm bài về giá xoài.' },
  play: send,
  parameters: shows('[part="notice"][data-kind="success"]'),
};

export const PostedAtOnce: Story = {
  name: 'Sent and shown at once (post-moderation)',
  args: { thread: 'bai-kiem-duyet-sau', ...reader, draftBody: 'Xoài Mai Sơn là đặc sản, mình đã đặt mua cho cả cơ quan.' },
  play: send,
  parameters: shows('[part="notice"][data-kind="success"]'),
};

export const FailedDraftKept: Story = {
  name: 'Failed to send, draft kept',
  args: { thread: 'bai-gui-loi', ...reader, draftBody: 'Đề nghị huyện kiểm tra việc thu mua, tránh để thương lái ép giá bà con.' },
  play: sendAndKeepDraft,
  parameters: shows('[part="notice"][data-kind="error"] ~ .actions [part="retry"]'),
};

export const RateLimited: Story = {
  name: 'Refused: too many comments',
  args: { thread: 'bai-gui-qua-nhanh', ...reader, draftBody: 'Bình luận thứ tư trong một phút.' },
  play: send,
  parameters: shows('[part="notice"][data-kind="error"]'),
};

export const Replying: Story = {
  name: 'Writing a reply',
  args: reader,
  play: replyToQuestion,
  parameters: shows('.reply-form [part="form"]'),
};

export const MorePages: Story = { name: 'More comments to load', args: { 'page-size': 2 }, parameters: shows('[part="more"]') };

export const CustomLimits: Story = {
  name: 'Custom limits (10 to 200 characters)',
  args: { thread: 'bai-chua-co-binh-luan', minlength: 10, maxlength: 200 },
  parameters: shows('[part="counter"]', 'Bạn còn 200/200 ký tự'),
};

export const ServerLimits: Story = {
  name: `The server's own limits (${STRICT_RULES.minLength} to ${STRICT_RULES.maxLength} characters)`,
  args: { endpoint: STRICT_COMMENTS_ENDPOINT, thread: 'bai-chua-co-binh-luan' },
  parameters: {
    ...shows('[part="counter"]', `Bạn còn ${STRICT_RULES.maxLength}/${STRICT_RULES.maxLength} ký tự`),
    docs: {
      description: {
        story:
          'Without `minlength` and `maxlength`, the box applies the limits the widget server states at `{endpoint}/config`. ' +
          "Limits the page sets itself win over the server's.",
      },
    },
  },
};

export const BelowTheServerMinimum: Story = {
  name: "Below the server's minimum (after pressing send)",
  args: { endpoint: STRICT_COMMENTS_ENDPOINT, thread: 'bai-chua-co-binh-luan', ...reader, draftBody: 'Bài viết rất hay.' },
  play: send,
  parameters: shows('[part="field-error"]', `Bạn vui lòng nhập từ ${STRICT_RULES.minLength} ký tự trở lên !!!`),
};

export const Loading: Story = {
  name: 'Loading the comments',
  args: { thread: 'bai-dang-tai', timeout: LOADING_TIMEOUT_SECONDS },
  parameters: shows(state.loading),
};

export const LoadError: Story = { name: 'Comments failed to load', args: { thread: 'bai-tai-loi' }, parameters: shows(state.error) };

export const NoEndpoint: Story = { name: 'No endpoint configured', args: { endpoint: '' }, parameters: shows(state.error) };

export const English: Story = { args: { lang: 'en' } };

export const EnglishFailed: Story = {
  name: 'English, failed to send',
  args: { lang: 'en', thread: 'bai-gui-loi', draftAuthor: 'Minh', draftBody: 'Is there a bus to Mai Son on weekends?' },
  play: sendAndKeepDraft,
  parameters: shows('[part="notice"][data-kind="error"]'),
};

export const Dark: Story = { args: { theme: 'dark' } };

export const DarkBelowTheMinimum: Story = {
  name: 'Dark, below the minimum',
  args: { theme: 'dark', thread: 'bai-chua-co-binh-luan', ...reader, draftBody: 'Ok' },
  play: send,
  parameters: shows('[part="field-error"]'),
};
