// Server-rendered test pages (test/support/ssr-middleware.mjs) in frames: without JavaScript, or with bantin.js so
// the widget hydrates; and what the hydrating page asked the network for.
import { loadPage, type PageFrame } from '../support/page-frame.js';

export type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const frames: (PageFrame | HTMLIFrameElement)[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** A paragraph after the widget: it moves if the widget's height changes when it hydrates. */
const AFTER = '<p id="after">Đoạn văn sau tiện ích.</p>';

/** The server-rendered page `/ssr/<tag>?<query>` in a frame where scripts cannot run. */
export async function withoutJavaScript(tag: string, query: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.sandbox.add('allow-same-origin');
  frame.style.cssText = 'width:800px;height:900px;border:0';
  frame.src = `/ssr/${tag}?${query}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentDocument!;
}

/** The page's HTML as the server renders it. */
export async function serverHtml(tag: string, query: string): Promise<string> {
  const response = await fetch(`/ssr/${tag}?${query}`);
  if (!response.ok) throw new Error(`/ssr/${tag}: ${response.status} ${await response.text()}`);
  return response.text();
}

/**
 * The server-rendered page with bantin.js, which arrives 400 ms after the HTML (test/support/portal-middleware.mjs),
 * and a paragraph after the widget. Every request the page makes is kept in its resource timing.
 */
export async function withJavaScript(tag: string, query: string): Promise<{ page: PageFrame; widget: Widget }> {
  const html = (await serverHtml(tag, query))
    .replace(
      '</head>',
      '<script>performance.setResourceTimingBufferSize(100000)</script><script type="module" src="/bantin/bantin.js"></script></head>',
    )
    .replace('</body>', `${AFTER}</body>`);
  const page = await loadPage(html, { width: 800, height: 900 });
  frames.push(page);
  return { page, widget: page.document.querySelector<Widget>(tag)! };
}

/** Waits until the widget is defined (it hydrates then) and its updates are done. */
export async function hydrated(page: PageFrame, widget: Widget): Promise<void> {
  await page.frame.contentWindow!.customElements.whenDefined(widget.localName);
  while (!(await widget.updateComplete));
}

/** The paths of the requests the page's scripts made with fetch (feeds, comments, the comments server's rules). */
export function fetched(page: PageFrame): string[] {
  return page.frame
    .contentWindow!.performance.getEntriesByType('resource')
    .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'fetch')
    .map((entry) => new URL(entry.name).pathname);
}

/** Whether the page downloaded DOMPurify (its chunk, from the sources: node_modules/dompurify). */
export function loadedPurify(page: PageFrame): boolean {
  return page.frame.contentWindow!.performance.getEntriesByType('resource').some((entry) => entry.name.includes('dompurify'));
}

/** Text with its white space squashed. */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
