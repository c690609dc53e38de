// Measuring layout shift in the widget tests: a PerformanceObserver for 'layout-shift' around an action.
import { fixture, html, nextFrame } from '@open-wc/testing';

export interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

/** Layout shifts while `action` runs and the page paints afterwards. */
export async function shiftsDuring(action: () => Promise<void>): Promise<LayoutShift[]> {
  const entries: LayoutShift[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...(list.getEntries() as LayoutShift[])));
  observer.observe({ type: 'layout-shift' });
  try {
    await action();
    for (let frame = 0; frame < 5; frame++) await nextFrame();
    entries.push(...(observer.takeRecords() as LayoutShift[]));
  } finally {
    observer.disconnect();
  }
  return entries.filter((entry) => !entry.hadRecentInput);
}

/** An action that surely shifts layout (a block pushed in above a paragraph): proves the measurement works. */
export async function pushParagraphDown(): Promise<void> {
  const wrapper = await fixture<HTMLDivElement>(html`<div><p>a</p><p id="below">b</p></div>`);
  await nextFrame();
  await nextFrame();
  const pusher = document.createElement('div');
  pusher.style.height = '120px';
  wrapper.insertBefore(pusher, wrapper.querySelector('#below'));
}
