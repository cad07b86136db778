import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { RequiresRole } from '../auth/auth.decorators';
import { orBadRequest, orNotFound } from '../common/http-errors';
import { ReprocessService, type ReprocessScope } from './reprocess.service';

function scopeOf(body: unknown): ReprocessScope | Error {
  const b = (body ?? {}) as { story?: unknown; all?: unknown };
  const hasStory = typeof b.story === 'string' && b.story.trim() !== '';
  if (hasStory === (b.all === true))
    return new Error('give exactly one of story (a story key or id) or all: true');
  return hasStory ? { story: (b.story as string).trim() } : { all: true };
}

@Controller('articles')
export class ReprocessController {
  constructor(private readonly reprocessing: ReprocessService) {}

  /** 202 with the ids queued again: {story} for one story's articles, {all: true} for every article. */
  @Post('reprocess')
  @RequiresRole('admin')
  @HttpCode(HttpStatus.ACCEPTED)
  async reprocess(@Body() body: unknown) {
    const scope = orBadRequest(scopeOf(body));
    const ids = await this.reprocessing.reprocess(scope);
    return { ids: orNotFound(ids, 'story' in scope ? `story ${scope.story}` : 'articles') };
  }
}
