// Measuring layout shift in the widget tests: a PerformanceObserver for 'layout-shift' around an action.
import { nextFrame } from '@open-wc/testing';

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
