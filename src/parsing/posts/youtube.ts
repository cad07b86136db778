// YouTube: youtube.com/embed/ID and youtube-nocookie.com/embed/ID iframes, <lite-youtube videoid>, CMS wrappers.
import { attr, descendants, tagName } from '../util/dom';
import { buildPost } from './post-builder';
import { iframeSrc, isWrapperFor, outerHtml, urlsIn } from './embed-helpers';
import type { EmbedExtractor } from './embed-types';

/** The URL forms that carry a video id, each up to the id. */
const VIDEO_URL_FORMS = [
  String.raw`youtube(?:-nocookie)?\.com\/(?:embed|v|shorts|live)\/`,
  String.raw`youtu\.be\/`,
  String.raw`youtube\.com\/watch\?(?:[^#]*&)?v=`,
];
const EMBED_RE = new RegExp(`(?:${VIDEO_URL_FORMS.join('|')})([A-Za-z0-9_-]{11})`, 'i');

export const youtubeExtractor: EmbedExtractor = {
  platform: 'youtube',
  matches(el) {
    if (tagName(el) === 'lite-youtube' || tagName(el) === 'lite-youtube-embed') return true;
    if (EMBED_RE.test(iframeSrc(el))) return true;
    if (attr(el, 'data-youtube-id')) return true;
    return isWrapperFor(el, 'youtube');
  },
  extract(el, ctx) {
    let id = attr(el, 'videoid') ?? attr(el, 'data-youtube-id') ?? attr(el, 'data-videoid');
    if (!id || !/^[A-Za-z0-9_-]{11}$/.test(id)) {
      id = null;
      for (const u of urlsIn(el)) {
        const m = EMBED_RE.exec(u);
        if (m) {
          id = m[1];
          break;
        }
      }
    }
    if (!id) return null;
    const frame =
      tagName(el) === 'iframe' ? el : descendants(el).find((e) => tagName(e) === 'iframe');
    const title =
      (frame && attr(frame, 'title')) ?? attr(el, 'title') ?? attr(el, 'playlabel') ?? '';
    return buildPost({
      platform: 'youtube',
      externalId: id,
      url: `https://www.youtube.com/watch?v=${id}`,
      text: /^youtube video player$/i.test(title) ? '' : title,
      markup: outerHtml(el, ctx),
    });
  },
};
