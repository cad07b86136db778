import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { MAX_NOTE_LENGTH } from '../review-transitions';

/** POST /discrepancies/:id/values/:claimId/dismiss */
export class DismissValueDto {
  @ApiProperty({
    maxLength: MAX_NOTE_LENGTH,
    description: 'Why the value is no total of the quantity ("a subset: one hospital")',
  })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty({ message: 'note is required to dismiss a value (say why it is no total)' })
  @MaxLength(MAX_NOTE_LENGTH)
  note: string;
}
