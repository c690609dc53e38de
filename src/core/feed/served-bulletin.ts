import type { ItemBulletin } from '../weather/types.js';

/**
 * An item's `_bantin.bulletin` as the widget server writes it, or undefined: an object with a `text` string, a
 * `fromContent` boolean and a `hazards` list. The rest is not checked here: the weather widget shows only what it
 * recognises, as it does for a bulletin a page hands over.
 */
export function servedBulletin(value: unknown): ItemBulletin | undefined {
  const b = value as Partial<ItemBulletin> | null;
  return typeof b === 'object' && b !== null && typeof b.text === 'string' && typeof b.fromContent === 'boolean' && Array.isArray(b.hazards)
    ? (b as ItemBulletin)
    : undefined;
}
