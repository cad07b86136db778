// Threads: blockquote.text-post-media (data-text-post-permalink), threads.net / threads.com links.
import { attr, classes, textOf } from '../util/dom';
import { buildPost } from './post-builder';
import { resolvePostTime, shortcodeToMs } from './post-time';
import { iframeSrc, isWrapperFor, outerHtml, paragraphsText, urlsIn } from './embed-helpers';
import type { EmbedExtractor } from './embed-types';

const POST_RE =
  /^(?:https?:)?\/\/(?:www\.)?threads\.(net|com)\/@([A-Za-z0-9_.]{1,30})\/post\/([A-Za-z0-9_-]{5,64})/i;

export const threadsExtractor: EmbedExtractor = {
  platform: 'threads',
  matches(el) {
    if (classes(el).includes('text-post-media') || attr(el, 'data-text-post-permalink'))
      return true;
    if (POST_RE.test(iframeSrc(el))) return true;
    return isWrapperFor(el, 'threads');
  },
  extract(el, ctx) {
    let m: RegExpExecArray | null = null;
    for (const u of urlsIn(el)) {
      m = POST_RE.exec(u);
      if (m) break;
    }
    const all = textOf(el);
    const handle = m?.[2] ?? /Post by @([A-Za-z0-9_.]{1,30})/i.exec(all)?.[1] ?? null;
    const code = m?.[3] ?? null;
    const text = paragraphsText(el, (p) => /^(?:post by @|view on threads)/i.test(textOf(p)));
    if (!code && !handle) return null;
    return buildPost({
      platform: 'threads',
      externalId: code,
      url: code
        ? `https://www.threads.${m?.[1]?.toLowerCase() ?? 'net'}/@${handle}/post/${code}`
        : null,
      handle,
      ...resolvePostTime(shortcodeToMs(code), null),
      text,
      markup: outerHtml(el, ctx),
    });
  },
};
