// Instagram: blockquote.instagram-media (data-instgrm-permalink), /p/CODE/embed iframes, CMS wrappers.
import { parseDateText } from '../util/dates';
import { anchors, attr, classes, descendants, tagName, textOf } from '../util/dom';
import { buildPost } from './post-builder';
import { resolvePostTime, shortcodeToMs } from './post-time';
import {
  iframeSrc,
  imagesIn,
  isWrapperFor,
  outerHtml,
  paragraphsText,
  urlsIn,
} from './embed-helpers';
import type { EmbedExtractor } from './embed-types';

const HOSTS = [String.raw`instagram\.com`, String.raw`instagr\.am`];
/** A post, reel or IGTV link, the account before it optional: instagram.com/user/p/CODE. */
const POST_RE = new RegExp(
  String.raw`^(?:https?:)?\/\/(?:www\.)?(?:${HOSTS.join('|')})\/` +
    String.raw`(?:[A-Za-z0-9_.]+\/)?(p|reels?|tv)\/([A-Za-z0-9_-]{5,64})`,
  'i',
);
const PROFILE_RE =
  /^(?:https?:)?\/\/(?:www\.)?instagram\.com\/([A-Za-z0-9_.]{1,30})\/?(?:[?#].*)?$/i;
const RESERVED = new Set([
  'p',
  'reel',
  'reels',
  'tv',
  'explore',
  'accounts',
  'stories',
  'about',
  'legal',
  'developer',
]);

export function parseInstagramUrl(url: string): { kind: string; code: string } | null {
  const m = POST_RE.exec(url.trim());
  return m
    ? { kind: m[1].toLowerCase().startsWith('reel') ? 'reel' : m[1].toLowerCase(), code: m[2] }
    : null;
}

export const instagramExtractor: EmbedExtractor = {
  platform: 'instagram',
  matches(el) {
    if (classes(el).includes('instagram-media')) return true;
    if (attr(el, 'data-instgrm-permalink')) return true;
    const src = iframeSrc(el);
    if (src && POST_RE.test(src)) return true;
    return isWrapperFor(el, 'instagram');
  },
  extract(el, ctx) {
    let post: { kind: string; code: string } | null = null;
    for (const u of urlsIn(el)) {
      post = parseInstagramUrl(u);
      if (post) break;
    }
    const paragraphs = descendants(el).filter((e) => tagName(e) === 'p');
    const sharedBy = paragraphs.find((p) => /\bpost shared by\b/i.test(textOf(p))) ?? null;
    const sigText = sharedBy ? textOf(sharedBy).replace(/\s+/g, ' ') : '';
    let handle: string | null = null;
    let authorName: string | null = null;
    const sig = /shared by\s*(.*?)\s*\(@([A-Za-z0-9_.]{1,30})\)/i.exec(sigText);
    if (sig) {
      handle = sig[2];
      authorName = sig[1].trim() || null;
    }
    if (!handle) {
      for (const a of anchors(el)) {
        const m = PROFILE_RE.exec(a.href);
        if (m && !RESERVED.has(m[1].toLowerCase())) {
          handle = m[1];
          authorName = authorName ?? (a.text.trim() || null);
          break;
        }
      }
    }
    if (!handle) {
      const m = /\(@([A-Za-z0-9_.]{1,30})\)/.exec(textOf(el));
      if (m) handle = m[1];
    }
    const timeEl = descendants(el).find((e) => tagName(e) === 'time') ?? null;
    const printed =
      parseDateText(timeEl ? (attr(timeEl, 'datetime') ?? textOf(timeEl)) : null) ??
      parseDateText(/\bon\s+(.+)$/i.exec(sigText)?.[1] ?? null);
    // the printed day is the date as shown (the <time> text), the datetime attribute is UTC
    const shownDay = timeEl ? parseDateText(textOf(timeEl)) : null;
    const time = resolvePostTime(shortcodeToMs(post?.code), shownDay ?? printed);
    const text = paragraphsText(
      el,
      (p) => p === sharedBy || /^view this (?:post|profile|reel)/i.test(textOf(p)),
    );
    if (!post && !handle && !text) return null;
    return buildPost({
      platform: 'instagram',
      externalId: post?.code ?? null,
      url: post ? `https://www.instagram.com/${post.kind}/${post.code}/` : null,
      authorName,
      handle,
      ...time,
      text,
      media: imagesIn(el),
      markup: outerHtml(el, ctx),
    });
  },
};
