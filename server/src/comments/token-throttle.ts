// Wrong admin tokens, counted per client (clientIpKey: an IPv4 address, an IPv6 /64): after MAX_FAILURES in
// a minute, every admin request from there is refused (429) until the minute is over — the right token too,
// so that a guess cannot be told right. In this process's memory: each instance counts its own.
import { ApiError } from '../errors.js';
import { clientIpKey } from './ip-key.js';

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
    if (left <= 0) return;
    const seconds = Math.ceil(left / 1000);
    throw new ApiError(429, 'rate-limited', `Too many wrong admin tokens from this address; try again in ${seconds} s`, {
      headers: { 'Retry-After': String(seconds) },
      extra: { retryAfterSeconds: seconds },
    });
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
