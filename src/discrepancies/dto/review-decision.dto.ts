import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsDefined, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { DISCREPANCY_STATUSES, type DiscrepancyStatus } from '../discrepancy.entity';
import { MAX_NOTE_LENGTH, type ReviewDecision } from '../review-transitions';

/** PATCH /discrepancies/:id */
export class ReviewDecisionDto {
  @ApiProperty({
    enum: DISCREPANCY_STATUSES,
    description: 'The decision; `open` reopens a decided discrepancy (a note is then required)',
  })
  @IsIn(DISCREPANCY_STATUSES)
  @IsDefined({ message: '$property is required' })
  status: ReviewDecision;

  @ApiPropertyOptional({
    maxLength: MAX_NOTE_LENGTH,
    description: 'Why; required to dismiss or reopen. Surrounding spaces are dropped.',
  })
  @IsOptional()
  @MaxLength(MAX_NOTE_LENGTH)
  @IsString()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  note?: string;

  @ApiPropertyOptional({
    enum: DISCREPANCY_STATUSES,
    description: 'The status the reviewer saw; 409 when it has changed since',
  })
  @IsOptional()
  @IsIn(DISCREPANCY_STATUSES)
  expected?: DiscrepancyStatus;
}
