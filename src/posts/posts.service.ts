import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ClaimRecord } from '../claims/claim.entity';
import { claimView } from '../claims/claim-view';
import { SocialPost } from './social-post.entity';
import { toPostView } from './post-view';

@Injectable()
export class PostsService {
  constructor(private readonly dataSource: DataSource) {}

  /** The post, its claims (stored once), and every article that embeds it, first seen first. */
  async findOne(id: string) {
    const post = await this.dataSource.getRepository(SocialPost).findOneBy({ id });
    if (!post) return null;
    const claims = await this.dataSource
      .getRepository(ClaimRecord)
      .find({ where: { postId: id }, order: { position: 'ASC' } });
    const articles: {
      id: string;
      title: string | null;
      site: string | null;
      url: string | null;
      published_at: string | null;
      position: number;
      first_seen_at: Date;
    }[] = await this.dataSource.query(
      `SELECT a.id, a.title, a.site, a.url, a.published_at, e.position, e.first_seen_at
           FROM post_embeds e JOIN articles a ON a.id = e.article_id
          WHERE e.post_id = $1 ORDER BY e.first_seen_at, a.id`,
      [id],
    );
    return {
      id: post.id,
      ...toPostView(post),
      firstSeenAt: post.firstSeenAt,
      claims: claims.map((c) => ({
        id: c.id,
        ...claimView(c),
        source: { kind: 'post' as const, postId: id },
      })),
      embeddedIn: articles.map((a) => ({
        articleId: a.id,
        title: a.title,
        site: a.site,
        url: a.url,
        publishedAt: a.published_at,
        position: a.position,
        firstSeenAt: a.first_seen_at,
      })),
    };
  }
}
