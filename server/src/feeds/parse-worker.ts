// The parse worker: serialiseFeed with the default reader (rss-parser mapped onto the feed model), off the
// server's event loop, so that a 5 MB feed does not hold every other request back (parse-pool.ts runs it).
import { parentPort } from 'node:worker_threads';
import { rssParserToFeed } from './to-feed.js';
import { serialiseFeed, type SerialiseInput } from './serialise.js';
import { UpstreamError } from './upstream-error.js';

export interface ParseJob {
  id: number;
  input: SerialiseInput;
}

export type ParseAnswer = { id: number; body: Uint8Array } | { id: number; error: { code: UpstreamError['code']; message: string } };

parentPort!.on('message', async ({ id, input }: ParseJob) => {
  let answer: ParseAnswer;
  try {
    const body = await serialiseFeed(rssParserToFeed, input);
    answer = { id, body };
  } catch (error) {
    const known = error instanceof UpstreamError;
    answer = { id, error: { code: known ? error.code : 'upstream-not-a-feed', message: (error as Error)?.message ?? String(error) } };
  }
  parentPort!.postMessage(answer, 'body' in answer ? [answer.body.buffer as ArrayBuffer] : []);
});
