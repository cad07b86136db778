// X/Twitter embeds: blockquote.twitter-tweet / .twitter-video (publish.twitter.com markup), the rendered
// widget (div.twitter-tweet-rendered or iframe with data-tweet-id / platform.twitter.com/embed/Tweet.html?id=),
// CMS wrappers with a bare status link, and unclassed blockquotes carrying the tweet signature.
import { parseDateText } from '../util/dates';
import {
  anchors,
  attr,
  classes,
  descendants,
  findFirst,
  tagName,
  textOf,
  type Element,
} from '../util/dom';
import { canonicalUrl } from '../util/url';
import { buildPost } from './post-builder';
import { twitterIdToMs, resolvePostTime } from './post-time';
import {
  iframeSrc,
  imagesIn,
  isWrapperFor,
  outerHtml,
  paragraphsText,
  urlsIn,
} from './embed-helpers';
import type { EmbedContext, EmbedExtractor } from './embed-types';

/**
 * A handle as printed in signatures and URLs. New accounts get at most 15 characters, but older and
 * renamed accounts (and copied signatures) carry longer ones: a 15-character cap made a whole
 * signature such as "(@reporter_name_news)" fail to match, so up to 30 are taken.
 */
export const HANDLE = '[A-Za-z0-9_]{1,30}';

/** A status link: twitter.com or x.com (www., mobile. or m. before it), the handle, the status id. */
export const STATUS_URL_RE = new RegExp(
  `^(?:https?:)?\\/\\/(?:(?:www|mobile|m)\\.)?(?:twitter|x)\\.com\\/(?:#!\\/)?` +
    `(${HANDLE}|i\\/web|i)\\/status(?:es)?\\/(\\d{5,20})`,
  'i',
);

/** The signature line: "— Display Name (@handle) January 6, 2022". */
const SIGNATURE_RE = new RegExp(
  `(?:^|\\s)[—–―]\\s*([^—–―\\n]{0,80}?)\\s*\\(\\s*@(${HANDLE})\\s*\\)\\s*([^\\n]*)$`,
);

const PROFILE_URL_RE = new RegExp(
  `^(?:https?:)?\\/\\/(?:www\\.)?(?:twitter|x)\\.com\\/${HANDLE}\\/?(?:\\?.*)?$`,
  'i',
);

export function parseStatusUrl(url: string): { handle: string | null; id: string } | null {
  const m = STATUS_URL_RE.exec(url.trim());
  if (!m) return null;
  const user =
    m[1].toLowerCase().startsWith('i') && (m[1] === 'i' || m[1].toLowerCase() === 'i/web')
      ? null
      : m[1];
  return { handle: user, id: m[2] };
}

export function tweetUrl(handle: string | null, id: string): string {
  return `https://x.com/${handle ?? 'i'}/status/${id}`;
}

function tweetIdFromIframe(src: string): string | null {
  if (!/platform\.twitter\.com\/embed\/|twitframe\.com|\/embed\/Tweet\.html/i.test(src))
    return null;
  const m = /[?&#]id=(\d{5,20})/.exec(src);
  if (m) return m[1];
  const status = /(?:%2F|\/)status(?:%2F|\/)(\d{5,20})/i.exec(src);
  return status ? status[1] : null;
}

function isTweetBlockquote(el: Element): boolean {
  const cls = classes(el);
  return (
    tagName(el) === 'blockquote' && (cls.includes('twitter-tweet') || cls.includes('twitter-video'))
  );
}

function looksLikeBareTweetQuote(el: Element): boolean {
  if (tagName(el) !== 'blockquote' || classes(el).length) return false;
  const hasStatus = anchors(el).some((a) => STATUS_URL_RE.test(a.href));
  return hasStatus && new RegExp(`\\(\\s*@${HANDLE}\\s*\\)`).test(textOf(el));
}

/** What the embed's links and attributes say: the status id, the handle in its URL, the printed date. */
interface TweetIdentity {
  id: string | null;
  urlHandle: string | null;
  printedDate: string | null;
}

/** What the quoted tweet shows: its text and, from the signature, the author, handle and date. */
interface TweetBody {
  text: string;
  authorName: string | null;
  handle: string | null;
  printedDate: string | null;
}

const NO_BODY: TweetBody = { text: '', authorName: null, handle: null, printedDate: null };

/** The status link: the blockquote's date anchor (its last status link), or a bare link in a wrapper. */
function identityFromStatusAnchor(el: Element): TweetIdentity | null {
  const dateAnchor = anchors(el)
    .filter((a) => STATUS_URL_RE.test(a.href))
    .at(-1);
  if (!dateAnchor) return null;
  const status = parseStatusUrl(dateAnchor.href)!;
  return { id: status.id, urlHandle: status.handle, printedDate: dateAnchor.text };
}

/** The rendered widget's id: data-tweet-id or the embed iframe's id. */
function idFromWidget(el: Element): string | null {
  for (const e of [el, ...descendants(el)]) {
    const id = attr(e, 'data-tweet-id') ?? tweetIdFromIframe(iframeSrc(e));
    if (id && /^\d{5,20}$/.test(id)) return id;
  }
  return null;
}

/** Any status URL in the embed's attributes or text. */
function statusFromAnyUrl(el: Element): { handle: string | null; id: string } | null {
  for (const url of urlsIn(el)) {
    const status = parseStatusUrl(url);
    if (status) return status;
  }
  return null;
}

function identifyTweet(el: Element): TweetIdentity {
  const fromAnchor = identityFromStatusAnchor(el);
  if (fromAnchor) return fromAnchor;
  const widgetId = idFromWidget(el);
  if (widgetId) return { id: widgetId, urlHandle: null, printedDate: null };
  const status = statusFromAnyUrl(el);
  return { id: status?.id ?? null, urlHandle: status?.handle ?? null, printedDate: null };
}

/** The signature within the quote's last four lines. */
function findSignature(full: string): RegExpExecArray | null {
  const lines = full.split('\n');
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 4; i--) {
    const m = SIGNATURE_RE.exec(' ' + lines.slice(i).join(' '));
    if (m) return m;
  }
  return null;
}

