// The hostile-page suite's widgets and measurements: every widget and layout, rendered into a container of
// the page, and what a reader would see measured on it (text contrast, font sizes, horizontal overflow).
import { waitUntil } from '@open-wc/testing';
import '../../src/components/latest-news/define.js';
import '../../src/components/article-card/define.js';
import '../../src/components/weather-bulletin/define.js';
import '../../src/components/comment-box/define.js';
import type { Feed, FeedItem } from '../../src/core/feed/model.js';
import { apiBase, isSettled as commentsSettled, newThread, seedAll } from '../support/comment-box.js';
import { textContrast } from '../support/contrast.js';
import { settled as weatherSettled, weatherUrl } from '../support/weather-widget.js';
import { makeFeed, settled } from '../support/widget-fixtures.js';

export type Widget = HTMLElement & { updateComplete: Promise<boolean>; shadowRoot: ShadowRoot };

export interface WidgetKind {
  name: string;
  tag: string;
  attributes?: Record<string, string>;
  /** Gives the element its data (properties or attributes) before it is connected. */
  setup(el: Widget, feed: Feed): void | Promise<void>;
}

export const LONG_WORD = 'Siêudàikhôngcáchnào'.repeat(12);

/** A feed whose first item carries unbroken long words in every text field. */
export function longWordFeed(count = 6): Feed {
  return makeFeed(count, (i) =>
    i === 0
      ? {
          title: `${LONG_WORD} tiêu đề`,
          summary: `${LONG_WORD} tóm tắt`,
          categories: [`Chuyên mục ${LONG_WORD}`],
          author: `Tác giả ${LONG_WORD}`,
          contentHtml: `<p>${LONG_WORD}</p><p><a href="https://example.vn/${LONG_WORD}">https://example.vn/${LONG_WORD}</a></p>`,
        }
      : {},
  );
}

let commentThread: Promise<string> | undefined;

/** One thread, seeded once per page, with a comment holding a long unbroken word and a reply. */
export function hostileThread(): Promise<string> {
  commentThread ??= (async () => {
    const thread = newThread('hostile');
    const [first] = await seedAll('post', thread, [{ author: `Bạn đọc ${LONG_WORD.slice(0, 70)}`, body: `Bình luận dài ${LONG_WORD} kết thúc.` }]);
    await seedAll('post', thread, [{ author: 'Trả lời', body: 'Một câu trả lời ngắn.', parentId: first.id }]);
    return thread;
  })();
  return commentThread;
}

const news = (layout: string): WidgetKind => ({
  name: `latest-news ${layout}`,
  tag: 'bantin-latest-news',
  attributes: { layout, limit: '6' },
  setup: (el, feed) => {
    (el as unknown as { feed: Feed }).feed = feed;
  },
});

const card = (variant: string): WidgetKind => ({
  name: `article-card ${variant}`,
  tag: 'bantin-article-card',
  attributes: { variant },
  setup: (el, feed) => {
    (el as unknown as { item: FeedItem }).item = feed.items[0];
  },
});

export const WIDGETS: WidgetKind[] = [
  news('list'),
  news('grid'),
  news('compact'),
  news('ticker'),
  card('compact'),
  card('standard'),
  card('full'),
  {
    name: 'weather-bulletin',
    tag: 'bantin-weather-bulletin',
    setup: (el) => el.setAttribute('feed', weatherUrl(['warning-4'])),
  },
  {
    name: 'comment-box',
    tag: 'bantin-comment-box',
    setup: async (el) => {
      el.setAttribute('endpoint', apiBase('post'));
      el.setAttribute('thread', await hostileThread());
    },
  },
];

/** Renders `kind` into `container` (appended last) and waits until it shows its content. */
export async function renderWidget(container: HTMLElement, kind: WidgetKind, theme: string, feed: Feed = longWordFeed()): Promise<Widget> {
  const el = document.createElement(kind.tag) as Widget;
  el.setAttribute('theme', theme);
  el.setAttribute('lang', 'vi');
  for (const [name, value] of Object.entries(kind.attributes ?? {})) el.setAttribute(name, value);
  await kind.setup(el, feed);
  container.append(el);
  await el.updateComplete;
  if (kind.tag === 'bantin-comment-box') {
    await waitUntil(
      () => commentsSettled(el as never) && el.shadowRoot.querySelector('[part~="comment-body"]') !== null,
      `${kind.name} did not load`,
      {
        timeout: 8000,
      },
    );
  } else if (kind.tag === 'bantin-weather-bulletin') {
    await weatherSettled(el as never);
  } else {
    await settled(el);
    if (kind.name === 'article-card full')
      await waitUntil(() => el.shadowRoot.querySelector('.content p') !== null, 'no article body', { timeout: 4000 });
  }
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return el;
}

/** The elements that show text to the reader: a direct non-blank text child, rendered, not a skeleton or visually hidden. */
export function textElements(el: Widget): HTMLElement[] {
  const all = [...el.shadowRoot.querySelectorAll<HTMLElement>('*')];
  return all.filter((node) => {
    if (!node.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    if (node.closest('.visually-hidden, .skeleton, .skeleton-line, .honeypot, svg')) return false;
    if (![...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim() !== '')) return false;
    const rect = node.getBoundingClientRect();
    return rect.width > 1 && rect.height > 1;
  });
}

export interface TextReport {
  worstContrast: number;
  worstContrastAt: string;
  minFont: number;
  maxFont: number;
  baseFont: number;
  count: number;
}

function describeNode(node: HTMLElement): string {
  return `<${node.localName}${node.className ? ` class="${String(node.className)}"` : ''}> "${node.textContent!.trim().slice(0, 30)}" (${getComputedStyle(node).color})`;
}

export function measureText(el: Widget): TextReport {
  const nodes = textElements(el);
  const base = parseFloat(getComputedStyle(el.shadowRoot.querySelector('[part~="base"]') ?? el).fontSize);
  const report: TextReport = { worstContrast: 21, worstContrastAt: '', minFont: Infinity, maxFont: 0, baseFont: base, count: nodes.length };
  for (const node of nodes) {
    const contrast = textContrast(node);
    if (contrast < report.worstContrast) {
      report.worstContrast = contrast;
      report.worstContrastAt = describeNode(node);
    }
    const size = parseFloat(getComputedStyle(node).fontSize);
    report.minFont = Math.min(report.minFont, size);
    report.maxFont = Math.max(report.maxFont, size);
  }
  return report;
}

/** How far the container's content reaches past its width, in px (0: nothing overflows). */
export function horizontalOverflow(container: HTMLElement): number {
  return Math.max(0, container.scrollWidth - container.clientWidth);
}

/** The widget's elements that reach past the container's sides, for a failure message. */
export function overflowingParts(container: HTMLElement, el: Widget): string {
  const box = container.getBoundingClientRect();
  return [...el.shadowRoot.querySelectorAll<HTMLElement>('*')]
    .map((node) => ({ node, rect: node.getBoundingClientRect() }))
    .filter(
      ({ node, rect }) => rect.width > 0 && !node.closest('.ticker-viewport > *') && (rect.right > box.right + 0.5 || rect.left < box.left - 0.5),
    )
    .slice(0, 4)
    .map(
      ({ node, rect }) =>
        `<${node.localName} class="${String(node.className)}"> ${Math.round(rect.left - box.left)}..${Math.round(rect.right - box.left)}`,
    )
    .join(', ');
}
