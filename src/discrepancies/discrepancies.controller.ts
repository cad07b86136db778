import { Body, ConflictException, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import type { Principal } from '../auth/api-keys.service';
import { CurrentPrincipal, RequiresRole } from '../auth/auth.decorators';
import { METRICS, type Metric } from '../claims/extract/claim';
import { orBadRequest, orNotFound, UuidParam } from '../common/http-errors';
import { parsePage } from '../common/pagination';
import { oneOfParam, textParam, type QueryBag } from '../common/query-params';
import {
  DiscrepanciesService,
  ReviewConflict,
  type DiscrepancyQuery,
} from './discrepancies.service';
import { DISCREPANCY_STATUSES, type DiscrepancyStatus } from './discrepancy.entity';
import type { ReviewDecision } from './review-transitions';
import { DISCREPANCY_KINDS, type DiscrepancyKind } from './rules/comparable-claim';

const DECISIONS: ReviewDecision[] = ['confirmed', 'dismissed', 'resolved'];

@Controller('discrepancies')
export class DiscrepanciesController {
  constructor(private readonly discrepancies: DiscrepanciesService) {}

  @RequiresRole('reader')
  @Get()
  list(@Query() query: QueryBag) {
    const page = orBadRequest(parsePage(query));
    const severityText = textParam(query, 'minSeverity');
    const minSeverity = severityText === undefined ? undefined : Number(severityText);
    if (minSeverity !== undefined && !(minSeverity >= 0 && minSeverity <= 1))
      orBadRequest(new Error('minSeverity must be a number from 0 to 1'));
    const filters: DiscrepancyQuery = {
      ...page,
      story: textParam(query, 'story'),
      status: oneOfParam<DiscrepancyStatus>(query, 'status', DISCREPANCY_STATUSES),
      kind: oneOfParam<DiscrepancyKind>(query, 'kind', DISCREPANCY_KINDS),
      metric: oneOfParam<Metric>(query, 'metric', METRICS),
      minSeverity,
      sort: oneOfParam(query, 'sort', ['severity', 'recent'] as const) ?? 'severity',
    };
    return this.discrepancies.list(filters);
  }

  @RequiresRole('reader')
  @Get(':id')
  async findOne(@Param('id', UuidParam) id: string) {
    return orNotFound(await this.discrepancies.findOne(id), `discrepancy ${id}`);
  }

  @RequiresRole('reader')
  @Get(':id/events')
  async events(@Param('id', UuidParam) id: string) {
    return orNotFound(await this.discrepancies.events(id), `discrepancy ${id}`);
  }

  @RequiresRole('reviewer')
  @Patch(':id')
  async review(
    @Param('id', UuidParam) id: string,
    @Body() body: { status?: unknown; note?: unknown } | undefined,
    @CurrentPrincipal() reviewer: Principal,
  ) {
    const status = oneOfParam<ReviewDecision>(
      { status: typeof body?.status === 'string' ? body.status : undefined },
      'status',
      DECISIONS,
    );
    if (!status) orBadRequest(new Error(`status is required: one of ${DECISIONS.join(', ')}`));
    const note = typeof body?.note === 'string' && body.note.trim() ? body.note.trim() : null;
    if (body?.note !== undefined && typeof body.note !== 'string')
      orBadRequest(new Error('note must be a string'));
    if (status === 'dismissed' && !note)
      orBadRequest(new Error('note is required to dismiss a discrepancy'));
    try {
      return orNotFound(
        await this.discrepancies.review(id, status!, note, reviewer.name),
        `discrepancy ${id}`,
      );
    } catch (err) {
      if (err instanceof ReviewConflict) throw new ConflictException(err.message);
      throw err;
    }
  }
}
