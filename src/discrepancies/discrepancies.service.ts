import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Metric } from '../domain/vocabulary';
import { preparedQuery } from '../database/prepared-query';
import { storyIdSql } from '../stories/story-lookup';
import { DiscrepancyViewsService, type ViewedDiscrepancy } from './discrepancy-views.service';
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

/** A discrepancy's columns as its view reads them (the entity's names), with its story's key. */
const VIEWED_COLUMNS = `d.id, d.story_id AS "storyId", d.metric, d.subject, d.location, d.kind, d.status,
  d.severity, d.rule, d.explanation, d."values", d.pair, d.created_at AS "createdAt",
  d.updated_at AS "updatedAt", json_build_object('key', s.key) AS story`;

@Injectable()
export class DiscrepanciesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly discrepancyViews: DiscrepancyViewsService,
  ) {}

  async list(query: DiscrepancyQuery) {
    // One row per discrepancy (its story is many-to-one), so plain LIMIT/OFFSET pages it and the
    // (status, severity, id) index yields the page without sorting every open discrepancy. Of the
    // story only the key is read, not its profile (terms, places, figures).
    const params: unknown[] = [];
    const bind = (v: unknown) => `$${params.push(v)}`;
    const order = query.sort === 'severity' ? 'd.severity' : 'd.updated_at';
    const text = `SELECT ${VIEWED_COLUMNS} FROM discrepancies d JOIN stories s ON s.id = d.story_id
       ${this.where(query, bind)}
       ORDER BY ${order} DESC, d.id ASC
       LIMIT ${bind(query.limit)} OFFSET ${bind((query.page - 1) * query.limit)}`;
    const [rows, total] = await Promise.all([
      preparedQuery<ViewedDiscrepancy>(this.dataSource, text, params),
      this.total(query),
    ]);
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
    const params: unknown[] = [];
    const where = this.where(query, (v) => `$${params.push(v)}`);
    const counted =
      query.story || query.minSeverity !== undefined
        ? `SELECT count(*) AS total FROM discrepancies d ${where}`
        : `SELECT sum(n) AS total FROM discrepancy_tallies d ${where}`;
    const [row] = await preparedQuery<{ total: string | null }>(this.dataSource, counted, params);
    return Number(row?.total ?? 0);
  }

  /** The filters as SQL over `d` (a discrepancy, or a tally for status, kind and metric). */
  private where(query: DiscrepancyQuery, bind: (v: unknown) => string): string {
    const where: string[] = [];
    if (query.story) where.push(`d.story_id = ${storyIdSql(query.story, bind)}`);
    if (query.status) where.push(`d.status = ${bind(query.status)}`);
    if (query.kind) where.push(`d.kind = ${bind(query.kind)}`);
    if (query.metric) where.push(`d.metric = ${bind(query.metric)}`);
    if (query.minSeverity !== undefined) where.push(`d.severity >= ${bind(query.minSeverity)}`);
    return where.length ? `WHERE ${where.join(' AND ')}` : '';
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
