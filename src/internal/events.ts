// The events every bantin widget may send: bubbling, composed (they leave the shadow root), typed detail.
// A widget with its own events adds them to BantinEventMap by declaration merging:
//   declare module '../../internal/events.js' { interface BantinEventMap { 'bantin-x': { … } } }
// and to HTMLElementEventMap as below, so addEventListener is typed for it.
import type { Feed, FeedItem } from '../core/feed/model.js';

export interface BantinEventMap {
  /** A feed was loaded (or handed over through the `.feed` property) and rendered. */
  'bantin-load': { feed: Feed };
  /** Loading failed (a FeedError, usually); the widget shows the error, or the last good items as stale. */
  'bantin-error': { error: unknown };
  /** A reader chose an item. Cancelable: preventDefault() stops the link from navigating. */
  'bantin-item-select': { item: FeedItem };
}

export type BantinEventName = keyof BantinEventMap;
export type BantinEvent<K extends BantinEventName> = CustomEvent<BantinEventMap[K]>;

declare global {
  interface HTMLElementEventMap {
    'bantin-load': BantinEvent<'bantin-load'>;
    'bantin-error': BantinEvent<'bantin-error'>;
    'bantin-item-select': BantinEvent<'bantin-item-select'>;
  }
}

/** Dispatches a bantin event from `target`; returns false when a listener cancelled it. */
export function emit<K extends BantinEventName>(
  target: EventTarget,
  name: K,
  detail: BantinEventMap[K],
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}
