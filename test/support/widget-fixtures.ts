// Helpers shared by the widget tests: fixture feed URLs (test/support/widgets-middleware.mjs), request
// counts, ready-made Feed objects for the `.feed` path, and waiting for a widget's state.
import { waitUntil } from '@open-wc/testing';
import type { Feed, FeedItem } from '../../src/core/feed/model.js';
import { clearFeedCache } from '../../src/core/load/index.js';
import { AUTHORS, BASE_TIME, CATEGORIES, HEADLINES } from './news-fixture.mjs';

export { CATEGORIES };

// Keys are unique per page load, so nothing cached by an earlier test file (localStorage) is reused.
const run = Math.random().toString(36).slice(2, 8);
let serial = 0;

/** A fresh fixture key. */
export function newKey(name = 'k'): string {
  return `${name}-${run}-${++serial}`;
}

export function feedUrl(key: string, params: Record<string, string | number> = {}): string {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
  return `/__widgets/feed/${key}${query ? `?${query}` : ''}`;
}

export async function requestCounts(key: string): Promise<{ requests: number; aborted: number }> {
  const response = await fetch(`/__widgets/count/${key}`);
  return (await response.json()) as { requests: number; aborted: number };
}

export async function requestCount(key: string): Promise<number> {
  return (await requestCounts(key)).requests;
}

export function resetFeeds(): void {
  clearFeedCache();
}

/** What the middleware's item i holds (ids "tin"), as the parser should give it. */
export function expectedItem(i: number, ids = 'tin') {
  return {
    id: `${ids}-${i}`,
    title: `${HEADLINES[i % HEADLINES.length]} (${i})`,
    link: `https://baosonla.example.vn/tin/${ids}-${i}.html`,
    category: CATEGORIES[i % CATEGORIES.length],
    author: AUTHORS[i % AUTHORS.length],
    summary: `Tóm tắt tin số ${i}: các ngành chức năng phối hợp triển khai kế hoạch, bảo đảm tiến độ và hiệu quả.`,
    image: new URL(`/__widgets/img/${i}.svg`, location.href).href,
    published: new Date(BASE_TIME - i * 3_600_000).toISOString(),
  };
}

/** A Feed object like the middleware's, for the `.feed` path (no network). */
export function makeFeed(count: number, overrides: (i: number) => Partial<FeedItem> = () => ({})): Feed {
  const items: FeedItem[] = Array.from({ length: count }, (_, i) => {
    const e = expectedItem(i);
    return {
      id: e.id,
      title: e.title,
      link: e.link,
      summary: e.summary,
      contentHtml: `<p><strong>${e.summary}</strong></p><figure><img src="${e.image}" alt="Ảnh ${i}"><figcaption>Ảnh ${i}</figcaption></figure><p>Nội dung chi tiết của tin số ${e.id}.</p>`,
      author: e.author,
      categories: [e.category],
      published: e.published,
      image: { url: e.image, alt: `Ảnh minh họa tin số ${i}`, width: 640, height: 400 },
      enclosures: [],
      ...overrides(i),
    };
  });
  return { format: 'rss', title: 'Báo Sơn La – Tin mới', link: 'https://baosonla.example.vn/', items };
}

type Stateful = HTMLElement & { updateComplete: Promise<boolean>; shadowRoot: ShadowRoot | null };

/** Waits until the widget's base part carries no skeleton and matches `ready` (default: has items or a status). */
export async function settled(el: Stateful, ready: (root: ShadowRoot) => boolean = defaultReady): Promise<void> {
  await waitUntil(() => el.shadowRoot !== null && ready(el.shadowRoot), 'the widget did not settle', { timeout: 8000 });
  await el.updateComplete;
}

function defaultReady(root: ShadowRoot): boolean {
  return root.querySelector('.skeleton, .skeleton-line') === null && root.querySelector('[part~="item"], [part~="status"], [part~="title"]') !== null;
}

export function parts(el: HTMLElement, name: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

export function texts(el: HTMLElement, name: string): string[] {
  return parts(el, name).map((part) => part.textContent!.replace(/\s+/g, ' ').trim());
}

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
