export { parseBulletin } from './parse-bulletin.js';
export { HAZARDS } from './types.js';
export { bulletinText, readItemBulletin } from './item.js';
export type { Bulletin, Hazard, ItemBulletin, Range, WindZone } from './types.js';
