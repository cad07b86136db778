import {
  BadGatewayException,
  BadRequestException,
  Body,
  ConflictException,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  NotFoundException,
  Param,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import type { Response } from 'express';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { RequiresRole } from '../auth/auth.decorators';
import { ApiErrors, ErrorResponseDto } from '../common/api-docs';
import { orBadRequest, orNotFound, UuidParam } from '../common/http-errors';
import { ArticleRefetchService, type RefetchOutcome } from './article-refetch.service';
import { ArticlesService } from './articles.service';
import { ArticlesQueryDto } from './dto/articles-query.dto';
import { ChangeStoryDto } from './dto/change-story.dto';
import { SubmitArticleDto, SubmitArticleResultDto } from './dto/submit-article.dto';
import { toSubmission } from './submission';
import { StoryMovesService } from '../stories/story-moves.service';
import {
  ArticleDto,
  ArticleMoveDto,
  ArticlePageDto,
  RefetchResultDto,
  RevisionsDto,
} from './dto/article-responses.dto';

@ApiTags('articles')
@Controller('articles')
export class ArticlesController {
  constructor(
    private readonly articles: ArticlesService,
    private readonly moves: StoryMovesService,
    private readonly refetches: ArticleRefetchService,
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

  /**
   * Fetches a URL article again: a failed one is retried (202); a processed one becomes a new
   * revision when the page changed (202, the new revision's id) or is left as it is (200).
   */
  @ApiOperation({
    summary: 'Fetch a URL article again: retry a failed one, or make a new revision if it changed',
  })
  @ApiResponse({
    status: 202,
    description: 'retrying, or a new revision (its id, previousId)',
    type: RefetchResultDto,
  })
  @ApiResponse({ status: 200, description: 'unchanged: nothing stored', type: RefetchResultDto })
  @ApiErrors(400, 404, 409)
  @ApiResponse({
    status: 502,
    description: 'the page could not be fetched again: the reason',
    type: ErrorResponseDto,
  })
  @RequiresRole('submitter')
  @Post(':id/fetch')
  async refetch(@Param('id', UuidParam) id: string, @Res({ passthrough: true }) res: Response) {
    const result = await this.refetches.refetch(id);
    res.status(refetchStatus(result));
    return refetchAnswer(id, result);
  }

  @ApiOperation({ summary: 'Articles, newest first, filtered by status or story' })
  @ApiOkResponse({ description: 'a page of articles', type: ArticlePageDto })
  @RequiresRole('reader')
  @Get()
  list(@Query() query: ArticlesQueryDto) {
    return this.articles.list(query);
  }

  /** Every revision of the article's canonical URL, oldest first, with what changed figure by figure. */
  @ApiOperation({
    summary: "Every revision of the article's URL, with what changed figure by figure",
  })
  @ApiOkResponse({ description: 'the revisions, oldest first', type: RevisionsDto })
  @ApiErrors(404)
  @RequiresRole('reader')
  @Get(':id/revisions')
  async revisions(@Param('id', UuidParam) id: string) {
    return orNotFound(await this.articles.revisions(id), `article ${id}`);
  }

  @ApiOperation({ summary: 'An article: status, metadata, posts and claims' })
  @ApiOkResponse({ description: 'the article', type: ArticleDto })
  @ApiErrors(404)
  @RequiresRole('reader')
  @Get(':id')
  async findOne(@Param('id', UuidParam) id: string) {
    return orNotFound(await this.articles.findOne(id), `article ${id}`);
  }

  /** Gives or changes the article's story ({story}); both stories' comparisons are re-run. */
  @ApiOperation({ summary: "Give or change the article's story; both stories are compared again" })
  @ApiOkResponse({
    description: 'the move: the article and its old and new story',
    type: ArticleMoveDto,
  })
  @ApiErrors(404)
  @RequiresRole('submitter')
  @Patch(':id')
  async changeStory(@Param('id', UuidParam) id: string, @Body() body: ChangeStoryDto) {
    const result = await this.moves.moveArticle(id, body.story);
    return orNotFound(result.outcome === 'not_found' ? null : result, `article ${id}`);
  }
}

function refetchStatus(result: RefetchOutcome): number {
  return result.outcome === 'unchanged' ? HttpStatus.OK : HttpStatus.ACCEPTED;
}

/** The answer for each outcome; the ones that are no success become the matching HTTP error. */
function refetchAnswer(id: string, result: RefetchOutcome) {
  switch (result.outcome) {
    case 'not-found':
      throw new NotFoundException(`article ${id} not found`);
    case 'not-a-url':
      throw new BadRequestException(
        `article ${id} was submitted as ${result.format}, not as a URL: there is nothing to fetch`,
      );
    case 'busy':
      throw new ConflictException(
        `article ${result.id} is ${result.status}; ask again once it is processed or failed`,
      );
    case 'fetch-failed':
      throw new BadGatewayException(`the page could not be fetched again: ${result.reason}`);
    case 'retrying':
      return { id: result.id, status: 'queued', outcome: 'retrying' };
    case 'new-revision':
      return {
        id: result.id,
        status: 'queued',
        outcome: 'new-revision',
        previousId: result.previousId,
      };
    case 'unchanged':
      return {
        id: result.id,
        status: 'processed',
        outcome: 'unchanged',
        message: 'the page has not changed since its latest revision was fetched',
        fetchedAt: result.fetchedAt,
      };
  }
}
