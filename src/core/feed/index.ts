// The feed engine of `bantin/core` (contract: docs/feed-model.md).
export { parseFeed } from './parse.js';
export { FeedError } from './model.js';
export type { Feed, FeedItem, FeedImage, FeedEnclosure, FeedFormat, FeedErrorCode, ParseFeedOptions, LoadFeedOptions } from './model.js';
// The normalisation rules, as pure string functions.
export {
  absolutizeHtml,
  authorName,
  decodeEntities,
  firstImage,
  htmlToText,
  image,
  plainText,
  resolveUrl,
  size,
  stableId,
  uniqueCategories,
} from './normalize.js';
export { parseDate } from './dates.js';
export { DEFAULT_TIME_ZONE } from './model.js';
// Building blocks for another XML reader that wants the same model (the widget server's rss-parser adapter):
// which element is which field, and how a field is applied to an item or feed in progress (`Entry`), which is
// then finished with the same rules parseFeed applies (docs/feed-model.md#building-blocks-for-other-readers).
export {
  AUTHOR_FIELDS,
  CONTAINERS,
  ENTRY_FIELDS,
  IMAGE_PARTS,
  elementBase,
  finishChannelImage,
  opens,
  readField,
  readImagePart,
  readMedia,
} from './fields.js';
export type { ChannelImage, Container, Field, FieldReader, ImagePart } from './fields.js';
export { newEntry, addEnclosure, finishFeed, finishItem, type Entry } from './entry.js';
