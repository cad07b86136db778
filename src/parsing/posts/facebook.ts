// Facebook: div.fb-post / div.fb-video (data-href, inner blockquote with "Posted by … on <date>"),
// facebook.com/plugins/post.php|video.php iframes, CMS wrappers.
import { parseDateText } from '../util/dates';
import { anchors, attr, classes, descendants, tagName, textOf, type Element } from '../util/dom';
import { canonicalUrl } from '../util/url';
import { buildPost } from './post-builder';
import { resolvePostTime } from './post-time';
import {
  iframeSrc,
  imagesIn,
  innerHrefParam,
  isWrapperFor,
  outerHtml,
  paragraphsText,
  urlsIn,
} from './embed-helpers';
import type { EmbedExtractor } from './embed-types';

const FB_HOST_RE =
  /^(?:https?:)?\/\/(?:(?:www|m|web|mbasic|developers)\.)?(?:facebook\.com|fb\.watch|fb\.com)\//i;
const NOT_A_HANDLE = new Set([
  'permalink.php',
  'story.php',
  'watch',
  'photo.php',
  'photo',
  'video.php',
  'plugins',
  'sharer',
  'sharer.php',
  'share',
  'groups',
  'events',
  'reel',
  'photos',
  'videos',
  'posts',
  'profile.php',
  'people',
  'pages',
  'hashtag',
  'l.php',
]);

export function facebookPostId(url: string): string | null {
  const patterns = [
    /\/posts\/([A-Za-z0-9]+)/,
    /\/videos\/(?:[^/]+\/)?(\d+)/,
    /[?&]story_fbid=([A-Za-z0-9]+)/,
    /[?&]fbid=(\d+)/,
    /\/permalink\/(\d+)/,
    /\/reel\/(\d+)/,
    /[?&]v=(\d+)/,
    /\/photos\/[^/]+\/(\d+)/,
    /\/share\/[pvr]\/([A-Za-z0-9]+)/,
  ];
  for (const re of patterns) {
    const m = re.exec(url);
    if (m) return m[1];
  }
  return null;
}

export function facebookHandle(url: string): string | null {
  if (!FB_HOST_RE.test(url)) return null;
  const path = url.replace(FB_HOST_RE, '').split(/[?#]/)[0];
  const first = path.split('/')[0];
  if (!first || NOT_A_HANDLE.has(first.toLowerCase())) {
    const id = /[?&]id=(\d+)/.exec(url);
    return id ? id[1] : null;
  }
  return decodeURIComponent(first);
}

function postUrl(urls: string[]): string | null {
  for (const raw of urls) {
    const inner = /\/plugins\/(?:post|video)\.php/i.test(raw) ? innerHrefParam(raw) : null;
    const u = inner ?? raw;
    if (FB_HOST_RE.test(u) && facebookPostId(u))
      return u.replace('developers.facebook.com', 'www.facebook.com');
  }
  return null;
}

export const facebookExtractor: EmbedExtractor = {
  platform: 'facebook',
  matches(el) {
    const cls = classes(el);
    if (cls.includes('fb-post') || cls.includes('fb-video')) return true;
    if (/facebook\.com\/plugins\/(?:post|video)\.php/i.test(iframeSrc(el))) return true;
    return isWrapperFor(el, 'facebook');
  },
  extract(el, ctx) {
    const url = postUrl([attr(el, 'data-href') ?? '', ...urlsIn(el)].filter(Boolean));
    const quote =
      tagName(el) === 'blockquote'
        ? el
        : (descendants(el).find((e) => tagName(e) === 'blockquote') ?? null);
    let authorName: string | null = null;
    let authorHref: string | null = null;
    let printedText: string | null = null;
    if (quote) {
      // "Posted by <a>Author</a> on <a>date</a>": the author links to a profile, the date to the post
      const outer = anchors(quote).filter((a) => !isInside(a.el, 'p', quote));
      const profile = outer.find(
        (a) => facebookHandle(a.href) && !facebookPostId(a.href) && a.text.trim(),
      );
      if (profile) {
        authorName = profile.text.trim();
        authorHref = profile.href;
      }
      const dated = [...outer].reverse().find((a) => parseDateText(a.text));
      printedText =
        dated?.text ??
        /\s(?:on|em|el|le|am|il)\s+([^<>]{6,60})$/i.exec(textOf(quote).replace(/\s+/g, ' '))?.[1] ??
        null;
    }
    const handle = (authorHref && facebookHandle(authorHref)) ?? (url ? facebookHandle(url) : null);
    const text = quote ? paragraphsText(quote) : '';
    if (!url && !authorName && !text) return null;
    return buildPost({
      platform: 'facebook',
      externalId: url ? facebookPostId(url) : null,
      url: url ? canonicalUrl(url) : null,
      authorName,
      handle,
      ...resolvePostTime(null, parseDateText(printedText)),
      text,
      media: imagesIn(el),
      markup: outerHtml(el, ctx),
    });
  },
};

function isInside(node: Element, tag: string, stop: Element): boolean {
  let p = node.parent as Element | null;
  while (p && p !== stop) {
    if (tagName(p) === tag) return true;
    p = p.parent as Element | null;
  }
  return false;
}
