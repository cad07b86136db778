import { Body, Controller, Get, HttpStatus, Param, Patch, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { RequiresRole } from '../auth/auth.decorators';
import { orBadRequest, orNotFound, UuidParam } from '../common/http-errors';
import { parsePage } from '../common/pagination';
import { oneOfParam, textParam, type QueryBag } from '../common/query-params';
import { ARTICLE_STATUSES, type ArticleStatus } from './article.entity';
import { ArticlesService } from './articles.service';
import { ChangeStoryDto } from './dto/change-story.dto';
import { validateSubmission } from './dto/submit-article.dto';
import { StoryMovesService } from '../stories/story-moves.service';

@Controller('articles')
export class ArticlesController {
  constructor(
    private readonly articles: ArticlesService,
    private readonly moves: StoryMovesService,
  ) {}

  /** 202 for a new article, 200 with the same id for one submitted before. */
  @RequiresRole('submitter')
  @Post()
  async submit(@Body() body: unknown, @Res({ passthrough: true }) res: Response) {
    const verdict = validateSubmission(body);
    const submission = orBadRequest(verdict.ok ? verdict.value : new Error(verdict.message));
    const result = await this.articles.submit(submission);
    res.status(result.created ? HttpStatus.ACCEPTED : HttpStatus.OK);
    const { id, status, story, message } = result;
    return message ? { id, status, story, message } : { id, status };
  }

  @RequiresRole('reader')
  @Get()
  list(@Query() query: QueryBag) {
    const page = orBadRequest(parsePage(query));
    const status = oneOfParam<ArticleStatus>(query, 'status', ARTICLE_STATUSES);
    return this.articles.list({ ...page, status, story: textParam(query, 'story') });
  }

  /** Every revision of the article's canonical URL, oldest first, with what changed figure by figure. */
  @RequiresRole('reader')
  @Get(':id/revisions')
  async revisions(@Param('id', UuidParam) id: string) {
    return orNotFound(await this.articles.revisions(id), `article ${id}`);
  }

  @RequiresRole('reader')
  @Get(':id')
  async findOne(@Param('id', UuidParam) id: string) {
    return orNotFound(await this.articles.findOne(id), `article ${id}`);
  }

  /** Gives or changes the article's story ({story}); both stories' comparisons are re-run. */
  @RequiresRole('submitter')
  @Patch(':id')
  async changeStory(@Param('id', UuidParam) id: string, @Body() body: ChangeStoryDto) {
    const result = await this.moves.moveArticle(id, body.story);
    return orNotFound(result.outcome === 'not_found' ? null : result, `article ${id}`);
  }
}
