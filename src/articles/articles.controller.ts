import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import type { Response } from 'express';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { RequiresRole } from '../auth/auth.decorators';
import { ApiErrors } from '../common/api-docs';
import { orBadRequest, orNotFound, UuidParam } from '../common/http-errors';
import { ArticlesService } from './articles.service';
import { ArticlesQueryDto } from './dto/articles-query.dto';
import { ChangeStoryDto } from './dto/change-story.dto';
import { SubmitArticleDto, SubmitArticleResultDto } from './dto/submit-article.dto';
import { toSubmission } from './submission';
import { StoryMovesService } from '../stories/story-moves.service';

@ApiTags('articles')
@Controller('articles')
export class ArticlesController {
  constructor(
    private readonly articles: ArticlesService,
    private readonly moves: StoryMovesService,
  ) {}

  /** 202 for a new article, 200 with the same id for one submitted before. */
  @ApiOperation({ summary: 'Submit an article: a URL to fetch, HTML or plain text' })
  @ApiResponse({ status: 202, description: 'accepted and queued', type: SubmitArticleResultDto })
  @ApiResponse({
    status: 200,
    description: 'the same article was submitted before: its id',
    type: SubmitArticleResultDto,
  })
  @HttpCode(HttpStatus.ACCEPTED)
  @RequiresRole('submitter')
  @Post()
  async submit(@Body() body: SubmitArticleDto, @Res({ passthrough: true }) res: Response) {
    const submission = orBadRequest(toSubmission(body));
    const result = await this.articles.submit(submission);
    res.status(result.created ? HttpStatus.ACCEPTED : HttpStatus.OK);
    const { id, status, story, message } = result;
    return message ? { id, status, story, message } : { id, status };
  }

  @ApiOperation({ summary: 'Articles, newest first, filtered by status or story' })
  @ApiOkResponse({ description: '{items, total, page, limit}' })
  @RequiresRole('reader')
  @Get()
  list(@Query() query: ArticlesQueryDto) {
    return this.articles.list(query);
  }

  /** Every revision of the article's canonical URL, oldest first, with what changed figure by figure. */
  @ApiOperation({
    summary: "Every revision of the article's URL, with what changed figure by figure",
  })
  @ApiOkResponse({ description: 'the revisions, oldest first' })
  @ApiErrors(404)
  @RequiresRole('reader')
  @Get(':id/revisions')
  async revisions(@Param('id', UuidParam) id: string) {
    return orNotFound(await this.articles.revisions(id), `article ${id}`);
  }

  @ApiOperation({ summary: 'An article: status, metadata, posts and claims' })
  @ApiOkResponse({ description: 'the article' })
  @ApiErrors(404)
  @RequiresRole('reader')
  @Get(':id')
  async findOne(@Param('id', UuidParam) id: string) {
    return orNotFound(await this.articles.findOne(id), `article ${id}`);
  }

  /** Gives or changes the article's story ({story}); both stories' comparisons are re-run. */
  @ApiOperation({ summary: "Give or change the article's story; both stories are compared again" })
  @ApiOkResponse({ description: 'the move: the article and its old and new story' })
  @ApiErrors(404)
  @RequiresRole('submitter')
  @Patch(':id')
  async changeStory(@Param('id', UuidParam) id: string, @Body() body: ChangeStoryDto) {
    const result = await this.moves.moveArticle(id, body.story);
    return orNotFound(result.outcome === 'not_found' ? null : result, `article ${id}`);
  }
}
