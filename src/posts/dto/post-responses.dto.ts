import { ApiProperty } from '@nestjs/swagger';
import { ClaimFieldsDto, ClaimSourceDto } from '../../claims/dto/claim-responses.dto';
import { PLATFORMS } from '../../domain/vocabulary';

// What GET /posts/:id answers, and the post shape (DESIGN.md §3) that GET /articles/:id reuses.
// Response documentation only: nothing validates these.

/** A stored post in the shape `cli extract` prints. */
export class PostViewDto {
  @ApiProperty({ enum: ['embedded', 'referenced'] })
  kind: string;

  @ApiProperty({ enum: PLATFORMS })
  platform: string;

  @ApiProperty({ type: String, nullable: true, description: "the platform's id of the post" })
  externalId: string | null;

  @ApiProperty({ type: String, nullable: true })
  url: string | null;

  @ApiProperty({ type: String, nullable: true })
  authorName: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'without the "@"' })
  handle: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'ISO date or date-time' })
  postedAt: string | null;

  @ApiProperty({ type: String, nullable: true, enum: ['ms', 'minute', 'day'] })
  postedAtPrecision: string | null;

  @ApiProperty()
  text: string;

  @ApiProperty({ type: [String] })
  links: string[];

  @ApiProperty({ type: [String] })
  mentions: string[];

  @ApiProperty({ type: [String] })
  hashtags: string[];

  @ApiProperty({ type: [String] })
  media: string[];

  @ApiProperty({ type: String, nullable: true, description: "digest of the embed's markup" })
  markupSha256: string | null;
}

class PostClaimDto extends ClaimFieldsDto {
  @ApiProperty({ type: ClaimSourceDto })
  source: ClaimSourceDto;
}

class EmbeddingArticleDto {
  @ApiProperty({ format: 'uuid' })
  articleId: string;

  @ApiProperty({ type: String, nullable: true })
  title: string | null;

  @ApiProperty({ type: String, nullable: true })
  site: string | null;

  @ApiProperty({ type: String, nullable: true })
  url: string | null;

  @ApiProperty({ type: String, nullable: true })
  publishedAt: string | null;

  @ApiProperty({ type: 'integer', description: "the post's index in the article's posts" })
  position: number;

  @ApiProperty({ format: 'date-time' })
  firstSeenAt: string;
}

export class PostDto extends PostViewDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'date-time', description: 'when the tracker first stored it' })
  firstSeenAt: string;

  @ApiProperty({ type: [PostClaimDto] })
  claims: PostClaimDto[];

  @ApiProperty({ type: [EmbeddingArticleDto], description: 'every article that embeds it' })
  embeddedIn: EmbeddingArticleDto[];
}
