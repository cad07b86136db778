import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { Article } from '../articles/article.entity';
import { SocialPost } from './social-post.entity';

/** Article ↔ post: where in the article the post appears. */
@Entity('post_embeds')
export class PostEmbed {
  @PrimaryColumn({ name: 'article_id', type: 'uuid' })
  articleId: string;

  /** The post's index in the article's posts array. */
  @PrimaryColumn({ type: 'int' })
  position: number;

  @ManyToOne(() => Article, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article: Article;

  @Index()
  @Column({ name: 'post_id', type: 'uuid' })
  postId: string;

  @ManyToOne(() => SocialPost, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post: SocialPost;

  @CreateDateColumn({ name: 'first_seen_at', type: 'timestamptz' })
  firstSeenAt: Date;
}
