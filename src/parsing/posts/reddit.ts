// Reddit: blockquote.reddit-embed-bq ("<a>title</a> by <a>u/user</a> in <a>sub</a>"), the older
// blockquote.reddit-card, embed.reddit.com / redditmedia.com iframes, CMS wrappers.
import { anchors, classes } from '../util/dom';
import { buildPost } from './post-builder';
import { iframeSrc, isWrapperFor, outerHtml, urlsIn } from './embed-helpers';
import type { EmbedExtractor } from './embed-types';

const HOSTS = [String.raw`reddit\.com`, String.raw`redditmedia\.com`];
const REDDIT_ID = '[a-z0-9]{3,12}';
/** A post or comment: reddit.com/r/SUB/comments/POST_ID/slug/COMMENT_ID, slug and comment optional. */
const POST_RE = new RegExp(
  String.raw`(?:${HOSTS.join('|')})\/r\/([A-Za-z0-9_]+)\/comments\/(${REDDIT_ID})` +
    String.raw`(?:\/([^/?#\s]*))?(?:\/(${REDDIT_ID}))?`,
  'i',
);
const USER_RE = /reddit\.com\/(?:user|u)\/([A-Za-z0-9_-]{2,30})/i;

export const redditExtractor: EmbedExtractor = {
  platform: 'reddit',
  matches(el) {
    const cls = classes(el);
    if (
      cls.includes('reddit-embed-bq') ||
      cls.includes('reddit-card') ||
      cls.includes('reddit-embed')
    )
      return true;
    if (/(?:embed\.reddit\.com|redditmedia\.com)\/r\//i.test(iframeSrc(el))) return true;
    return isWrapperFor(el, 'reddit');
  },
  extract(el, ctx) {
    let m: RegExpExecArray | null = null;
    for (const u of urlsIn(el)) {
      m = POST_RE.exec(u);
      if (m) break;
    }
    let handle: string | null = null;
    for (const a of anchors(el)) {
      const u = USER_RE.exec(a.href);
      if (u) {
        handle = u[1];
        break;
      }
    }
    if (!m && !handle) return null;
    const titleAnchor = anchors(el).find((a) => POST_RE.test(a.href) && a.text.trim());
    const externalId = m ? (m[4] ? `${m[2]}/${m[4]}` : m[2]) : null;
    return buildPost({
      platform: 'reddit',
      externalId,
      url: m
        ? `https://www.reddit.com/r/${m[1]}/comments/${m[2]}/${m[4] ? `${m[3] ?? '_'}/${m[4]}/` : ''}`
        : null,
      handle,
      text: titleAnchor?.text.trim() ?? '',
      markup: outerHtml(el, ctx),
    });
  },
};
