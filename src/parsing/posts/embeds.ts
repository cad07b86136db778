// The registry of embed extractors, most specific first.
import type { EmbedExtractor } from './embed-types';
import { classes, tagName, type Element } from '../util/dom';
import { blueskyExtractor } from './bluesky';
import { facebookExtractor } from './facebook';
import { instagramExtractor } from './instagram';
import { mastodonExtractor } from './mastodon';
import { redditExtractor } from './reddit';
import { telegramExtractor } from './telegram';
import { threadsExtractor } from './threads';
import { tiktokExtractor } from './tiktok';
import { twitterExtractor } from './twitter';
import { youtubeExtractor } from './youtube';

export const EMBED_EXTRACTORS: EmbedExtractor[] = [
  twitterExtractor,
  instagramExtractor,
  threadsExtractor,
  facebookExtractor,
  tiktokExtractor,
  blueskyExtractor,
  mastodonExtractor,
  telegramExtractor,
  redditExtractor,
  youtubeExtractor,
];

/** Elements an embed may be with neither a class nor a data- attribute: an iframe (read by its address), a bare quoted tweet, YouTube's lite player. */
const EMBED_TAGS = new Set(['iframe', 'blockquote', 'lite-youtube', 'lite-youtube-embed']);

/**
 * Whether any extractor may recognise `el`: each reads a class, a data- attribute or one of
 * EMBED_TAGS (the specs hold every extractor to that). Four in five of a page's elements have none
 * of them, and asking each of the ten extractors about those cost a page more than its embeds.
 */
export function mayBeEmbed(el: Element): boolean {
  if (EMBED_TAGS.has(tagName(el)) || classes(el).length) return true;
  for (const name in el.attribs ?? {}) if (name.startsWith('data-')) return true;
  return false;
}

/** The extractor that recognises `el` as an embed, if one does. */
export function embedExtractorFor(el: Element): EmbedExtractor | undefined {
  return mayBeEmbed(el) ? EMBED_EXTRACTORS.find((extractor) => extractor.matches(el)) : undefined;
}