/** For a quote without paragraphs: the text before the signature's dash. */
function textBeforeSignature(full: string): string {
  const dash = Math.max(full.lastIndexOf('—'), full.lastIndexOf('–'), full.lastIndexOf('―'));
  return dash > 0 ? full.slice(0, dash).trim() : '';
}

function readQuote(quote: Element): TweetBody {
  const full = textOf(quote);
  const paragraphs = paragraphsText(quote);
  const signature = findSignature(full);
  if (!signature) return { ...NO_BODY, text: paragraphs || full };
  return {
    text: paragraphs || textBeforeSignature(full),
    authorName: signature[1].trim() || null,
    handle: signature[2],
    printedDate: signature[3],
  };
}

/** The links in the tweet's paragraphs, without its hashtag and profile links. */
function linksInQuote(quote: Element | null, ctx: EmbedContext): string[] {
  if (!quote) return [];
  return descendants(quote)
    .filter((e) => tagName(e) === 'p')
    .flatMap((p) => anchors(p).map((a) => a.href))
    .filter((h) => !/\/hashtag\//.test(h) && !PROFILE_URL_RE.test(h))
    .map((h) => canonicalUrl(h, ctx.base) ?? h);
}

function tweetMedia(el: Element, text: string): string[] {
  return [
    ...(text.match(/pic\.twitter\.com\/\w+/g) ?? []).map((m) => 'https://' + m),
    ...imagesIn(el),
  ];
}

export const twitterExtractor: EmbedExtractor = {
  platform: 'twitter',
  matches(el) {
    if (isTweetBlockquote(el)) return true;
    const cls = classes(el);
    if (
      cls.includes('twitter-tweet') ||
      cls.includes('twitter-tweet-rendered') ||
      cls.includes('twitter-video')
    )
      return true;
    if (attr(el, 'data-tweet-id')) return true;
    if (tweetIdFromIframe(iframeSrc(el))) return true;
    if (isWrapperFor(el, 'twitter', ['twitter', 'x'])) return true;
    return looksLikeBareTweetQuote(el);
  },
  extract(el, ctx) {
    const quote =
      isTweetBlockquote(el) || tagName(el) === 'blockquote'
        ? el
        : findFirst(el, (e) => tagName(e) === 'blockquote');
    const identity = identifyTweet(el);
    const body = quote ? readQuote(quote) : NO_BODY;
    if (!identity.id && !body.handle && !body.text) return null;

    const handle = body.handle ?? identity.urlHandle;
    const printed = parseDateText(identity.printedDate || body.printedDate);
    return buildPost({
      platform: 'twitter',
      externalId: identity.id,
      url: identity.id ? tweetUrl(handle, identity.id) : null,
      authorName: body.authorName,
      handle,
      ...resolvePostTime(twitterIdToMs(identity.id), printed),
      text: body.text,
      links: linksInQuote(quote, ctx),
      media: tweetMedia(el, body.text),
      markup: outerHtml(el, ctx),
    });
  },
};
