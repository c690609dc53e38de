// `bantin/core`: framework-free, side-effect-free — the feed engine, the weather bulletin reader and the
// comment rules and client. Runs in browsers, and in Node where no DOM is needed.
export * from './feed/index.js';
export * from './load/index.js';
export * from './weather/index.js';
export * from './comments/index.js';
export { foldText } from './fold.js';
export { safeLinkUrl, safeImageUrl } from './safe-url.js';
