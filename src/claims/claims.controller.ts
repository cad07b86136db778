import { Controller, Get, Query } from '@nestjs/common';
import { RequiresRole } from '../auth/auth.decorators';
import { orBadRequest, orNotFound } from '../common/http-errors';
import { parsePage } from '../common/pagination';
import { oneOfParam, textParam, uuidParam, type QueryBag } from '../common/query-params';
import { ClaimsService, type ClaimFilters } from './claims.service';
import { METRICS, SUBJECTS, type Metric, type Subject } from '../domain/vocabulary';

function filters(query: QueryBag): ClaimFilters {
  return {
    story: textParam(query, 'story'),
    metric: oneOfParam<Metric>(query, 'metric', METRICS),
    subject: oneOfParam<Subject>(query, 'subject', SUBJECTS),
    location: textParam(query, 'location'),
    attribution: textParam(query, 'attribution'),
    source: oneOfParam(query, 'source', ['article', 'post'] as const),
    articleId: uuidParam(query, 'articleId'),
    postId: uuidParam(query, 'postId'),
  };
}

@Controller('claims')
export class ClaimsController {
  constructor(private readonly claims: ClaimsService) {}

  /**
   * Claims filtered by story (key or id), metric, subject, location (places inside it count),
   * attribution (part of a name in the chain, any case), source, article, post.
   */
  @RequiresRole('reader')
  @Get()
  list(@Query() query: QueryBag) {
    const page = orBadRequest(parsePage(query));
    return this.claims.list({ ...page, ...filters(query) });
  }

  /** One quantity's values over time: ?story&metric&subject[&location]. */
  @RequiresRole('reader')
  @Get('history')
  async history(@Query() query: QueryBag) {
    const f = filters(query);
    for (const name of ['story', 'metric', 'subject'] as const) {
      if (!f[name]) orBadRequest(new Error(`${name} is required`));
    }
    const found = await this.claims.history({
      story: f.story!,
      metric: f.metric!,
      subject: f.subject!,
      location: f.location,
    });
    return orNotFound(found, `story ${f.story}`);
  }
}
