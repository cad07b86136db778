import { ApiProperty } from '@nestjs/swagger';
import { DISCREPANCY_STATUSES } from '../discrepancies/discrepancy.entity';
import { DISCREPANCY_KINDS } from '../discrepancies/rules/comparable-claim';
import { METRICS, QUALIFIERS, SUBJECTS } from '../domain/vocabulary';

/** What GET /vocabulary answers: each list in full, as the API accepts and answers it. */
export class VocabularyDto {
  @ApiProperty({ type: [String], example: [...METRICS] })
  metrics: string[];

  @ApiProperty({ type: [String], example: [...SUBJECTS] })
  subjects: string[];

  @ApiProperty({ type: [String], example: [...QUALIFIERS] })
  qualifiers: string[];

  @ApiProperty({ type: [String], example: [...DISCREPANCY_KINDS] })
  discrepancyKinds: string[];

  @ApiProperty({ type: [String], example: [...DISCREPANCY_STATUSES] })
  discrepancyStatuses: string[];
}
