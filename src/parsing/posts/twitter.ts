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
import { iframeSrc, imagesIn, isWrapperFor, outerHtml, urlsIn } from './embed-helpers';
import type { EmbedExtractor } from './embed-types';

/**
 * A handle as printed in signatures and URLs. New accounts get at most 15 characters, but older and
 * renamed accounts (and copied signatures) carry longer ones: a 15-character cap made a whole
 * signature such as "(@reporter_name_news)" fail to match, so up to 30 are taken.
 */
export const HANDLE = '[A-Za-z0-9_]{1,30}';

export const STATUS_URL_RE = new RegExp(
  `^(?:https?:)?\\/\\/(?:(?:www|mobile|m)\\.)?(?:twitter|x)\\.com\\/(?:#!\\/)?(${HANDLE}|i\\/web|i)\\/status(?:es)?\\/(\\d{5,20})`,
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
    let id: string | null = null;
    let urlHandle: string | null = null;
    let printedText: string | null = null;

    // 1. the status link (the date anchor of the blockquote, or a bare link in a wrapper)
    const links = anchors(el);
    const statusAnchors = links.filter((a) => STATUS_URL_RE.test(a.href));
    const dateAnchor = statusAnchors.length ? statusAnchors[statusAnchors.length - 1] : null;
    if (dateAnchor) {
      const s = parseStatusUrl(dateAnchor.href)!;
      id = s.id;
      urlHandle = s.handle;
      printedText = dateAnchor.text;
    }
    // 2. rendered widget: data-tweet-id or iframe id
    if (!id) {
      for (const e of [el, ...descendants(el)]) {
        const v = attr(e, 'data-tweet-id') ?? tweetIdFromIframe(iframeSrc(e));
        if (v && /^\d{5,20}$/.test(v)) {
          id = v;
          break;
        }
      }
    }
    // 3. any status URL in attributes or text
    if (!id) {
      for (const u of urlsIn(el)) {
        const s = parseStatusUrl(u);
        if (s) {
          id = s.id;
          urlHandle = s.handle;
          break;
        }
      }
    }

    // signature and text
    let text = '';
    let authorName: string | null = null;
    let sigHandle: string | null = null;
    if (quote) {
      const full = textOf(quote);
      const paragraphs = descendants(quote).filter((e) => tagName(e) === 'p');
      text = paragraphs
        .map((p) => textOf(p))
        .filter(Boolean)
        .join('\n');
      const lines = full.split('\n');
      for (let i = lines.length - 1; i >= 0 && i >= lines.length - 4; i--) {
        const tail = lines.slice(i).join(' ');
        const m = SIGNATURE_RE.exec(' ' + tail);
        if (m) {
          authorName = m[1].trim() || null;
          sigHandle = m[2];
          if (!printedText && m[3]) printedText = m[3];
          if (!text) {
            const dash = Math.max(
              full.lastIndexOf('—'),
              full.lastIndexOf('–'),
              full.lastIndexOf('―'),
            );
            text = dash > 0 ? full.slice(0, dash).trim() : '';
          }
          break;
        }
      }
      if (!text && !sigHandle) text = full;
    }
    if (!id && !sigHandle && !text) return null;

    const handle = sigHandle ?? urlHandle;
    const printed = parseDateText(printedText);
    const time = resolvePostTime(twitterIdToMs(id), printed);
    const linkHrefs = quote
      ? descendants(quote)
          .filter((e) => tagName(e) === 'p')
          .flatMap((p) => anchors(p).map((a) => a.href))
          .filter((h) => !/\/hashtag\//.test(h) && !PROFILE_URL_RE.test(h))
          .map((h) => canonicalUrl(h, ctx.base) ?? h)
      : [];
    const media = [
      ...(text.match(/pic\.twitter\.com\/\w+/g) ?? []).map((m) => 'https://' + m),
      ...imagesIn(el),
    ];
    return buildPost({
      platform: 'twitter',
      externalId: id,
      url: id ? tweetUrl(handle, id) : null,
      authorName,
      handle,
      ...time,
      text,
      links: linkHrefs,
      media,
      markup: outerHtml(el, ctx),
    });
  },
};
