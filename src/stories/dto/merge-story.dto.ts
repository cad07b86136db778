import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** POST /stories/:id/merge */
export class MergeStoryDto {
  @ApiProperty({ maxLength: 500, description: 'The story (id or key) to merge this one into' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  into: string;
}
