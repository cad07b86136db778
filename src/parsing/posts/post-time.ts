// Exact post times decoded from platform ids (BigInt), and the choice between a decoded time and
// the date text printed in the embed.
import type { TimePrecision } from '../../domain/vocabulary';
import type { ParsedDate } from '../util/dates';

const MIN_MS = Date.UTC(2006, 2, 1); // nothing we decode predates Twitter
const MAX_FUTURE_MS = 400 * 24 * 3600 * 1000;

function plausible(ms: bigint): number | null {
  const n = Number(ms);
  if (!Number.isFinite(n) || n < MIN_MS || n > Date.now() + MAX_FUTURE_MS) return null;
  return n;
}

function digits(id: string | null | undefined): bigint | null {
  if (!id || !/^\d{1,20}$/.test(id)) return null;
  try {
    return BigInt(id);
  } catch {
    return null;
  }
}

export const TWITTER_EPOCH_MS = 1288834974657n;

/** X/Twitter snowflake: (id >> 22) + 1288834974657 is Unix ms. Ids before Nov 2010 carry no time. */
export function twitterIdToMs(id: string | null | undefined): number | null {
  const n = digits(id);
  if (n === null || n < 1n << 22n) return null;
  return plausible((n >> 22n) + TWITTER_EPOCH_MS);
}

/** Mastodon status id: id >> 16 is Unix ms. */
export function mastodonIdToMs(id: string | null | undefined): number | null {
  const n = digits(id);
  if (n === null) return null;
  return plausible(n >> 16n);
}

const TID_ALPHABET = '234567abcdefghijklmnopqrstuvwxyz';

/** Bluesky record key (TID, 13 chars base-32 sortable): value >> 10 is Unix µs. */
export function blueskyTidToMs(rkey: string | null | undefined): number | null {
  if (!rkey || !/^[2-7a-z]{13}$/.test(rkey)) return null;
  let n = 0n;
  for (const ch of rkey) n = n * 32n + BigInt(TID_ALPHABET.indexOf(ch));
  return plausible((n >> 10n) / 1000n);
}

const B64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const INSTAGRAM_EPOCH_MS = 1314220021721n;

/** Instagram/Threads shortcode → media id (base-64, URL alphabet). Long private codes: first 11 chars. */
export function shortcodeToMediaId(code: string | null | undefined): bigint | null {
  if (!code || !/^[A-Za-z0-9_-]+$/.test(code)) return null;
  const c = code.length > 12 ? code.slice(0, 11) : code;
  let n = 0n;
  for (const ch of c) n = n * 64n + BigInt(B64_ALPHABET.indexOf(ch));
  return n;
}

/** Instagram and Threads: (media id >> 23) + 1314220021721 is Unix ms. */
export function shortcodeToMs(code: string | null | undefined): number | null {
  const id = shortcodeToMediaId(code);
  if (id === null) return null;
  return plausible((id >> 23n) + INSTAGRAM_EPOCH_MS);
}

/** TikTok video id: id >> 32 is Unix seconds. */
export function tiktokIdToMs(id: string | null | undefined): number | null {
  const n = digits(id);
  if (n === null) return null;
  return plausible((n >> 32n) * 1000n);
}

export interface PostTime {
  postedAt: string | null;
  postedAtPrecision: TimePrecision | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO with an explicit offset (minutes east of UTC), the same instant as `ms`. */
function isoWithOffset(ms: number, offsetMin: number): string {
  const local = new Date(ms + offsetMin * 60000).toISOString().slice(0, 23);
  if (offsetMin === 0) return local + 'Z';
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  return `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * The best time for a post: the id's exact time (precision "ms") when it decodes, else the embed's
 * printed date ("minute"/"day"), else null.
 *
 * The printed date is the day a reader saw, in the embedder's time zone. When the decoded instant
 * falls on another UTC day than the printed one (a post late in the evening in America, say), the
 * instant is written with the smallest whole-hour offset (−12…+14) under which it falls on the
 * printed day: the same instant, expressed in a zone consistent with what the embed shows.
 */
export function resolvePostTime(decodedMs: number | null, printed: ParsedDate | null): PostTime {
  if (decodedMs !== null) {
    const utc = new Date(decodedMs).toISOString();
    if (!printed || utc.slice(0, 10) === printed.day)
      return { postedAt: utc, postedAtPrecision: 'ms' };
    // the embed printed a time: its offset from the decoded instant is the reader's zone
    const offset =
      printed.offsetMinutes ??
      (printed.localMs !== undefined
        ? Math.round((printed.localMs - decodedMs) / 60000 / 15) * 15
        : undefined);
    if (offset !== undefined && Math.abs(offset) <= 14 * 60) {
      const iso = isoWithOffset(decodedMs, offset);
      if (iso.slice(0, 10) === printed.day) return { postedAt: iso, postedAtPrecision: 'ms' };
    }
    const candidates: number[] = [];
    for (let h = 0; h <= 14; h++) candidates.push(h, -h);
    for (const h of candidates) {
      if (h < -12) continue;
      const iso = isoWithOffset(decodedMs, h * 60);
      if (iso.slice(0, 10) === printed.day) return { postedAt: iso, postedAtPrecision: 'ms' };
    }
    // The printed day is more than a time zone away: trust the id, it cannot be mistyped.
    return { postedAt: utc, postedAtPrecision: 'ms' };
  }
  if (printed) return { postedAt: printed.iso, postedAtPrecision: printed.precision };
  return { postedAt: null, postedAtPrecision: null };
}
