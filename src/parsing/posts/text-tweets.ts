// Tweets that survive as plain text (copied articles, text extractions of embeds):
//   "… pic.twitter.com/x — Display Name (@handle) January 6, 2022"
// Finds each signature in a paragraph, works out where the tweet's text starts, and returns the
// posts plus the paragraph's article text with the tweets cut out.
import type { ParsedPost } from '../parsed-article';
import { MONTH_NAME, parseDateText } from '../util/dates';
import { tweetLength } from '../util/text';
import { buildPost } from './post-builder';
import { resolvePostTime, twitterIdToMs } from './post-time';
import { HANDLE, parseStatusUrl, tweetUrl } from './twitter';

const DATE = `(?:(?:\\d{1,2}:\\d{2}\\s*[AaPp]\\.?[Mm]\\.?\\s*[·•]\\s*)?${MONTH_NAME}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH_NAME}\\.?,?\\s+\\d{4})`;
const STATUS = `(?:https?:\\/\\/)?(?:www\\.|mobile\\.)?(?:twitter|x)\\.com\\/${HANDLE}\\/status(?:es)?\\/\\d{5,20}[^\\s)]*`;

/**
 * dash, name (no dashes or brackets, ≤ 80 chars), (@handle), then a date and/or a status link.
 * Hyphen dashes only count when spaced (" - ", " -- "), so "Jean-Pierre" stays whole.
 */
const SIGNATURE_RE = new RegExp(
  `(?:[—―–]|(?<=\\s)-{1,2}(?=\\s))\\s*([^—―–()\\n]{1,80}?)\\s*\\(\\s*@(${HANDLE})\\s*\\)` +
    `(?:\\s*(${DATE}))?(?:\\s*\\(?\\s*(${STATUS})\\s*\\)?)?`,
  'g',
);

export interface TextTweetResult {
  posts: { post: ParsedPost; start: number }[];
  /** The paragraph with the tweets removed (may be empty). */
  rest: string;
}

const BOUNDARY_RE = /[.!?…]["”’)]?\s+(?=["“‘(]?[A-Z0-9#@«])/g;

/** Where a tweet that ends at `end` starts, searching back to `from`. */
function tweetStart(para: string, from: number, end: number): number {
  const segment = para.slice(from, end);
  // a little slack over 280: counting rules changed over the years, and cutting a real tweet in two
  // would put its figures in the article's body
  if (tweetLength(segment.trim()) <= 300) return from;
  const boundaries: number[] = [];
  for (const m of segment.matchAll(BOUNDARY_RE)) boundaries.push(m.index! + m[0].length);
  for (const b of boundaries) {
    if (tweetLength(segment.slice(b).trim()) <= 280) return from + b;
  }
  return boundaries.length ? from + boundaries[boundaries.length - 1] : from;
}

export function findTextTweets(para: string): TextTweetResult {
  const found: { post: ParsedPost; start: number }[] = [];
  const keep: string[] = [];
  let cursor = 0;
  SIGNATURE_RE.lastIndex = 0;
  // a signature holds "(@handle)": a paragraph with no "@" (most) has none to look for
  for (const m of para.includes('@') ? para.matchAll(SIGNATURE_RE) : []) {
    const [whole, rawName, handle, dateText, statusUrl] = m;
    const sigStart = m.index!;
    const sigEnd = sigStart + whole.length;
    // A signature needs a date or a status link, unless it closes the paragraph.
    if (!dateText && !statusUrl && para.slice(sigEnd).trim() !== '') continue;
    const start = tweetStart(para, cursor, sigStart);
    keep.push(para.slice(cursor, start));
    const text = para.slice(start, sigStart).trim();
    const status = statusUrl
      ? parseStatusUrl(statusUrl.startsWith('http') ? statusUrl : 'https://' + statusUrl)
      : null;
    const printed = parseDateText(dateText ?? null);
    const time = resolvePostTime(twitterIdToMs(status?.id), printed);
    found.push({
      start,
      post: buildPost({
        platform: 'twitter',
        externalId: status?.id ?? null,
        url: status ? tweetUrl(handle, status.id) : null,
        authorName: rawName.trim().replace(/^["“]|["”]$/g, '') || null,
        handle,
        ...time,
        text,
        media: (text.match(/pic\.twitter\.com\/\w+/g) ?? []).map((x) => 'https://' + x),
        markup: para.slice(start, sigEnd),
      }),
    });
    cursor = sigEnd;
  }
  keep.push(para.slice(cursor));
  return {
    posts: found,
    rest: keep
      .join(' ')
      .replace(/\s{2,}/g, ' ')
      .trim(),
  };
}
