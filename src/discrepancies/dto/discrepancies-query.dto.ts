import { METRICS, type Metric } from '../../domain/vocabulary';
import { PageQueryDto } from '../../common/page-query.dto';
import { NumberQuery, OneOfQuery, TextQuery } from '../../common/query-fields';
import { DISCREPANCY_STATUSES, type DiscrepancyStatus } from '../discrepancy.entity';
import { DISCREPANCY_KINDS, type DiscrepancyKind } from '../rules/comparable-claim';

const SORTS = ['severity', 'recent'] as const;

/** GET /discrepancies */
export class DiscrepanciesQueryDto extends PageQueryDto {
  @TextQuery('story key')
  story?: string;

  @OneOfQuery(DISCREPANCY_STATUSES, 'review status')
  status?: DiscrepancyStatus;

  @OneOfQuery(DISCREPANCY_KINDS, 'conflict or update')
  kind?: DiscrepancyKind;

  @OneOfQuery(METRICS, 'what is counted')
  metric?: Metric;

  @NumberQuery('only discrepancies at least this severe', 0, 1)
  minSeverity?: number;

  @OneOfQuery(SORTS, 'most severe first (default) or most recently changed first')
  sort: (typeof SORTS)[number] = 'severity';
}
