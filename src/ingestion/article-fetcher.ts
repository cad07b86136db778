import type { ArticleFormat } from '../parsing/parsed-article';

export interface FetchedArticle {
  format: ArticleFormat;
  content: string;
  /** The URL after redirects. */
  finalUrl: string;
}

export class FetchError extends Error {}

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

/** Fetches an article: http(s) only, with a timeout and a size cap. */
export async function fetchArticle(url: string, limits: FetchLimits): Promise<FetchedArticle> {
  const target = new URL(url);
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw new FetchError(`only http and https URLs can be fetched, not ${target.protocol}`);
  }
  let response: Response;
  try {
    response = await fetch(target, {
      redirect: 'follow',
      signal: AbortSignal.timeout(limits.timeoutMs),
      headers: { accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1' },
    });
  } catch (err) {
    const reason =
      (err as Error).name === 'TimeoutError'
        ? `timed out after ${limits.timeoutMs} ms`
        : (err as Error).message;
    throw new FetchError(`fetching ${url} failed: ${reason}`);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new FetchError(`fetching ${url} failed: HTTP ${response.status}`);
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > limits.maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new FetchError(
      `fetching ${url} failed: ${declared} bytes is over the ${limits.maxBytes}-byte limit`,
    );
  }
  const content = await readCapped(response, limits.maxBytes, url);
  const type = response.headers.get('content-type') ?? '';
  const format: ArticleFormat = /text\/plain/i.test(type) ? 'text' : 'html';
  return { format, content, finalUrl: response.url || url };
}

async function readCapped(response: Response, maxBytes: number, url: string): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new FetchError(`fetching ${url} failed: over the ${maxBytes}-byte limit`);
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}
