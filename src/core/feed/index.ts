export { parseFeed } from './parse.js';
export { FeedError } from './model.js';
export type { Feed, FeedItem, FeedImage, FeedEnclosure, FeedFormat, FeedErrorCode, ParseFeedOptions, LoadFeedOptions } from './model.js';
export {
  absolutizeHtml, authorName, decodeEntities, firstImage, htmlToText, parseDate, plainText, resolveUrl, stableId,
  uniqueCategories,
} from './normalize.js';
