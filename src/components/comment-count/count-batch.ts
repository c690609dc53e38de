// Every <bantin-comment-count> on a page asks through here, and they share requests: the threads asked for
// within a frame go out together, one request per endpoint (split every MAX_COUNT_THREADS threads), and a thread
// already on its way is not asked for twice. Once answered, a thread is asked for afresh by the next element
// (the server's short caching spares it).
import { MAX_COUNT_THREADS, countComments, countThreads } from '../../core/comments/index.js';

interface Waiter {
  resolve(count: number): void;
  reject(error: unknown): void;
}

/** endpoint → thread → its waiter, until the frame ends. */
let queued = new Map<string, Map<string, Waiter>>();
/** `endpoint \n thread` → its count on its way. */
const asked = new Map<string, Promise<number>>();
let flushScheduled = false;

/** After the frame (rendering pages add their elements over several tasks); a hidden tab, which gets no frames, after 100 ms. */
function afterFrame(run: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  requestAnimationFrame(once);
  setTimeout(once, 100);
}

function flush(): void {
  flushScheduled = false;
  const batches = queued;
  queued = new Map();
  for (const [endpoint, waiting] of batches) {
    const threads = [...waiting.keys()];
    for (let start = 0; start < threads.length; start += MAX_COUNT_THREADS) {
      const chunk = threads.slice(start, start + MAX_COUNT_THREADS);
      countThreads(endpoint, chunk).then(
        (counts) => chunk.forEach((thread) => waiting.get(thread)!.resolve(counts[thread] ?? 0)),
        (error: unknown) => chunk.forEach((thread) => waiting.get(thread)!.reject(error)),
      );
    }
  }
}

/** The number of approved comments of `thread` at `endpoint` (the comments API base), asked with the others of this frame. */
export function requestCount(endpoint: string, thread: string): Promise<number> {
  const base = endpoint.trim().replace(/\/+$/, '');
  const key = `${base}\n${thread}`;
  let count = asked.get(key);
  if (count) return count;
  // /counts separates threads with commas, so a thread id with one in it is asked for on its own.
  if (thread.includes(',')) return countComments(base, thread);
  count = new Promise<number>((resolve, reject) => {
    let waiting = queued.get(base);
    if (!waiting) queued.set(base, (waiting = new Map()));
    waiting.set(thread, { resolve, reject });
  });
  asked.set(key, count);
  const forget = () => asked.delete(key);
  count.then(forget, forget);
  if (!flushScheduled) {
    flushScheduled = true;
    afterFrame(flush);
  }
  return count;
}
