// Telegram: the widget script (data-telegram-post="channel/123"), its iframe (t.me/channel/123?embed=1),
// blockquotes/wrappers with a t.me post link.
import { attr, classes, textOf } from '../util/dom';
import { buildPost } from './post-builder';
import { iframeSrc, isWrapperFor, outerHtml, urlsIn } from './embed-helpers';
import type { EmbedExtractor } from './embed-types';

const POST_RE =
  /^(?:https?:)?\/\/(?:www\.)?(?:t\.me|telegram\.me)\/(?:s\/)?([A-Za-z0-9_]{3,64})\/(\d{1,10})/i;

export const telegramExtractor: EmbedExtractor = {
  platform: 'telegram',
  matches(el) {
    if (attr(el, 'data-telegram-post')) return true;
    const src = iframeSrc(el);
    if (src && POST_RE.test(src) && /[?&]embed=1/.test(src)) return true;
    if (/^telegram-post-/.test(attr(el, 'id') ?? '') && POST_RE.test(src)) return true;
    if (classes(el).includes('telegram-post')) return true;
    return isWrapperFor(el, 'telegram');
  },
  extract(el, ctx) {
    let channel: string | null = null;
    let msg: string | null = null;
    const data = attr(el, 'data-telegram-post');
    const dm = data ? /^([A-Za-z0-9_]{3,64})\/(\d{1,10})$/.exec(data.trim()) : null;
    if (dm) [channel, msg] = [dm[1], dm[2]];
    if (!channel) {
      for (const u of urlsIn(el)) {
        const m = POST_RE.exec(u);
        if (m) {
          [channel, msg] = [m[1], m[2]];
          break;
        }
      }
    }
    if (!channel || !msg) return null;
    return buildPost({
      platform: 'telegram',
      externalId: `${channel}/${msg}`,
      url: `https://t.me/${channel}/${msg}`,
      handle: channel,
      text: data ? '' : textOf(el),
      markup: outerHtml(el, ctx),
    });
  },
};
