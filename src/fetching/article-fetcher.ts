import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import type { AppConfig } from '../config/app-config';
import type { ArticleFormat } from '../parsing/parsed-article';
import { addressRefusal, ipLiteralHost } from './address-policy';
import { FetchError, isTransientNetworkError } from './fetch-error';

export interface FetchedArticle {
  format: ArticleFormat;
  content: string;
  /** The URL after redirects. */
  finalUrl: string;
}

export interface FetchPolicy {
  /** For the whole fetch: every redirect and the body. */
  timeoutMs: number;
  /** Largest body, counted after decompression. */
  maxBytes: number;
  maxRedirects: number;
  /** Private ranges (CIDR) reachable anyway: for tests serving pages on 127.0.0.1, never deployed. */
  allowedPrivateRanges: readonly string[];
}

export function fetchPolicy(config: AppConfig): FetchPolicy {
  return {
    timeoutMs: config.fetchTimeoutMs,
    maxBytes: config.fetchMaxBytes,
    maxRedirects: config.fetchMaxRedirects,
    allowedPrivateRanges: config.fetchAllowedPrivateRanges,
  };
}

const USER_AGENT = 'PostProvenanceTracker/0.1 (+newsroom verification)';

/**
 * Fetches an article page without letting it reach inside the network: http(s) only, every hop's
 * address checked after DNS resolution at connect time (so a name cannot resolve to a public
 * address when checked and a private one when used), redirects followed by hand and each checked,
 * one deadline for everything, the body capped after decompression, HTML or plain text only.
 */
export async function fetchArticle(url: string, policy: FetchPolicy): Promise<FetchedArticle> {
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), policy.timeoutMs);
  try {
    return await followRedirects(url, policy, deadline.signal);
  } catch (err) {
    if (deadline.signal.aborted)
      throw new FetchError(`fetching ${url} timed out after ${policy.timeoutMs} ms`, true);
    throw asFetchError(err, url);
  } finally {
    clearTimeout(timer);
  }
}

async function followRedirects(
  url: string,
  policy: FetchPolicy,
  signal: AbortSignal,
): Promise<FetchedArticle> {
  let target = checkedTarget(url, policy);
  for (let redirects = 0; ; redirects++) {
    const response = await open(target, policy, signal);
    const location = redirectLocation(response, target);
    if (location === null) return readArticle(response, target, policy);
    response.resume();
    if (redirects >= policy.maxRedirects)
      throw new FetchError(
        `refused ${url}: more than ${policy.maxRedirects} redirects (stopped at ${target.href})`,
        false,
      );
    target = checkedTarget(location, policy);
  }
}

/** The URL if it may be requested: http(s), and not a refused address when written as an IP. */
function checkedTarget(url: string, policy: FetchPolicy): URL {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw new FetchError(`refused "${url.slice(0, 200)}": not a valid URL`, false);
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:')
    throw new FetchError(`refused ${target.href}: only http and https URLs are fetched`, false);
  // The URL parser has already turned 2130706433, 0x7f000001, 0177.0.0.1 and 127.1 into
  // 127.0.0.1; a literal address is never looked up, so it is checked here.
  const literal = ipLiteralHost(target.hostname);
  const refusal = literal ? addressRefusal(literal, policy.allowedPrivateRanges) : null;
  if (refusal) throw new FetchError(`refused ${target.href}: ${refusal}`, false);
  return target;
}

/** Resolves like dns.lookup, but fails when any address of the name is refused. */
const guardedLookup =
  (allowedRanges: readonly string[]): LookupFunction =>
  (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 0);
      const refusal = addresses
        .map((a) => addressRefusal(a.address, allowedRanges))
        .find((r) => r !== null);
      if (refusal || !addresses.length) {
        const reason = refusal ?? 'no address';
        return callback(new FetchError(`refused ${hostname}: ${reason}`, false), '', 0);
      }
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };

function open(target: URL, policy: FetchPolicy, signal: AbortSignal): Promise<IncomingMessage> {
  const transport = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = transport.request(
      target,
      {
        agent: false,
        signal,
        lookup: guardedLookup(policy.allowedPrivateRanges),
        headers: {
          'user-agent': USER_AGENT,
          accept: 'text/html,application/xhtml+xml,text/plain;q=0.9',
          'accept-encoding': 'gzip, deflate, br',
        },
      },
      resolve,
    );
    request.on('error', reject);
    request.end();
  });
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

