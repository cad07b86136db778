import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { METRICS, QUALIFIERS, SUBJECTS } from '../../domain/vocabulary';
import { PageDto } from '../../common/api-docs';
import { SourceArticleDto, SourcePostDto } from '../../common/source-refs.dto';

// What GET /claims and GET /claims/history answer, and the claim shape (DESIGN.md §3) the
// article and post routes reuse. Response documentation only: nothing validates these.

/** A claim's own fields, without its source. */
export class ClaimFieldsDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: METRICS })
  metric: string;

  @ApiProperty({ enum: SUBJECTS })
  subject: string;

  @ApiProperty({ description: "the figure written (or the vague word's point)" })
  value: number;

  @ApiProperty({ type: Number, nullable: true, description: 'null: unbounded below' })
  low: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'null: unbounded above' })
  high: number | null;

  @ApiProperty({ enum: QUALIFIERS })
  qualifier: string;

  @ApiProperty({ type: String, nullable: true, description: 'the most specific place named' })
  location: string | null;

  @ApiProperty({ type: String, nullable: true })
  country: string | null;

  @ApiProperty({ type: [String], description: 'who said it, outermost first' })
  attribution: string[];

  @ApiProperty({ type: String, nullable: true, description: 'ISO date or date-time' })
  asOf: string | null;

  @ApiProperty({ description: 'exact substring of the source text' })
  quote: string;

  @ApiProperty({ type: 'integer', description: "the quote's offset in the source text" })
  start: number;

  @ApiProperty({ type: 'integer' })
  end: number;

  @ApiPropertyOptional({
    enum: [true],
    description:
      'present on a figure the text names as superseded beside the current one ("initially put at 30, rose to 48": 30); never compared as a total',
  })
  earlier?: true;

  @ApiPropertyOptional({
    enum: [true],
    description:
      'present on a figure that counts a part its fields cannot name ("nine of them were declared dead", "149 still in hospital", "20,000 since 2014"); never compared as a total',
  })
  part?: true;
}

/** Where a claim was read: the article's own text, or a post it embeds. */
export class ClaimSourceDto {
  @ApiProperty({ enum: ['article', 'post'] })
  kind: string;

  @ApiPropertyOptional({ type: 'integer', description: "the post's index in the article's posts" })
  index?: number;

  @ApiPropertyOptional({ format: 'uuid' })
  postId?: string;
}

/** A claim with its story, its source and the independent origin it speaks for. */
export class ClaimDto extends ClaimFieldsDto {
  @ApiProperty({ type: String, nullable: true, description: 'the story key' })
  story: string | null;

  @ApiProperty({ type: ClaimSourceDto })
  source: ClaimSourceDto;

  @ApiProperty({ format: 'uuid', description: 'the article it reached the story through' })
  articleId: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  postId: string | null;

  @ApiProperty({ type: SourceArticleDto, nullable: true })
  article: SourceArticleDto | null;

  @ApiProperty({ type: SourcePostDto, nullable: true })
  post: SourcePostDto | null;

  @ApiProperty({ description: 'the independent origin: a post, a named source or an outlet' })
  originKey: string;

  @ApiProperty({ type: String, nullable: true, description: 'the origin in words' })
  originLabel: string | null;

  @ApiProperty({ description: 'a later revision of the same article replaced it' })
  superseded: boolean;

  @ApiProperty({ format: 'date-time', description: 'when the tracker stored it' })
  recordedAt: string;
}

export class ClaimPageDto extends PageDto {
  @ApiProperty({ type: [ClaimDto] })
  items: ClaimDto[];
}

class HistoryClaimDto extends ClaimDto {
  @ApiProperty({ description: "the figure is for a part of the quantity's area" })
  partOfArea: boolean;
}

class HistoryValueDto {
  @ApiProperty()
  value: number;

  @ApiProperty({ type: Number, nullable: true })
  low: number | null;

  @ApiProperty({ type: Number, nullable: true })
  high: number | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: "the earliest source's own date for it; null when no source dates it",
  })
  firstSeenAt: string | null;

  @ApiProperty({ format: 'uuid' })
  firstClaimId: string;

  @ApiProperty({ type: [String] })
  claimIds: string[];

  @ApiProperty({ type: 'integer', description: 'how many independent origins assert it' })
  origins: number;
}

class SeriesValueDto {
  @ApiProperty()
  value: number;

  @ApiProperty({ type: Number, nullable: true })
  low: number | null;

  @ApiProperty({ type: Number, nullable: true })
  high: number | null;

  @ApiProperty({ type: String, nullable: true, description: "the source's own date, or null" })
  firstSeenAt: string | null;

  @ApiProperty({ description: "the origin's later figure replaced it" })
  superseded: boolean;

  @ApiProperty({ type: [String] })
  claimIds: string[];
}

class OriginSeriesDto {
  @ApiProperty()
  originKey: string;

  @ApiProperty({ type: String, nullable: true })
  originLabel: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'the place the series is for: a part and the whole are separate series',
  })
  location: string | null;

  @ApiProperty({
    description: 'true for figures that count a part ("nine of them"), not the total',
  })
  part: boolean;

  @ApiProperty({ type: [SeriesValueDto], description: 'in time order' })
  values: SeriesValueDto[];
}

class EnvelopeDto {
  @ApiProperty({ type: Number, nullable: true })
  low: number | null;

  @ApiProperty({ type: Number, nullable: true })
  high: number | null;
}

class ConservativeFigureDto {
  @ApiProperty()
  value: number;

  @ApiProperty({ enum: ['on_record', 'any_origin'] })
  basis: string;

  @ApiProperty({ type: [String] })
  originKeys: string[];

  @ApiProperty({ type: [String] })
  claimIds: string[];
}

export class ClaimHistoryDto {
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

  @ApiProperty({ type: [HistoryClaimDto], description: 'earliest first' })
  claims: HistoryClaimDto[];

  @ApiProperty({ type: [HistoryValueDto], description: 'each distinct figure, first seen first' })
  values: HistoryValueDto[];

  @ApiProperty({
    type: [OriginSeriesDto],
    description: 'one series per independent origin and place',
  })
  series: OriginSeriesDto[];

  @ApiProperty({
    type: EnvelopeDto,
    nullable: true,
    description: 'over the current figures for the whole area (its parts when it has none)',
  })
  envelope: EnvelopeDto | null;

  @ApiProperty({
    type: ConservativeFigureDto,
    nullable: true,
    description: 'the lowest current figure among on-the-record origins for the whole area',
  })
  conservative: ConservativeFigureDto | null;
}
