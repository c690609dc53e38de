// Wrong admin tokens, counted per client (clientIpKey: an IPv4 address, an IPv6 /64): after MAX_FAILURES in
// a minute, every admin request from there is refused (429) until the minute is over — the right token too,
// so that a guess cannot be told right. In this process's memory: each instance counts its own.
import { clientIpKey } from './ip-key.js';
import { rateLimited } from './rate-limit.js';

export const MAX_FAILURES = 10;
export const WINDOW_MS = 60_000;

export class TokenThrottle {
  private readonly windows = new Map<string, { startedAt: number; failures: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Throws 429 when `address` has had MAX_FAILURES wrong tokens in the current window. */
  check(address: string): void {
    const window = this.windows.get(this.key(address));
    if (!window || window.failures < MAX_FAILURES) return;
    const left = window.startedAt + WINDOW_MS - this.now();
    if (left > 0) throw rateLimited(left, 'wrong admin tokens');
  }

  /** Counts a wrong token from `address`. */
  fail(address: string): void {
    const now = this.now();
    for (const [key, window] of this.windows) if (window.startedAt + WINDOW_MS <= now) this.windows.delete(key);
    const key = this.key(address);
    const window = this.windows.get(key) ?? { startedAt: now, failures: 0 };
    window.failures++;
    this.windows.set(key, window);
  }

  private key(address: string): string {
    return clientIpKey(address) ?? address;
  }
}