function redirectLocation(response: IncomingMessage, from: URL): string | null {
  if (!REDIRECT_STATUSES.has(response.statusCode ?? 0)) return null;
  const location = response.headers.location;
  response.resume();
  if (!location)
    throw new FetchError(`refused ${from.href}: a redirect without a Location header`, false);
  try {
    return new URL(location, from).href;
  } catch {
    throw new FetchError(`refused ${from.href}: it redirects to an invalid URL`, false);
  }
}

/** Statuses that describe a passing condition: the same request may succeed later. */
const RETRYABLE_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);

async function readArticle(
  response: IncomingMessage,
  target: URL,
  policy: FetchPolicy,
): Promise<FetchedArticle> {
  const status = response.statusCode ?? 0;
  if (status < 200 || status > 299) {
    response.resume();
    const retryable = RETRYABLE_STATUSES.has(status) || status >= 500;
    throw new FetchError(`fetching ${target.href} failed: HTTP ${status}`, retryable);
  }
  const contentType = parseContentType(response.headers['content-type']);
  const format = formatOf(contentType.mime);
  if (!format) {
    response.destroy();
    const shown = contentType.mime || 'none given';
    throw new FetchError(
      `refused ${target.href}: content type ${shown} is not HTML or plain text`,
      false,
    );
  }
  const bytes = await readCapped(response, target, policy.maxBytes);
  return { format, content: decodeText(bytes, contentType.charset), finalUrl: target.href };
}

function parseContentType(header: string | undefined): { mime: string; charset: string | null } {
  const [mime = '', ...params] = (header ?? '').split(';');
  const charset = params
    .map((p) => p.trim().match(/^charset\s*=\s*"?([^";\s]+)"?$/i)?.[1] ?? null)
    .find((c) => c !== null);
  return { mime: mime.trim().toLowerCase(), charset: charset ?? null };
}

const FORMAT_BY_MIME: Record<string, ArticleFormat> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
};

function formatOf(mime: string): ArticleFormat | null {
  return Object.hasOwn(FORMAT_BY_MIME, mime) ? FORMAT_BY_MIME[mime] : null;
}

function decoderFor(
  encoding: string,
  target: URL,
): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | null {
  switch (encoding) {
    case '':
    case 'identity':
      return null;
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      return zlib.createInflate();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      throw new FetchError(`refused ${target.href}: unknown content encoding ${encoding}`, false);
  }
}

/** Reads the body, decompressed, failing as soon as it passes `maxBytes` (a zip bomb stops there). */
async function readCapped(
  response: IncomingMessage,
  target: URL,
  maxBytes: number,
): Promise<Buffer> {
  const tooLarge = () =>
    new FetchError(`refused ${target.href}: the page is over the ${maxBytes}-byte limit`, false);
  const encoding = String(response.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  const declared = Number(response.headers['content-length']);
  if (!encoding && declared > maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  const decoder = decoderFor(encoding, target);
  const body: Readable = decoder ? response.pipe(decoder) : response;
  if (decoder) response.on('error', (err) => decoder.destroy(err));
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of body) {
      total += (chunk as Buffer).byteLength;
      if (total > maxBytes) throw tooLarge();
      chunks.push(chunk as Buffer);
    }
  } catch (err) {
    response.destroy();
    decoder?.destroy();
    if (err instanceof FetchError || !decoder || response.errored) throw err;
    throw new FetchError(`refused ${target.href}: the ${encoding} body is corrupt`, false);
  }
  return Buffer.concat(chunks);
}

function decodeText(bytes: Buffer, charset: string | null): string {
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    // an unknown charset label: read it as UTF-8 (bad bytes become U+FFFD, never an error)
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function asFetchError(err: unknown, url: string): FetchError {
  if (err instanceof FetchError) return err;
  const message = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: string }).code;
  if (code === 'ENOTFOUND') return new FetchError(`fetching ${url} failed: no such host`, false);
  return new FetchError(`fetching ${url} failed: ${message}`, isTransientNetworkError(err));
}
