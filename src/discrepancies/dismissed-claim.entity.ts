import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A claim a reviewer took out of its story's comparison ("not a total: a subset"). */
@Entity('dismissed_claims')
export class DismissedClaim {
  @PrimaryColumn({ name: 'claim_id', type: 'uuid' })
  claimId: string;

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
