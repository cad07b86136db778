import {
  Body,
  ConflictException,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
} from '@nestjs/common';
import { RequiresRole } from '../auth/auth.decorators';
import { orBadRequest, orNotFound } from '../common/http-errors';
import { parsePage } from '../common/pagination';
import { MergeStoryDto } from './dto/merge-story.dto';
import { StoriesQueryService } from './stories-query.service';
import { StoryMovesService } from './story-moves.service';

@Controller('stories')
export class StoriesController {
  constructor(
    private readonly stories: StoriesQueryService,
    private readonly moves: StoryMovesService,
  ) {}

  /** Stories with their counts, most recent first; ?automatic=true|false, ?q=part of the key or name. */
  @RequiresRole('reader')
  @Get()
  list(@Query() query: Record<string, string | undefined>) {
    const page = orBadRequest(parsePage(query));
    const automatic = query.automatic;
    if (automatic !== undefined && automatic !== 'true' && automatic !== 'false')
      orBadRequest(new Error('automatic must be true or false'));
    if (query.q !== undefined && (typeof query.q !== 'string' || query.q.length > 200))
      orBadRequest(new Error('q must be a single text of at most 200 characters'));
    return this.stories.list({
      ...page,
      automatic: automatic === undefined ? undefined : automatic === 'true',
      q: query.q?.trim() || undefined,
    });
  }

  /** A story by id or key: its articles, posts and open discrepancies count. */
  @RequiresRole('reader')
  @Get(':id')
  async findOne(@Param('id') id: string) {
    if (!id.trim() || id.length > 500) orBadRequest(new Error('id must be a story id or key'));
    return orNotFound(await this.stories.findOne(id), `story ${id}`);
  }

  /** Merges this story into another ({into: id or key}): its articles move, its flags are re-decided there. */
  @RequiresRole('reviewer')
  @Post(':id/merge')
  @HttpCode(200)
  async merge(@Param('id') id: string, @Body() body: MergeStoryDto) {
    const result = await this.moves.merge(id, body.into);
    if (result.outcome === 'not_found') orNotFound(null, result.what);
    if (result.outcome === 'same_story')
      throw new ConflictException('a story cannot be merged into itself');
    return result;
  }
}
