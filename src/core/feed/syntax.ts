// What every feed text gets before its reader: the size cap, a valid time zone, and where its syntax starts.
import { zoneFormat } from './dates.js';
import { DEFAULT_MAX_LENGTH, DEFAULT_TIME_ZONE, FeedError, type ParseFeedOptions } from './model.js';

/** Where the feed's syntax starts (its first '<' or '{') and the time zone of its zone-less dates. Throws FeedError. */
export function feedSyntax(text: string, options: ParseFeedOptions): { start: number; timeZone: string; json: boolean } {
  const max = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (text.length > max) throw new FeedError('too-large', `The feed is too large: ${text.length} characters, more than the limit of ${max}.`);
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  zoneFormat(timeZone);
  const start = text.search(/[^\s\ufeff\0-\x1f]/);
  if (start < 0) throw new FeedError('not-a-feed', 'The feed is empty.');
  if (text[start] !== '{' && text[start] !== '<') throw new FeedError('not-a-feed', 'This is neither XML nor JSON, so it is not a feed.');
  return { start, timeZone, json: text[start] === '{' };
}
