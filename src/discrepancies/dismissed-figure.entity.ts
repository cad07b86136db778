import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A figure a reviewer took out of its story's comparison ("not a total: a subset"), keyed by what it
 * is — its article or post, metric, subject, value and quote — so it stays out when the article is
 * re-processed and its claim rows are made anew.
 */
@Entity('dismissed_figures')
export class DismissedFigure {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The article whose own figure it is (null for a post's figure). */
  @Column({ name: 'article_id', type: 'uuid', nullable: true })
  articleId: string | null;

  @Column({ name: 'post_id', type: 'uuid', nullable: true })
  postId: string | null;

  @Column({ type: 'text' })
  metric: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'double precision' })
  value: number;

  @Column({ type: 'text' })
  quote: string;

  /** The flag it was dismissed from (kept for the audit; null once that flag is gone). */
  @Column({ name: 'discrepancy_id', type: 'uuid', nullable: true })
  discrepancyId: string | null;

  @Column({ type: 'text' })
  note: string;

  @Column({ type: 'text' })
  actor: string;

  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at: Date;
}
