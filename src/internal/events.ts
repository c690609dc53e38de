// The events every bantin widget may send: bubbling, composed (they leave the shadow root), typed detail.
// A widget with its own events adds them to BantinEventMap by declaration merging, and addEventListener
// on elements, document and window knows them:
//   declare module '../../internal/events.js' { interface BantinEventMap { 'bantin-x': { … } } }
import type { Feed, FeedItem } from '../core/feed/model.js';

export interface BantinEventMap {
  /** A feed was loaded (or handed over through the `.feed` property) and rendered. */
  'bantin-load': { feed: Feed };
  /**
   * Loading failed (a FeedError, usually); the widget shows the reader a plain notice, or the last good items as
   * stale. The error's message and `hint` (what the page's developer can do, in English) are for developers.
   */
  'bantin-error': { error: unknown; hint?: string };
  /** A reader chose an item. Cancelable: preventDefault() stops the link from navigating. */
  'bantin-item-select': { item: FeedItem };
}

export type BantinEventName = keyof BantinEventMap;
export type BantinEvent<K extends BantinEventName> = CustomEvent<BantinEventMap[K]>;

/** Every bantin event by name, as addEventListener sees it. Grows with BantinEventMap. */
export type BantinEvents = { [K in BantinEventName]: BantinEvent<K> };

// The events bubble and are composed: typed on elements, and on document and window where hosts often listen.
declare global {
  interface HTMLElementEventMap extends BantinEvents {}
  interface DocumentEventMap extends BantinEvents {}
  interface WindowEventMap extends BantinEvents {}
}

/** Dispatches a bantin event from `target`; returns false when a listener cancelled it. */
export function emit<K extends BantinEventName>(
  target: EventTarget,
  name: K,
  detail: BantinEventMap[K],
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
}

/**
 * Announces that a reader followed an item's link (bantin-item-select); when a listener cancels it, the
 * link does not navigate. Clicks with a modifier (new tab, new window) or another button are left alone.
 */
export function selectItem(target: EventTarget, event: MouseEvent, item: FeedItem | undefined): void {
  if (!item || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  if (!emit(target, 'bantin-item-select', { item }, { cancelable: true })) event.preventDefault();
}
