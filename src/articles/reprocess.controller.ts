import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { RequiresRole } from '../auth/auth.decorators';
import { ApiErrors } from '../common/api-docs';
import { orBadRequest, orNotFound } from '../common/http-errors';
import { ReprocessDto } from './dto/reprocess.dto';
import { ReprocessService, type ReprocessScope } from './reprocess.service';
import { ReprocessResultDto } from './dto/article-responses.dto';

function scopeOf(body: ReprocessDto): ReprocessScope | Error {
  const story = body.story?.trim();
  if (!story === !body.all)
    return new Error('give exactly one of story (a story key or id) or all: true');
  return story ? { story } : { all: true };
}

@ApiTags('articles')
@Controller('articles')
export class ReprocessController {
  constructor(private readonly reprocessing: ReprocessService) {}

  /** 202 with the ids queued again: {story} for one story's articles, {all: true} for every article. */
  @ApiOperation({
    summary: "Run stored articles through the pipeline again (a story's, or all): admin only",
  })
  @ApiResponse({ status: 202, description: 'the articles queued again', type: ReprocessResultDto })
  @ApiErrors(404)
  @RequiresRole('admin')
  @HttpCode(HttpStatus.ACCEPTED)
  @Post('reprocess')
  async reprocess(@Body() body: ReprocessDto) {
    const scope = orBadRequest(scopeOf(body));
    const ids = await this.reprocessing.reprocess(scope);
    return { ids: orNotFound(ids, 'story' in scope ? `story ${scope.story}` : 'articles') };
  }
}
