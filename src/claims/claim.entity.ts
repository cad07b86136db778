import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Article } from '../articles/article.entity';
import { SocialPost } from '../posts/social-post.entity';
import type { Metric, Qualifier, Subject } from '../domain/vocabulary';

/**
 * A figure as stored. An article's own figure has articleId set; a post's figure has postId set
 * and is stored once for the post, whichever articles embed it.
 */
@Entity('claims')
export class ClaimRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'article_id', type: 'uuid', nullable: true })
  articleId: string | null;

  @ManyToOne(() => Article, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article: Article | null;

  @Index()
  @Column({ name: 'post_id', type: 'uuid', nullable: true })
  postId: string | null;

  @ManyToOne(() => SocialPost, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post: SocialPost | null;

  /** Order within its source text. */
  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  metric: Metric;

  @Column({ type: 'text' })
  subject: Subject;

  @Column({ type: 'double precision' })
  value: number;

  @Column({ type: 'double precision', nullable: true })
  low: number | null;

  @Column({ type: 'double precision', nullable: true })
  high: number | null;

  @Column({ type: 'text' })
  qualifier: Qualifier;

  @Column({ type: 'text', nullable: true })
  location: string | null;

  @Column({ type: 'text', nullable: true })
  country: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  attribution: string[];

  @Column({ name: 'as_of', type: 'text', nullable: true })
  asOf: string | null;

  @Column({ type: 'text' })
  quote: string;

  @Column({ name: 'start_offset', type: 'int' })
  start: number;

  @Column({ name: 'end_offset', type: 'int' })
  end: number;

  /** A figure the text names as superseded beside the current one: history, never a total. */
  @Column({ type: 'boolean', default: false })
  earlier: boolean;

  /** A figure that counts a part its fields cannot name ("nine of them"): history, never a total. */
  @Column({ type: 'boolean', default: false })
  part: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
