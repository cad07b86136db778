import { ApiProperty } from '@nestjs/swagger';
import { PLATFORMS } from '../domain/vocabulary';

// The article and the post a figure was read in, as every route that shows a claim's source
// names them. Response documentation only: nothing validates these.

/** An article as a source: what a desk cites it by. */
export class SourceArticleDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: String, nullable: true })
  title: string | null;

  @ApiProperty({ type: String, nullable: true })
  site: string | null;

  @ApiProperty({ type: String, nullable: true })
  url: string | null;

  @ApiProperty({ type: String, nullable: true })
  author: string | null;

  @ApiProperty({ type: String, nullable: true })
  publishedAt: string | null;
}

/** A social post as a source: who posted it, when, and its link. */
export class SourcePostDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: PLATFORMS })
  platform: string;

  @ApiProperty({ type: String, nullable: true })
  handle: string | null;

  @ApiProperty({ type: String, nullable: true })
  authorName: string | null;

  @ApiProperty({ type: String, nullable: true })
  url: string | null;

  @ApiProperty({ type: String, nullable: true })
  postedAt: string | null;
}
