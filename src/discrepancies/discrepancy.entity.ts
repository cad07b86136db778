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
import type { Metric, Subject } from '../domain/vocabulary';
import { Story } from '../stories/story.entity';
import type { DiscrepancyKind, DiscrepancyValue } from './rules/comparable-claim';

export const DISCREPANCY_STATUSES = ['open', 'confirmed', 'dismissed', 'resolved'] as const;
export type DiscrepancyStatus = (typeof DISCREPANCY_STATUSES)[number];

/** One per (story, quantity); updated as claims arrive, the reviewer's decision kept. */
@Entity('discrepancies')
@Index(['storyId', 'metric', 'subject', 'locationKey'], { unique: true })
export class Discrepancy {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'story_id', type: 'uuid' })
  storyId: string;

  @ManyToOne(() => Story, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'story_id' })
  story: Story;

  @Column({ type: 'text' })
  metric: Metric;

  @Column({ type: 'text' })
  subject: Subject;

  @Column({ type: 'text', nullable: true })
  location: string | null;

  /** location, or '' for the story's whole area: a unique index cannot rely on NULLs. */
  @Column({ name: 'location_key', type: 'text' })
  locationKey: string;

  @Column({ type: 'text' })
  kind: DiscrepancyKind;

  @Column({ type: 'text' })
  status: DiscrepancyStatus;

  @Column({ type: 'double precision' })
  severity: number;

  @Column({ type: 'text' })
  rule: string;

  @Column({ type: 'text' })
  explanation: string;

  /** The competing values and the claim ids behind each, as the rules last decided them. */
  @Column({ type: 'jsonb' })
  values: DiscrepancyValue[];

  /** The two values the flag leads with (null only on rows decided before pairs existed). */
  @Column({ type: 'jsonb', nullable: true })
  pair: [DiscrepancyValue, DiscrepancyValue] | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
