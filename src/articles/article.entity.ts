import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Story } from '../stories/story.entity';

export const ARTICLE_STATUSES = ['queued', 'processing', 'processed', 'failed'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];
export type ArticleFormat = 'html' | 'text' | 'url';

/** One submission: the source of truth for its processing state and its parsed metadata. */
@Entity('articles')
export class Article {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  status: ArticleStatus;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  /** Tries started since it was last queued: each time a worker takes it up, whatever became of the try. */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** While `processing`: until when the worker holding it counts as alive (it renews the lease). */
  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true })
  leaseUntil: Date | null;

  @Column({ name: 'worker_id', type: 'text', nullable: true })
  workerId: string | null;

  /** How it was submitted: raw html, plain text, or a url to fetch. */
  @Column({ type: 'text' })
  format: ArticleFormat;

  /** sha256 of what was submitted (format + content, or the url): identical submissions dedupe on it. */
  @Index({ unique: true })
  @Column({ name: 'submission_sha256', type: 'text' })
  submissionSha256: string;

  @Column({ name: 'submitted_url', type: 'text', nullable: true })
  submittedUrl: string | null;

  @Column({ name: 'submitted_published_at', type: 'text', nullable: true })
  submittedPublishedAt: string | null;

  /** Metadata the submitter gave beside plain text or html; it wins over what parsing finds. */
  @Column({ name: 'submitted_title', type: 'text', nullable: true })
  submittedTitle: string | null;

  @Column({ name: 'submitted_site', type: 'text', nullable: true })
  submittedSite: string | null;

  @Column({ name: 'submitted_author', type: 'text', nullable: true })
  submittedAuthor: string | null;

  /** The story name the submitter asked for (null: assigned automatically). */
  @Column({ name: 'requested_story', type: 'text', nullable: true })
  requestedStory: string | null;

  @ManyToOne(() => Story, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'story_id' })
  story: Story | null;

  @Column({ name: 'story_id', type: 'uuid', nullable: true })
  storyId: string | null;

  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Column({ type: 'text', nullable: true })
  author: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  authors: string[];

  @Column({ name: 'published_at', type: 'text', nullable: true })
  publishedAt: string | null;

  @Column({ name: 'modified_at', type: 'text', nullable: true })
  modifiedAt: string | null;

  @Column({ type: 'text', nullable: true })
  place: string | null;

  @Column({ type: 'text', nullable: true })
  site: string | null;

  /** Canonical URL from the page, else the submitted one. */
  @Index()
  @Column({ type: 'text', nullable: true })
  url: string | null;

  /**
   * Processed, and another processed article has the same canonical URL: its revisions are looked
   * up to see which is the latest. Set by the worker under the URL's lock; never cleared.
   */
  @Column({ name: 'has_revisions', type: 'boolean', default: false })
  hasRevisions: boolean;

  @Column({ type: 'text', nullable: true })
  language: string | null;

  @Column({ name: 'main_country', type: 'text', nullable: true })
  mainCountry: string | null;

  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true })
  processedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
