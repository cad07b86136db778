// Assembles a ParsedPost with defaults, derived links/mentions/hashtags and the markup hash.
import type { ParsedPost } from '../parsed-article';
import type { Platform, PostKind, TimePrecision } from '../../domain/vocabulary';
import { sha256Hex } from '../util/hash';
import { extractHashtags, extractLinks, extractMentions } from '../util/text';

export interface PostParts {
  kind?: PostKind;
  platform: Platform;
  externalId?: string | null;
  url?: string | null;
  authorName?: string | null;
  handle?: string | null;
  postedAt?: string | null;
  postedAtPrecision?: TimePrecision | null;
  text?: string | null;
  links?: string[];
  mentions?: string[];
  hashtags?: string[];
  media?: string[];
  /** The markup (outer HTML, or the text block) to hash. */
  markup?: string | null;
}

const uniq = (xs: (string | null | undefined)[]) => [
  ...new Set(xs.filter((x): x is string => !!x)),
];

export function buildPost(p: PostParts): ParsedPost {
  const text = (p.text ?? '').trim();
  const handle = p.handle ? p.handle.replace(/^@/, '').trim() || null : null;
  const authorName = p.authorName ? p.authorName.replace(/\s+/g, ' ').trim() || null : null;
  return {
    kind: p.kind ?? 'embedded',
    platform: p.platform,
    externalId: p.externalId ?? null,
    url: p.url ?? null,
    authorName,
    handle,
    postedAt: p.postedAt ?? null,
    postedAtPrecision: p.postedAt ? (p.postedAtPrecision ?? null) : null,
    text,
    links: uniq([...(p.links ?? []), ...extractLinks(text)]),
    mentions: uniq([...(p.mentions ?? []), ...extractMentions(text)]),
    hashtags: uniq([...(p.hashtags ?? []), ...extractHashtags(text)]),
    media: uniq(p.media ?? []),
    markupSha256: p.markup ? sha256Hex(p.markup) : null,
  };
}
