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
    const qb = this.dataSource
      .getRepository(Discrepancy)
      .createQueryBuilder('d')
      .innerJoinAndSelect('d.story', 's');
    if (query.story) qb.andWhere('s.key = :story', { story: query.story });
    if (query.status) qb.andWhere('d.status = :status', { status: query.status });
    if (query.kind) qb.andWhere('d.kind = :kind', { kind: query.kind });
    if (query.metric) qb.andWhere('d.metric = :metric', { metric: query.metric });
    if (query.minSeverity !== undefined)
      qb.andWhere('d.severity >= :minSeverity', { minSeverity: query.minSeverity });
    qb.orderBy(query.sort === 'severity' ? 'd.severity' : 'd.updated_at', 'DESC').addOrderBy(
      'd.id',
      'ASC',
    );
    const [rows, total] = await qb
      .skip((query.page - 1) * query.limit)
      .take(query.limit)
      .getManyAndCount();
    return {
      items: await this.discrepancyViews.views(rows),
      total,
      page: query.page,
      limit: query.limit,
    };
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
