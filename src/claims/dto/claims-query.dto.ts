import { PageQueryDto } from '../../common/page-query.dto';
import { OneOfQuery, RequiredTextQuery, TextQuery, UuidQuery } from '../../common/query-fields';
import { METRICS, SUBJECTS, type Metric, type Subject } from '../../domain/vocabulary';

const SOURCES = ['article', 'post'] as const;

/** GET /claims */
export class ClaimsQueryDto extends PageQueryDto {
  @TextQuery('story key or id')
  story?: string;

  @OneOfQuery(METRICS, 'what is counted')
  metric?: Metric;

  @OneOfQuery(SUBJECTS, 'who is counted')
  subject?: Subject;

  @TextQuery('a place; claims about places inside it count too')
  location?: string;

  @TextQuery('part of any name in the attribution chain, any case')
  attribution?: string;

  @OneOfQuery(SOURCES, 'claims made in an article body or in an embedded post')
  source?: (typeof SOURCES)[number];

  @UuidQuery('claims of this article')
  articleId?: string;

  @UuidQuery('claims of this post')
  postId?: string;
}

/** GET /claims/history: one quantity of one story. */
export class ClaimHistoryQueryDto {
  @RequiredTextQuery('story key or id')
  story: string;

  @OneOfQuery(METRICS, 'what is counted', true)
  metric: Metric;

  @OneOfQuery(SUBJECTS, 'who is counted', true)
  subject: Subject;

  @TextQuery('a place; claims about places inside it count too')
  location?: string;
}
