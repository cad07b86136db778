// The registry of embed extractors, most specific first.
import type { EmbedExtractor } from './embed-types';
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
