import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageDto } from '../../common/api-docs';
import { SourceArticleDto } from '../../common/source-refs.dto';
import { METRICS, QUALIFIERS, SUBJECTS } from '../../domain/vocabulary';
import { DISCREPANCY_STATUSES } from '../discrepancy.entity';
import { DISCREPANCY_KINDS } from '../rules/comparable-claim';

// What the /discrepancies routes answer (DESIGN.md §5). Response documentation only.

/** The article or the post a claim was read in; the fields of the other kind are absent. */
class EvidenceSourceDto {
  @ApiProperty({ enum: ['article', 'post'] })
  kind: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'article' })
  articleId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'article' })
  title?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'article' })
  site?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'article' })
  author?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'article' })
  publishedAt?: string | null;

  @ApiPropertyOptional({ format: 'uuid', description: 'post' })
  postId?: string;

  @ApiPropertyOptional({ description: 'post' })
  platform?: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'post' })
  handle?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'post' })
  authorName?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'post' })
  postedAt?: string | null;

  @ApiProperty({ type: String, nullable: true })
  url: string | null;
}

/** A claim behind a value, with its sentence and where it was read. */
class EvidenceClaimDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'exact substring of the source text' })
  quote: string;

  @ApiProperty({ type: 'integer' })
  quoteStart: number;

  @ApiProperty({ type: String, nullable: true, description: 'the sentence around the quote' })
  sentence: string | null;

  @ApiProperty({ type: 'integer', nullable: true })
  sentenceStart: number | null;

  @ApiProperty({ type: EvidenceSourceDto })
  source: EvidenceSourceDto;

  @ApiProperty({
    type: SourceArticleDto,
    nullable: true,
    description: 'the article it was read in (for a post: the first to embed it)',
  })
  article: SourceArticleDto | null;

  @ApiProperty({ type: [String], description: 'outermost first' })
  attribution: string[];

  @ApiProperty({ type: String, nullable: true, description: 'the chain in words' })
  attributionText: string | null;

  @ApiProperty({ type: String, nullable: true })
  asOf: string | null;

  @ApiProperty({ type: String, nullable: true })
  location: string | null;

  @ApiProperty({ enum: QUALIFIERS })
  qualifier: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  articleId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  postId: string | null;
}

/** One origin's value. */
class DiscrepancyValueDto {
  @ApiProperty()
  value: number;

  @ApiProperty({ type: Number, nullable: true })
  low: number | null;

  @ApiProperty({ type: Number, nullable: true })
  high: number | null;

  @ApiProperty({ type: String, nullable: true })
  location: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'the independent origin' })
  origin: string | null;

  @ApiProperty({ type: String, nullable: true })
  originLabel: string | null;

  @ApiProperty({ type: String, nullable: true })
  asOf: string | null;

  @ApiProperty({ description: 'the same origin said something later' })
  superseded: boolean;

  @ApiProperty({ type: [EvidenceClaimDto] })
  claims: EvidenceClaimDto[];
}

export class DiscrepancyDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'the story key' })
  story: string;

  @ApiProperty({ format: 'uuid' })
  storyId: string;

  @ApiProperty({ enum: METRICS })
  metric: string;

  @ApiProperty({ enum: SUBJECTS })
  subject: string;

  @ApiProperty({ type: String, nullable: true })
  location: string | null;

  @ApiProperty({ enum: DISCREPANCY_KINDS })
  kind: string;

  @ApiProperty({ enum: DISCREPANCY_STATUSES })
  status: string;

  @ApiProperty({ minimum: 0, maximum: 1 })
  severity: number;

  @ApiProperty({ description: 'the rule that fired' })
  rule: string;

  @ApiProperty({ description: 'built from the values, subject, places, sources and dates' })
  explanation: string;

  @ApiProperty({
    type: [DiscrepancyValueDto],
    nullable: true,
    description: 'the two values that disagree most clearly',
  })
  pair: DiscrepancyValueDto[] | null;

  @ApiProperty({ type: [DiscrepancyValueDto], description: 'grouped by origin, in time order' })
  values: DiscrepancyValueDto[];

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class DiscrepancyPageDto extends PageDto {
  @ApiProperty({ type: [DiscrepancyDto] })
  items: DiscrepancyDto[];
}

export class ReviewEventDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'integer', description: "the trail's order" })
  seq: number;

  @ApiProperty({
    enum: [
      'flagged',
      'updated',
      'reopened',
      'confirmed',
      'dismissed',
      'resolved',
      'value_dismissed',
    ],
  })
  action: string;

  @ApiProperty({ type: String, nullable: true, enum: DISCREPANCY_STATUSES })
  fromStatus: string | null;

  @ApiProperty({ enum: DISCREPANCY_STATUSES })
  toStatus: string;

  @ApiProperty({ type: String, nullable: true })
  note: string | null;

  @ApiProperty({ description: 'the key name of the reviewer, or "system"' })
  actor: string;

  @ApiProperty({
    type: 'object',
    nullable: true,
    additionalProperties: true,
    description: "the system's events: the values and the rule",
  })
  details: Record<string, unknown> | null;

  @ApiProperty({ format: 'date-time' })
  at: string;
}
