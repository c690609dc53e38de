// A JSON Feed that is not the widget server's (parse-on-demand.ts reads that one without any chunk): a lazy chunk.
import { parseJsonFeed } from '../feed/json.js';
import type { Feed, ParseFeedOptions } from '../feed/model.js';
import { feedSyntax } from '../feed/syntax.js';

/** parseFeed for a text that starts as JSON. */
export function parseJsonText(text: string, options: ParseFeedOptions): Feed {
  const { start, timeZone } = feedSyntax(text, options);
  return parseJsonFeed(text.slice(start), options.url, timeZone);
}
