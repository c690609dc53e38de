/** Why an upstream feed could not be fetched; each code maps to one HTTP answer of the proxy. */
export type UpstreamErrorCode =
  | 'url-invalid'
  | 'url-not-allowed'
  | 'port-not-allowed'
  | 'address-blocked'
  | 'too-many-redirects'
  | 'upstream-http'
  | 'upstream-timeout'
  | 'upstream-too-large'
  | 'upstream-content-type'
  | 'upstream-network'
  | 'upstream-not-a-feed';

export class UpstreamError extends Error {
  readonly code: UpstreamErrorCode;
  /** The upstream's HTTP status, for 'upstream-http'. */
  readonly upstreamStatus?: number;

  constructor(code: UpstreamErrorCode, message: string, options: { upstreamStatus?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'UpstreamError';
    this.code = code;
    if (options.upstreamStatus !== undefined) this.upstreamStatus = options.upstreamStatus;
  }
}
