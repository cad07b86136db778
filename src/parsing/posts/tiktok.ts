// TikTok: blockquote.tiktok-embed (cite, data-video-id, <section> with @handle, caption, tags, ♬ sound),
// tiktok.com/embed iframes, CMS wrappers.
import {
  anchors,
  attr,
  classes,
  descendants,
  isElement,
  tagName,
  type AnyNode,
  type Element,
} from '../util/dom';
import { buildPost } from './post-builder';
import { resolvePostTime, tiktokIdToMs } from './post-time';
import { iframeSrc, isWrapperFor, outerHtml, urlsIn } from './embed-helpers';
import type { EmbedExtractor } from './embed-types';

const VIDEO_RE = /tiktok\.com\/(?:@([A-Za-z0-9_.]{1,30})\/video\/|embed\/(?:v2\/)?|v\/)(\d{8,20})/i;
const PROFILE_RE = /tiktok\.com\/@([A-Za-z0-9_.]{1,30})\/?(?:[?#].*)?$/i;

function captionOf(section: Element): string {
  const parts: string[] = [];
  const walk = (n: AnyNode) => {
    if (n.type === 'text') {
      parts.push((n as unknown as { data: string }).data);
      return;
    }
    if (!isElement(n)) return;
    const name = tagName(n);
    if (name === 'script' || name === 'style') return;
    if (name === 'a') {
      const href = attr(n, 'href') ?? '';
      const title = attr(n, 'title') ?? '';
      if (PROFILE_RE.test(href) && title.startsWith('@')) return; // the author link
      if (/♬|\/music\//.test(title + href)) return; // the sound credit
    }
    if (name === 'br' || name === 'p') parts.push(' ');
    for (const c of n.children ?? []) walk(c);
  };
  walk(section);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

export const tiktokExtractor: EmbedExtractor = {
  platform: 'tiktok',
  matches(el) {
    if (classes(el).includes('tiktok-embed')) return true;
    if (VIDEO_RE.test(iframeSrc(el))) return true;
    return isWrapperFor(el, 'tiktok');
  },
  extract(el, ctx) {
    let id = attr(el, 'data-video-id');
    let handle: string | null = null;
    for (const u of [attr(el, 'cite') ?? '', ...urlsIn(el)]) {
      const m = VIDEO_RE.exec(u);
      if (m) {
        id = id ?? m[2];
        handle = handle ?? m[1] ?? null;
        if (handle) break;
      }
    }
    if (!handle) {
      for (const a of anchors(el)) {
        const m = PROFILE_RE.exec(a.href);
        if (m) {
          handle = m[1];
          break;
        }
      }
    }
    if (id && !/^\d{8,20}$/.test(id)) id = null;
    const section = descendants(el).find((e) => tagName(e) === 'section') ?? null;
    const text = section ? captionOf(section) : '';
    if (!id && !handle) return null;
    return buildPost({
      platform: 'tiktok',
      externalId: id,
      url: id
        ? `https://www.tiktok.com/@${handle ?? ''}/video/${id}`.replace('/@/video', '/video')
        : null,
      handle,
      ...resolvePostTime(tiktokIdToMs(id), null),
      text,
      markup: outerHtml(el, ctx),
    });
  },
};
