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
    // (status, severity) index yields the first page without sorting every open discrepancy, as
    // TypeORM's skip/take (a DISTINCT over all matches) did; the count reads no join either.
    const page = this.filtered(query)
      .innerJoinAndSelect('d.story', 's')
      .orderBy(query.sort === 'severity' ? 'd.severity' : 'd.updated_at', 'DESC')
      .addOrderBy('d.id', 'ASC')
      .offset((query.page - 1) * query.limit)
      .limit(query.limit);
    const count = this.filtered(query).select('count(*)', 'total');
    const [rows, counted] = await Promise.all([
      page.getMany(),
      count.getRawOne<{ total: string }>(),
    ]);
    return {
      items: await this.discrepancyViews.views(rows),
      total: Number(counted?.total ?? 0),
      page: query.page,
      limit: query.limit,
    };
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
