import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ClaimRecord } from '../claims/claim.entity';
import { Discrepancy } from './discrepancy.entity';

/** The claims a discrepancy weighs, with the value each asserts. */
@Entity('discrepancy_claims')
export class DiscrepancyClaim {
  @PrimaryColumn({ name: 'discrepancy_id', type: 'uuid' })
  discrepancyId: string;

  @PrimaryColumn({ name: 'claim_id', type: 'uuid' })
  claimId: string;

  @ManyToOne(() => Discrepancy, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'discrepancy_id' })
  discrepancy: Discrepancy;

  @Index()
  @ManyToOne(() => ClaimRecord, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'claim_id' })
  claim: ClaimRecord;

  @Column({ type: 'double precision' })
  value: number;
}
