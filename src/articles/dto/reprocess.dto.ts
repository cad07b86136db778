import { ApiPropertyOptional } from '@nestjs/swagger';
import { Equals, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

/** POST /articles/reprocess: exactly one of `story` or `all: true`. */
export class ReprocessDto {
  @ApiPropertyOptional({ description: "a story's key or id: its articles are run again" })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  story?: string;

  @ApiPropertyOptional({ enum: [true], description: 'true: every stored article is run again' })
  @IsOptional()
  @Equals(true)
  all?: true;
}
