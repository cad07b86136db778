import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** PATCH /articles/:id */
export class ChangeStoryDto {
  @ApiProperty({ maxLength: 200, description: 'The story to move the article to (created if new)' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  story: string;
}
