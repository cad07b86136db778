import type { SocialPost } from './social-post.entity';

/** A stored post in the shape of DESIGN.md §3 (the shape `cli extract` prints). */
export function toPostView(post: SocialPost) {
  return {
    kind: post.kind,
    platform: post.platform,
    externalId: post.externalId,
    url: post.url,
    authorName: post.authorName,
    handle: post.handle,
    postedAt: post.postedAt,
    postedAtPrecision: post.postedAtPrecision,
    text: post.text,
    links: post.links,
    mentions: post.mentions,
    hashtags: post.hashtags,
    media: post.media,
    markupSha256: post.markupSha256,
  };
}
