export { parseFeed } from './parse.js';
export { FeedError } from './model.js';
export type { Feed, FeedItem, FeedImage, FeedEnclosure, FeedFormat, FeedErrorCode, ParseFeedOptions, LoadFeedOptions } from './model.js';
export {
  absolutizeHtml, authorName, decodeEntities, firstImage, htmlToText, parseDate, plainText, resolveUrl, stableId,
  uniqueCategories,
} from './normalize.js';
// Building blocks for another reader that wants the same model (the widget server's rss-parser adapter): an item
// or feed in progress (`Entry`) is filled field by field, then finished with the same rules parseFeed applies.
export { newEntry, addEnclosure, finishFeed, finishItem, type Entry } from './entry.js';
export { DEFAULT_TIME_ZONE } from './dates.js';
export { image, size } from './normalize.js';
