// What loadFeed needs for an XML feed (RSS, Atom, RDF) and for any feed in a legacy charset: the charset detection
// and the XML reader. One module, so that the built library fetches them as one lazy chunk (parse-on-demand.ts);
// a JSON Feed's reader is another (json-reader.ts), so an RSS page does not download it.
import type { Feed, ParseFeedOptions } from '../feed/model.js';
import { feedSyntax } from '../feed/syntax.js';
import { parseXml } from '../feed/xml.js';

export { decodeFeedBytes } from './decode.js';

/** parseFeed for XML; undefined when the text is JSON (json-reader.ts reads it). */
export function parseXmlFeed(text: string, options: ParseFeedOptions): Feed | undefined {
  const { start, timeZone, json } = feedSyntax(text, options);
  return json ? undefined : parseXml(text, start, options.url, timeZone);
}
