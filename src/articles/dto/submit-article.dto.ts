import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  Matches,
  ValidateBy,
} from 'class-validator';
import { ARTICLE_STATUSES, type ArticleStatus } from '../article.entity';
import type { SubmissionFields } from '../submission';

// POST /articles: the body's fields, checked by the global ValidationPipe; the rules that tie
// them together are in ../submission.ts.

const NOT_BLANK = /\S/;

/**
 * Any URL WHATWG parses with http or https and a host. Deliberately no stricter (class-validator's
 * IsUrl refuses 'http://2130706433/'): which hosts may be fetched is the fetcher's address policy,
 * which records its refusal on the article.
 */
function IsHttpUrl() {
  return ValidateBy({
    name: 'isHttpUrl',
    validator: {
      validate: (value: unknown) => {
        if (typeof value !== 'string' || !URL.canParse(value)) return false;
        const { protocol, hostname } = new URL(value);
        return (protocol === 'http:' || protocol === 'https:') && hostname !== '';
      },
      defaultMessage: () => 'url must be http or https, with a host',
    },
  });
}

// Property decorators run bottom-up and the pipe reports a field's first failure, so each field
// lists its rules from the last to check down to the type check next to the property.

/** POST /articles */
export class SubmitArticleDto implements SubmissionFields {
  @ApiPropertyOptional({
    description: 'The article to fetch (http or https), or where given html/text came from',
    maxLength: 4096,
    example: 'https://example.com/news/almaty-clashes',
  })
  @IsOptional()
  @IsHttpUrl()
  @MaxLength(4096)
  @IsString()
  url?: string;

  @ApiPropertyOptional({ description: 'The page as HTML (not with text)' })
  @IsOptional()
  @Matches(NOT_BLANK, { message: 'html is empty' })
  @IsString()
  html?: string;

  @ApiPropertyOptional({ description: 'The article as plain text (not with html)' })
  @IsOptional()
  @Matches(NOT_BLANK, { message: 'text is empty' })
  @IsString()
  text?: string;

  @ApiPropertyOptional({
    description: 'Story key: claims are compared only within one story; assigned when absent',
    maxLength: 200,
    example: 'almaty-2022',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @MaxLength(200)
  @IsNotEmpty({ message: 'story is empty' })
  @IsString()
  story?: string;

  @ApiPropertyOptional({
    description: 'Publication date (ISO 8601) when the content does not carry one',
    maxLength: 64,
    example: '2022-01-06',
  })
  @IsOptional()
  @IsISO8601({}, { message: 'publishedAt is not a date (use ISO 8601, e.g. 2022-01-06)' })
  @MaxLength(64)
  @IsString()
  publishedAt?: string;

  @ApiPropertyOptional({
    description: "The article's title, when the content does not carry one",
    maxLength: 1000,
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @MaxLength(1000)
  @IsString()
  title?: string;

  @ApiPropertyOptional({
    description: 'The publishing site, when the content does not carry it',
    maxLength: 200,
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @MaxLength(200)
  @IsString()
  site?: string;

  @ApiPropertyOptional({
    description: 'The author, when the content does not carry one',
    maxLength: 500,
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @MaxLength(500)
  @IsString()
  author?: string;
}

export class SubmitArticleResultDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ARTICLE_STATUSES })
  status: ArticleStatus;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'a re-submission naming another story: the story it stays in',
  })
  story?: string | null;

  @ApiPropertyOptional({ description: 'a re-submission naming another story: how to move it' })
  message?: string;
}
