import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../common/page-query.dto';
import { TextQuery } from '../../common/query-fields';

/** GET /stories */
export class StoriesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    type: 'boolean',
    description: 'only stories assigned automatically, or only named ones',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  )
  @IsBoolean()
  automatic?: boolean;

  @TextQuery('part of the story key or name, any case')
  q?: string;
}
