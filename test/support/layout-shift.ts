// Measuring layout shift in the widget tests: a PerformanceObserver for 'layout-shift' around an action.
import { fixture, html, nextFrame } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';

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

/** The Cumulative Layout Shift score of these shifts (all in one session window in these short tests). */
export function cls(shifts: readonly LayoutShift[]): number {
  return shifts.reduce((sum, shift) => sum + shift.value, 0);
}

export interface LoadMeasure {
  /** The widget's height while its skeleton was painted, and once loaded, in px. */
  skeleton: number;
  loaded: number;
  /** How far the paragraph below the widget moved between the two, in px. */
  belowMoved: number;
  /** Layout shifts from the painted skeleton to the loaded widget (images decoded). */
  shifts: LayoutShift[];
}

type Widget = HTMLElement & { updateComplete?: Promise<unknown> };

/**
 * Puts `widget` between two paragraphs in a box `width` px wide, waits until its skeleton is painted (`loading`
 * says it is), then until `loaded`, and measures what moved. The viewport must be tall enough to show the
 * paragraph below, or its shifts are not reported.
 */
export async function measureLoad<T extends Widget>(
  widget: T,
  width: number,
  { loading, loaded }: { loading: (el: T) => boolean; loaded: (el: T) => Promise<void> },
): Promise<LoadMeasure> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}>
    <p>Đoạn phía trên.</p>
    ${widget}
    <p>Đoạn phía dưới: không được xê dịch khi tin về.</p>
  </div>`);
  const below = wrapper.lastElementChild!;
  await widget.updateComplete;
  await nextFrame();
  await nextFrame();
  if (!loading(widget)) throw new Error('the widget showed no skeleton: nothing to measure');
  const skeleton = widget.getBoundingClientRect().height;
  const belowBefore = below.getBoundingClientRect().top;
  const shifts = await shiftsDuring(async () => {
    await loaded(widget);
    await Promise.all([...(widget.shadowRoot?.querySelectorAll('img') ?? [])].map((img) => img.decode().catch(() => {})));
  });
  return { skeleton, loaded: widget.getBoundingClientRect().height, belowMoved: below.getBoundingClientRect().top - belowBefore, shifts };
}

/**
 * A viewport tall enough to show what is below a long widget (shifts out of view are not reported). A resize
 * counts as recent input for a moment, which would hide the shifts that follow: wait it out.
 */
export async function tallViewport(width = 1100, height = 2400): Promise<void> {
  await setViewport({ width, height });
  await new Promise((resolve) => setTimeout(resolve, 600));
}
