// Mastodon: the old iframe (https://host/@user/ID/embed, class mastodon-embed) and the 4.3+ blockquote
// (blockquote.mastodon-embed with data-embed-url, "Post by @user@host").
import { parseDateText } from '../util/dates';
import { attr, classes, tagName, textOf } from '../util/dom';
import { buildPost } from './post-builder';
import { mastodonIdToMs, resolvePostTime } from './post-time';
import { iframeSrc, isWrapperFor, outerHtml, paragraphsText, urlsIn } from './embed-helpers';
import type { EmbedExtractor } from './embed-types';

const DOMAIN = String.raw`[a-z0-9.-]+\.[a-z]{2,}`;
const ACCOUNT = '[A-Za-z0-9_.]+';
/** A status on its server: host/@user/ID, host/@user@home.host/ID or host/users/user/statuses/ID. */
const STATUS_RE = new RegExp(
  String.raw`^(?:https?:)?\/\/(${DOMAIN})\/` +
    String.raw`(?:@(${ACCOUNT})(?:@(${DOMAIN}))?|users\/(${ACCOUNT})\/statuses)\/(\d{6,20})`,
  'i',
);
/** The 4.3+ blockquote's byline: "Post by @user@host". */
const POST_BY_RE = new RegExp(`Post by @(${ACCOUNT})@(${DOMAIN})`, 'i');

export function parseMastodonUrl(url: string): { host: string; user: string; id: string } | null {
  const m = STATUS_RE.exec(url.trim());
  if (!m) return null;
  const user = m[2] ?? m[4];
  return { host: (m[3] ?? m[1]).toLowerCase(), user, id: m[5] };
}

export const mastodonExtractor: EmbedExtractor = {
  platform: 'mastodon',
  matches(el) {
    if (classes(el).includes('mastodon-embed')) return true;
    const src = iframeSrc(el);
    if (src && /\/embed\/?(?:[?#].*)?$/.test(src) && STATUS_RE.test(src)) return true;
    return isWrapperFor(el, 'mastodon');
  },
  extract(el, ctx) {
    let parsed: ReturnType<typeof parseMastodonUrl> = null;
    let urlHost: string | null = null;
    for (const u of [attr(el, 'data-embed-url') ?? '', ...urlsIn(el)]) {
      const m = STATUS_RE.exec(u);
      parsed = parseMastodonUrl(u);
      if (parsed && m) {
        urlHost = m[1].toLowerCase();
        break;
      }
    }
    const all = textOf(el);
    const postBy = POST_BY_RE.exec(all);
    const handle = parsed
      ? `${parsed.user}@${parsed.host}`
      : postBy
        ? `${postBy[1]}@${postBy[2].toLowerCase()}`
        : null;
    if (!parsed && !handle) return null;
    const text = tagName(el) === 'iframe' ? '' : paragraphsText(el);
    const printed = parseDateText(
      /\b(\w+ \d{1,2}, \d{4}(?:,? \d{1,2}:\d{2}(?: ?[AP]M)?)?)/.exec(all)?.[1] ?? null,
    );
    return buildPost({
      platform: 'mastodon',
      externalId: parsed?.id ?? null,
      url: parsed
        ? `https://${urlHost}/@${parsed.user}${urlHost !== parsed.host ? '@' + parsed.host : ''}/${parsed.id}`
        : null,
      handle,
      ...resolvePostTime(mastodonIdToMs(parsed?.id), printed),
      text,
      markup: outerHtml(el, ctx),
    });
  },
};
