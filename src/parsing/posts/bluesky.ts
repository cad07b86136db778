// Bluesky: blockquote.bluesky-embed (data-bluesky-uri at://did/app.bsky.feed.post/RKEY, signature
// "— Name (@handle) <date>"), embed.bsky.app iframes, bsky.app post links in wrappers.
import { parseDateText } from '../util/dates';
import { anchors, attr, classes, descendants, tagName, textOf } from '../util/dom';
import { buildPost } from './post-builder';
import { blueskyTidToMs, resolvePostTime } from './post-time';
import { iframeSrc, isWrapperFor, outerHtml, urlsIn } from './embed-helpers';
import type { EmbedExtractor } from './embed-types';

const AT_URI_RE = /^at:\/\/([^/\s]+)\/app\.bsky\.feed\.post\/([2-7a-z]{13})/i;
const POST_URL_RE =
  /bsky\.app\/(?:profile\/([^/\s?#]+)\/post|embed\/([^/\s?#]+)\/app\.bsky\.feed\.post)\/([2-7a-z]{13})/i;

export const blueskyExtractor: EmbedExtractor = {
  platform: 'bluesky',
  matches(el) {
    if (classes(el).includes('bluesky-embed') || attr(el, 'data-bluesky-uri')) return true;
    if (/embed\.bsky\.app\/embed\//i.test(iframeSrc(el))) return true;
    return isWrapperFor(el, 'bluesky', ['bluesky', 'bsky']);
  },
  extract(el, ctx) {
    let actor: string | null = null;
    let rkey: string | null = null;
    const uri =
      attr(el, 'data-bluesky-uri') ??
      descendants(el)
        .map((e) => attr(e, 'data-bluesky-uri'))
        .find(Boolean) ??
      null;
    const am = uri ? AT_URI_RE.exec(uri) : null;
    if (am) [actor, rkey] = [am[1], am[2]];
    if (!rkey) {
      for (const u of urlsIn(el)) {
        const m = POST_URL_RE.exec(u);
        if (m) {
          [actor, rkey] = [m[1] ?? m[2], m[3]];
          break;
        }
      }
    }
    const quote =
      tagName(el) === 'blockquote'
        ? el
        : (descendants(el).find((e) => tagName(e) === 'blockquote') ?? null);
    let handle: string | null = null;
    let authorName: string | null = null;
    let printedText: string | null = null;
    let text = '';
    if (quote) {
      const links = anchors(quote);
      const handleAnchor = links.find((a) => /^@[\w.-]+$/.test(a.text.trim()));
      if (handleAnchor) handle = handleAnchor.text.trim().slice(1);
      const full = textOf(quote).replace(/\s+/g, ' ');
      const sig = /[—–]\s*([^—–]*?)\s*\(\s*@([\w.-]+)\s*\)\s*(.*)$/.exec(full);
      if (sig) {
        authorName = sig[1].trim() || null;
        handle = handle ?? sig[2];
        printedText = sig[3];
      }
      const dateAnchor = [...links]
        .reverse()
        .find((a) => POST_URL_RE.test(a.href) && parseDateText(a.text));
      if (dateAnchor) printedText = dateAnchor.text;
      text = descendants(quote)
        .filter((e) => tagName(e) === 'p')
        .map((p) =>
          textOf(p)
            .replace(/\[image or embed\]|\[video\]/gi, '')
            .trim(),
        )
        .filter(Boolean)
        .join('\n');
    }
    if (!handle && actor && !actor.startsWith('did:')) handle = actor;
    if (!rkey && !handle) return null;
    return buildPost({
      platform: 'bluesky',
      externalId: rkey,
      url: rkey ? `https://bsky.app/profile/${handle ?? actor}/post/${rkey}` : null,
      authorName,
      handle,
      ...resolvePostTime(blueskyTidToMs(rkey), parseDateText(printedText)),
      text,
      markup: outerHtml(el, ctx),
    });
  },
};
