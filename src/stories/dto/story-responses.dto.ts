import { ApiProperty } from '@nestjs/swagger';
import { ARTICLE_STATUSES } from '../../articles/article.entity';
import { PageDto } from '../../common/api-docs';
import { SourceArticleDto, SourcePostDto } from '../../common/source-refs.dto';

// What the /stories routes answer. Response documentation only: nothing validates these.

class StoryCountsDto {
  @ApiProperty({ type: 'integer' })
  articles: number;

  @ApiProperty({ type: 'integer' })
  processedArticles: number;

  @ApiProperty({ type: 'integer', description: 'distinct posts its articles embed' })
  posts: number;

  @ApiProperty({ type: 'integer' })
  claims: number;

  @ApiProperty({ type: 'integer' })
  discrepancies: number;

  @ApiProperty({ type: 'integer' })
  openDiscrepancies: number;
}

export class StoryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'the key given at submission, or one made for an automatic story' })
  key: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ description: 'assigned from shared places and dates, not named by a submitter' })
  automatic: boolean;

  @ApiProperty({ type: String, nullable: true })
  mainCountry: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'date' })
  firstDate: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'date' })
  lastDate: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: StoryCountsDto })
  counts: StoryCountsDto;
}

export class StoryPageDto extends PageDto {
  @ApiProperty({ type: [StoryDto] })
  items: StoryDto[];
}

class StoryArticleDto extends SourceArticleDto {
  @ApiProperty({ enum: ARTICLE_STATUSES })
  status: string;

  @ApiProperty({ format: 'date-time' })
  submittedAt: string;

  @ApiProperty({ type: 'integer', description: "the article's own claims" })
  claims: number;

  @ApiProperty({ type: 'integer', description: 'the posts it embeds' })
  posts: number;
}

class StoryPostDto extends SourcePostDto {
  @ApiProperty({ enum: ['embedded', 'referenced'] })
  kind: string;

  @ApiProperty({ type: 'integer' })
  claims: number;

  @ApiProperty({ type: 'integer', description: "how many of the story's articles embed it" })
  embeddedBy: number;
}

class StoryMergeRecordDto {
  @ApiProperty({ description: 'the key of the story merged into this one' })
  mergedKey: string;

  @ApiProperty()
  mergedName: string;

  @ApiProperty({ type: 'integer' })
  articlesMoved: number;

  @ApiProperty({ description: 'true when the tracker found the two stories were one event' })
  automatic: boolean;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'for an automatic merge, how much the two stories shared (story-merging.ts)',
  })
  score: number | null;

  @ApiProperty({ type: String, format: 'date-time' })
  at: string;
}

export class StoryDetailDto extends StoryDto {
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'the key asked for when it named a story since merged into this one (its merges list it); ' +
      "null when asked by this story's own key or id",
  })
  mergedFrom: string | null;

  @ApiProperty({ type: 'integer' })
  openDiscrepancies: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'discrepancies by status: {open: 2, confirmed: 1}',
  })
  discrepanciesByStatus: Record<string, number>;

  @ApiProperty({ type: [StoryArticleDto], description: 'earliest published first' })
  articles: StoryArticleDto[];

  @ApiProperty({ type: [StoryPostDto], description: 'earliest posted first' })
  posts: StoryPostDto[];

  @ApiProperty({
    type: [StoryMergeRecordDto],
    description: 'the stories merged into it, oldest first',
  })
  merges: StoryMergeRecordDto[];
}

export class StoryMergeDto {
  @ApiProperty({ enum: ['merged'] })
  outcome: string;

  @ApiProperty({ description: 'the story key it was merged into' })
  into: string;

  @ApiProperty({ description: 'the story key merged away' })
  merged: string;

  @ApiProperty({ type: 'integer' })
  articlesMoved: number;
}
