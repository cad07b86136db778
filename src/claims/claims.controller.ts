import { Controller, Get, Query } from '@nestjs/common';
import { orBadRequest, orNotFound } from '../common/http-errors';
import { parsePage } from '../common/pagination';
import { ClaimsService, type ClaimFilters } from './claims.service';
import { METRICS, SUBJECTS, type Metric, type Subject } from './extract/claim';

type Query = Record<string, string | string[] | undefined>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A single text parameter (400 when repeated or empty). */
function text(query: Query, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !value.trim()) orBadRequest(new Error(`${name} must be a single non-empty value`));
  return (value as string).trim();
}

function oneOf<T extends string>(query: Query, name: string, allowed: readonly T[]): T | undefined {
  const value = text(query, name);
  if (value !== undefined && !allowed.includes(value as T)) orBadRequest(new Error(`${name} must be one of ${allowed.join(', ')}`));
  return value as T | undefined;
}

function uuid(query: Query, name: string): string | undefined {
  const value = text(query, name);
  if (value !== undefined && !UUID.test(value)) orBadRequest(new Error(`${name} must be a UUID`));
  return value;
}

function filters(query: Query): ClaimFilters {
  return {
    story: text(query, 'story'),
    metric: oneOf<Metric>(query, 'metric', METRICS),
    subject: oneOf<Subject>(query, 'subject', SUBJECTS),
    location: text(query, 'location'),
    source: oneOf(query, 'source', ['article', 'post'] as const),
    articleId: uuid(query, 'articleId'),
    postId: uuid(query, 'postId'),
  };
}

@Controller('claims')
export class ClaimsController {
  constructor(private readonly claims: ClaimsService) {}

  /** Claims filtered by story (key or id), metric, subject, location (places inside it count), source, article, post. */
  @Get()
  list(@Query() query: Query) {
    const page = orBadRequest(parsePage(query));
    return this.claims.list({ ...page, ...filters(query) });
  }

  /** One quantity's values over time: ?story&metric&subject[&location]. */
  @Get('history')
  async history(@Query() query: Query) {
    const f = filters(query);
    for (const name of ['story', 'metric', 'subject'] as const) {
      if (!f[name]) orBadRequest(new Error(`${name} is required`));
    }
    const found = await this.claims.history({ story: f.story!, metric: f.metric!, subject: f.subject!, location: f.location });
    return orNotFound(found, `story ${f.story}`);
  }
}
