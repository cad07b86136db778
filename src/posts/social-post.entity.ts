import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Platform, PostKind, TimePrecision } from '../domain/vocabulary';

/** A social post, stored once however many articles embed it. */
@Entity('social_posts')
export class SocialPost {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** platform:externalId, or platform:handle:sha256(normalised text) when the post has no id. */
  @Column({ name: 'identity_key', type: 'text', unique: true })
  identityKey: string;

  @Column({ type: 'text' })
  kind: PostKind;

  @Column({ type: 'text' })
  platform: Platform;

  @Column({ name: 'external_id', type: 'text', nullable: true })
  externalId: string | null;

  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Column({ name: 'author_name', type: 'text', nullable: true })
  authorName: string | null;

  @Column({ type: 'text', nullable: true })
  handle: string | null;

  @Column({ name: 'posted_at', type: 'text', nullable: true })
  postedAt: string | null;

  @Column({ name: 'posted_at_precision', type: 'text', nullable: true })
  postedAtPrecision: TimePrecision | null;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  links: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  mentions: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  hashtags: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  media: string[];

  @Column({ name: 'markup_sha256', type: 'text', nullable: true })
  markupSha256: string | null;

  @CreateDateColumn({ name: 'first_seen_at', type: 'timestamptz' })
  firstSeenAt: Date;
}
