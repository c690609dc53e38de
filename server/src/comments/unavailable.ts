// "The comments database cannot be used right now": 503 unavailable with Retry-After, the one answer every
// comment and admin route gives while the database is unreachable, restarting or overloaded. It is an
// ApiError, so it reaches the client through the server's error handler like any other.
import { ApiError } from '../errors.js';

/** What Retry-After says while the database is away: long enough for a restart, short enough to feel live. */
export const RETRY_AFTER_SECONDS = 5;

export class StoreUnavailableError extends ApiError {
  constructor(message = 'The comments database is unavailable; please try again shortly', options: { cause?: unknown } = {}) {
    super(503, 'unavailable', message, {
      headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) },
      extra: { retryAfterSeconds: RETRY_AFTER_SECONDS },
    });
    this.name = 'StoreUnavailableError';
    if (options.cause !== undefined) this.cause = options.cause;
  }
}
