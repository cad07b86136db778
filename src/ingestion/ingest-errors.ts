/**
 * Whether a failed try may succeed if tried again. An error says it cannot by carrying
 * `retryable: false` (a refused or missing page, content that can never parse); anything else
 * (a dependency that did not answer, a timeout) is tried again up to the article's limit.
 */
export function isRetryableIngestError(err: Error): boolean {
  return (err as { retryable?: unknown }).retryable !== false;
}
