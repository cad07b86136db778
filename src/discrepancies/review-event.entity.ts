import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Discrepancy } from './discrepancy.entity';

export type ReviewAction =
  | 'flagged'
  | 'updated'
  | 'reopened'
  | 'confirmed'
  | 'dismissed'
  | 'resolved'
  /** One value taken out of the flag by a reviewer; the flag's status is unchanged. */
  | 'value_dismissed';

/** The audit trail of a discrepancy: what the system and the reviewers did, and when. */
@Entity('review_events')
export class ReviewEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The trail's order: taken under the discrepancy's row lock, so the last event is the current status. */
  @Column({
    type: 'bigint',
    insert: false,
    update: false,
    transformer: { from: (v: string) => Number(v), to: (v: number) => v },
  })
  seq: number;

  @Index()
  @Column({ name: 'discrepancy_id', type: 'uuid' })
  discrepancyId: string;

  @ManyToOne(() => Discrepancy, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'discrepancy_id' })
  discrepancy: Discrepancy;

  @Column({ type: 'text' })
  action: ReviewAction;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: string | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** "system" for the detector, else the reviewer's key name. */
  @Column({ type: 'text' })
  actor: string;

  @Column({ type: 'jsonb', nullable: true })
  details: Record<string, unknown> | null;

  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at: Date;
}
