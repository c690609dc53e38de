// Whole pages in an iframe of a given size, for the layout shift of a page load: the page's HTML gets a script at
// the top of its head that records every layout shift and when each widget tag was defined, from the start.
import { waitUntil } from '@open-wc/testing';
import { WIDGET_TAGS } from '../../src/registry.js';
import type { LayoutShift } from './layout-shift.js';

export { WIDGET_TAGS };

interface Recorded {
  shifts: LayoutShift[];
  defined: Record<string, number>;
  /** A frame painted with a widget's element in the page (before or after it was defined). */
  painted?: number;
}

type FrameWindow = Window & { __bantinLoad?: Recorded };

const RECORDER = `<script>
  window.__bantinLoad = { shifts: [], defined: {} };
  new PerformanceObserver((list) => window.__bantinLoad.shifts.push(...list.getEntries())).observe({ type: 'layout-shift', buffered: true });
  const twoFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  for (const tag of ${JSON.stringify(WIDGET_TAGS)}) {
    customElements.whenDefined(tag).then(twoFrames).then(() => (window.__bantinLoad.defined[tag] = performance.now()));
  }
  const tick = () =>
    document.querySelector(${JSON.stringify(WIDGET_TAGS.join(', '))})
      ? requestAnimationFrame(() => (window.__bantinLoad.painted = performance.now()))
      : requestAnimationFrame(tick);
  requestAnimationFrame(tick);
</script>`;

export interface PageFrame {
  frame: HTMLIFrameElement;
  document: Document;
  /** The page's widgets, found so far. */
  widgets(): HTMLElement[];
  /** Layout shifts so far, not counting those right after input (none in these tests); `since` a time of the page. */
  shifts(since?: number): LayoutShift[];
  /** When each widget tag was defined and its first render laid out (two frames later), in the page's time. */
  defined(): Record<string, number>;
  /** When a frame with a widget's element in it had been painted, in the page's time. */
  painted(): number;
  remove(): void;
}

/** Loads `html` (a whole page; relative URLs resolve against `base`) in an iframe `width` × `height` CSS px. */
export async function loadPage(
  html: string,
  { width, height, base = location.href }: { width: number; height: number; base?: string },
): Promise<PageFrame> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `display:block;border:0;width:${width}px;height:${height}px`;
  const head = `<base href="${new URL(base, location.href).href}">${RECORDER}`;
  frame.srcdoc = /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (tag) => `${tag}${head}`) : `${head}${html}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  const doc = frame.contentDocument!;
  return {
    frame,
    document: doc,
    widgets: () => WIDGET_TAGS.flatMap((tag) => [...doc.querySelectorAll<HTMLElement>(tag)]),
    shifts: (since = 0) => (win.__bantinLoad?.shifts ?? []).filter((shift) => !shift.hadRecentInput && shift.startTime >= since),
    defined: () => ({ ...win.__bantinLoad?.defined }),
    painted: () => win.__bantinLoad?.painted ?? Infinity,
    remove: () => frame.remove(),
  };
}

/** True once the widget shows no skeleton (its feed or comments are in, or it says why not), a full article its text. */
function widgetSettled(el: HTMLElement): boolean {
  const root = el.shadowRoot;
  if (root === null || root.childElementCount === 0 || root.querySelector('.skeleton, .skeleton-line, [aria-busy="true"]') !== null) return false;
  return el.getAttribute('variant') !== 'full' || root.querySelector('[part~="title"]') === null || root.querySelector('.content') !== null;
}

/** Waits until every widget of the page is defined and settled, its pictures decoded, and a few frames painted. */
export async function pageSettled(page: PageFrame, timeout = 15000): Promise<void> {
  await waitUntil(() => page.widgets().length > 0 && page.widgets().every(widgetSettled), 'the page’s widgets did not load', { timeout });
  // Lazy pictures far below the fold never load: those are not waited for.
  const images = page.widgets().flatMap((el) => [...el.shadowRoot!.querySelectorAll('img')]);
  const inView = images.filter((img) => img.getBoundingClientRect().top < page.frame.clientHeight * 2);
  await Promise.all(inView.map((img) => img.decode().catch(() => {})));
  const win = page.frame.contentWindow!;
  for (let i = 0; i < 5; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve, 100));
}
