import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ClaimFieldsDto, ClaimSourceDto } from '../../claims/dto/claim-responses.dto';
import { PageDto } from '../../common/api-docs';
import { METRICS, QUALIFIERS, SUBJECTS } from '../../domain/vocabulary';
import { PostViewDto } from '../../posts/dto/post-responses.dto';
import { ARTICLE_STATUSES } from '../article.entity';

// What the /articles routes answer. Response documentation only: nothing validates these.

export class ArticleSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ARTICLE_STATUSES })
  status: string;

  @ApiProperty({ type: String, nullable: true, description: 'why it failed' })
  error: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'the story key' })
  story: string | null;

  @ApiProperty({ type: String, nullable: true })
  title: string | null;

  @ApiProperty({ type: String, nullable: true })
  site: string | null;

  @ApiProperty({ type: String, nullable: true })
  url: string | null;

  @ApiProperty({ type: String, nullable: true })
  publishedAt: string | null;

  @ApiProperty({ format: 'date-time' })
  submittedAt: string;
}

export class ArticlePageDto extends PageDto {
  @ApiProperty({ type: [ArticleSummaryDto] })
  items: ArticleSummaryDto[];
}

class ArticleContentDto {
  @ApiProperty({ type: String, nullable: true, enum: ['html', 'text'], description: 'null: a URL' })
  format: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'digest of the submitted or fetched text',
  })
  sha256: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  fetchedAt: string | null;
}

class ArticleMetadataDto {
  @ApiProperty({ type: String, nullable: true })
  title: string | null;

  @ApiProperty({ type: String, nullable: true })
  author: string | null;

  @ApiProperty({ type: [String] })
  authors: string[];

  @ApiProperty({ type: String, nullable: true })
  publishedAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  modifiedAt: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'the dateline place' })
  place: string | null;

  @ApiProperty({ type: String, nullable: true })
  site: string | null;

  @ApiProperty({ type: String, nullable: true })
  url: string | null;

  @ApiProperty({ type: String, nullable: true })
  language: string | null;
}

class ArticlePostDto extends PostViewDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
}

class ArticleClaimDto extends ClaimFieldsDto {
  @ApiProperty({ type: ClaimSourceDto, description: 'a post source carries its index in posts' })
  source: ClaimSourceDto;
}

export class ArticleDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ARTICLE_STATUSES })
  status: string;

  @ApiProperty({ type: String, nullable: true, description: 'why it failed' })
  error: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'the story key' })
  story: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  storyId: string | null;

  @ApiProperty({ format: 'date-time' })
  submittedAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  processedAt: string | null;

  @ApiProperty({ type: ArticleContentDto })
  content: ArticleContentDto;

  @ApiProperty({ type: ArticleMetadataDto })
  article: ArticleMetadataDto;

  @ApiProperty({ type: [ArticlePostDto], description: 'in the order the article embeds them' })
  posts: ArticlePostDto[];

  @ApiProperty({ type: [ArticleClaimDto], description: "the body's claims, then each post's" })
  claims: ArticleClaimDto[];
}

class RevisionFigureDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: METRICS })
  metric: string;

  @ApiProperty({ enum: SUBJECTS })
  subject: string;

  @ApiProperty({ type: String, nullable: true })
  location: string | null;

  @ApiProperty()
  value: number;

  @ApiProperty({ type: Number, nullable: true })
  low: number | null;

  @ApiProperty({ type: Number, nullable: true })
  high: number | null;

  @ApiProperty()
  quote: string;

  @ApiProperty({ enum: QUALIFIERS })
  qualifier: string;

  @ApiProperty({ type: [String] })
  attribution: string[];

  @ApiProperty({ type: String, nullable: true })
  asOf: string | null;
}

class ChangedFigureDto {
  @ApiProperty()
  value: number;

  @ApiProperty({ type: Number, nullable: true })
  low: number | null;

  @ApiProperty({ type: Number, nullable: true })
  high: number | null;

  @ApiProperty()
  quote: string;
}

class FigureChangeDto {
  @ApiProperty({ description: 'metric|subject|location: the quantity' })
  key: string;

  @ApiProperty({ enum: METRICS })
  metric: string;

  @ApiProperty({ enum: SUBJECTS })
  subject: string;

  @ApiProperty({ type: String, nullable: true })
  location: string | null;

  @ApiProperty({ enum: ['added', 'removed', 'changed'] })
  change: string;

  @ApiProperty({ type: [ChangedFigureDto], description: 'empty when added' })
  before: ChangedFigureDto[];

  @ApiProperty({ type: [ChangedFigureDto], description: 'empty when removed' })
  after: ChangedFigureDto[];
}

class RevisionDto {
  @ApiProperty({ type: 'integer', description: '1 for the oldest' })
  revision: number;

  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ARTICLE_STATUSES })
  status: string;

  @ApiProperty({ description: 'the latest processed revision' })
  latest: boolean;

  @ApiProperty({ type: String, nullable: true })
  title: string | null;

  @ApiProperty({ type: String, nullable: true })
  publishedAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  modifiedAt: string | null;

  @ApiProperty({ format: 'date-time' })
  submittedAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  processedAt: string | null;

  @ApiProperty({ type: [RevisionFigureDto] })
  figures: RevisionFigureDto[];

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'the previous processed revision',
  })
  previousId: string | null;

  @ApiProperty({
    type: [FigureChangeDto],
    nullable: true,
    description:
      'against the previous processed revision; null for the first or while not processed',
  })
  changes: FigureChangeDto[] | null;
}

export class RevisionsDto {
  @ApiProperty({ type: String, nullable: true, description: 'null: an article without a URL' })
  url: string | null;

  @ApiProperty({ type: 'integer' })
  count: number;

  @ApiProperty({ type: [RevisionDto], description: 'oldest first' })
  revisions: RevisionDto[];
}

export class ArticleMoveDto {
  @ApiProperty({ enum: ['moved', 'unchanged'] })
  outcome: string;

  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'the story key it is in now' })
  story: string;

  @ApiProperty({ type: String, nullable: true })
  previousStory: string | null;
}

export class RefetchResultDto {
  @ApiProperty({ format: 'uuid', description: 'the article (a new revision: its own id)' })
  id: string;

  @ApiProperty({ enum: ['queued', 'processed'] })
  status: string;

  @ApiProperty({ enum: ['retrying', 'new-revision', 'unchanged'] })
  outcome: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'new-revision: the revision it follows' })
  previousId?: string;

  @ApiPropertyOptional({ description: 'unchanged: why nothing was stored' })
  message?: string;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'unchanged: when the latest revision was fetched',
  })
  fetchedAt?: string | null;
}

export class ReprocessResultDto {
  @ApiProperty({ type: [String], description: 'the articles queued again' })
  ids: string[];
}
