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
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequiresRole } from '../auth/auth.decorators';
import { ApiErrors } from '../common/api-docs';
import { orBadRequest, orNotFound } from '../common/http-errors';
import { MergeStoryDto } from './dto/merge-story.dto';
import { StoriesQueryDto } from './dto/stories-query.dto';
import { StoriesQueryService } from './stories-query.service';
import { StoryMovesService } from './story-moves.service';
import { StoryDetailDto, StoryMergeDto, StoryPageDto } from './dto/story-responses.dto';

@ApiTags('stories')
@Controller('stories')
export class StoriesController {
  constructor(
    private readonly stories: StoriesQueryService,
    private readonly moves: StoryMovesService,
  ) {}

  /** Stories with their counts, most recent first; ?automatic=true|false, ?q=part of the key or name. */
  @ApiOperation({ summary: 'Stories with their counts, most recent first' })
  @ApiOkResponse({ description: 'a page of stories', type: StoryPageDto })
  @RequiresRole('reader')
  @Get()
  list(@Query() query: StoriesQueryDto) {
    return this.stories.list(query);
  }

  /** A story by id or key: its articles, posts and open discrepancies count. */
  @ApiOperation({ summary: 'A story by id or key: its articles, posts and open discrepancies' })
  @ApiOkResponse({ description: 'the story', type: StoryDetailDto })
  @ApiErrors(404)
  @RequiresRole('reader')
  @Get(':id')
  async findOne(@Param('id') id: string) {
    if (!id.trim() || id.length > 500) orBadRequest(new Error('id must be a story id or key'));
    return orNotFound(await this.stories.findOne(id), `story ${id}`);
  }

  /** Merges this story into another ({into: id or key}): its articles move, its flags are re-decided there. */
  @ApiOperation({
    summary: 'Merge this story into another: its articles move, its flags are re-decided',
  })
  @ApiOkResponse({ description: 'the merge: what moved where', type: StoryMergeDto })
  @ApiErrors(404, 409)
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
