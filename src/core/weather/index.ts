export { parseBulletin } from './parse-bulletin.js';
export { HAZARDS } from './types.js';
export type { Bulletin, Hazard, Range } from './types.js';
