/**
 * A URL that could not be fetched. `retryable` says whether trying again later may succeed
 * (a timeout, a reset connection, a 5xx or 429 answer); a refusal (a private address, a 404, a bad
 * URL, a wrong content type, a page over the limit) never will, so the job is not tried again.
 */
export class FetchError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

/** Whether an ingest failure may pass on a later try. Only fetch refusals are known not to. */
export function isRetryable(err: unknown): boolean {
  return !(err instanceof FetchError) || err.retryable;
}

/** Network error codes that describe a passing condition rather than a wrong address. */
const TRANSIENT_NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
]);

export function isTransientNetworkError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && TRANSIENT_NETWORK_CODES.has(code);
}
