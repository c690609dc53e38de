// What loadFeed needs for any feed but the widget server's JSON: the charset detection and parseFeed's readers. One
// module, so that the built library fetches them as one lazy chunk (parse-on-demand.ts).
export { decodeFeedBytes } from './decode.js';
export { parseFeed } from '../feed/parse.js';
