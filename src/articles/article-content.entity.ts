import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Article } from './article.entity';

/** What was submitted or fetched, kept apart so listing articles never drags their HTML along. */
@Entity('article_contents')
export class ArticleContent {
  @PrimaryColumn({ name: 'article_id', type: 'uuid' })
  articleId: string;

  @OneToOne(() => Article, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article: Article;

  /** html or text; null for a url submission until it is fetched. */
  @Column({ type: 'text', nullable: true })
  format: 'html' | 'text' | null;

  @Column({ type: 'text', nullable: true })
  raw: string | null;

  /** sha256 of `raw`. */
  @Column({ type: 'text', nullable: true })
  sha256: string | null;

  @Column({ name: 'fetched_at', type: 'timestamptz', nullable: true })
  fetchedAt: Date | null;

  /** The main text the figures were taken from. */
  @Column({ name: 'body_text', type: 'text', nullable: true })
  bodyText: string | null;
}
