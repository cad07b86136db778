import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Metric } from '../domain/vocabulary';
import { DiscrepancyViewsService } from './discrepancy-views.service';
import { Discrepancy, type DiscrepancyStatus } from './discrepancy.entity';
import type { DiscrepancyKind } from './rules/comparable-claim';

export interface DiscrepancyQuery {
  page: number;
  limit: number;
  story?: string;
  status?: DiscrepancyStatus;
  kind?: DiscrepancyKind;
  metric?: Metric;
  minSeverity?: number;
  sort: 'severity' | 'recent';
}

@Injectable()
export class DiscrepanciesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly discrepancyViews: DiscrepancyViewsService,
  ) {}

  async list(query: DiscrepancyQuery) {
    // One row per discrepancy (its story is many-to-one), so plain LIMIT/OFFSET pages it and the
    // (status, severity, id) index yields the page without sorting every open discrepancy, as
    // TypeORM's skip/take (a DISTINCT over all matches) did.
    // Of the story, only its key is shown: its profile (terms, places, figures) stays unread.
    const page = this.filtered(query)
      .innerJoin('d.story', 's')
      .addSelect(['s.id', 's.key'])
      .orderBy(query.sort === 'severity' ? 'd.severity' : 'd.updated_at', 'DESC')
      .addOrderBy('d.id', 'ASC')
      .offset((query.page - 1) * query.limit)
      .limit(query.limit);
    const [rows, total] = await Promise.all([page.getMany(), this.total(query)]);
    return {
      items: await this.discrepancyViews.views(rows),
      total,
      page: query.page,
      limit: query.limit,
    };
  }

  /**
   * How many discrepancies match. Filters on status, kind and metric alone read the tallies the
   * triggers keep (migration DiscrepancyTallies), a few rows whatever the archive's size; a story
   * or a severity floor is counted through the index that filter narrows.
   */
  private async total(query: DiscrepancyQuery): Promise<number> {
    if (query.story || query.minSeverity !== undefined) {
      const counted = await this.filtered(query)
        .select('count(*)', 'total')
        .getRawOne<{ total: string }>();
      return Number(counted?.total ?? 0);
    }
    const where: string[] = [];
    const params: string[] = [];
    for (const column of ['status', 'kind', 'metric'] as const) {
      const value = query[column];
      if (value) where.push(`${column} = $${params.push(value)}`);
    }
    const [row]: { total: string | null }[] = await this.dataSource.query(
      `SELECT sum(n) AS total FROM discrepancy_tallies ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
      params,
    );
    return Number(row?.total ?? 0);
  }

  private filtered(query: DiscrepancyQuery) {
    const qb = this.dataSource.getRepository(Discrepancy).createQueryBuilder('d');
    if (query.story)
      qb.andWhere('d.story_id IN (SELECT id FROM stories WHERE key = :story)', {
        story: query.story,
      });
    if (query.status) qb.andWhere('d.status = :status', { status: query.status });
    if (query.kind) qb.andWhere('d.kind = :kind', { kind: query.kind });
    if (query.metric) qb.andWhere('d.metric = :metric', { metric: query.metric });
    if (query.minSeverity !== undefined)
      qb.andWhere('d.severity >= :minSeverity', { minSeverity: query.minSeverity });
    return qb;
  }

  async findOne(id: string) {
    const row = await this.dataSource
      .getRepository(Discrepancy)
      .findOne({ where: { id }, relations: { story: true } });
    if (!row) return null;
    const [view] = await this.discrepancyViews.views([row]);
    return view;
  }
}
