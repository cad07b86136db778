import {
  BadRequestException,
  Body,
  ConflictException,
  Controller,
  Get,
  Param,
  Patch,
  HttpCode,
  Post,
  Query,
} from '@nestjs/common';
import type { Principal } from '../auth/api-keys.service';
import { CurrentPrincipal, RequiresRole } from '../auth/auth.decorators';
import { METRICS, type Metric } from '../domain/vocabulary';
import { orBadRequest, orNotFound, UuidParam } from '../common/http-errors';
import { parsePage } from '../common/pagination';
import { oneOfParam, textParam, type QueryBag } from '../common/query-params';
import { DiscrepanciesService, type DiscrepancyQuery } from './discrepancies.service';
import { DISCREPANCY_STATUSES, type DiscrepancyStatus } from './discrepancy.entity';
import { DismissValueDto } from './dto/dismiss-value.dto';
import { ReviewDecisionDto } from './dto/review-decision.dto';
import { reviewNoteError } from './review-transitions';
import { ReviewConflict, ReviewService } from './review.service';
import { DISCREPANCY_KINDS, type DiscrepancyKind } from './rules/comparable-claim';
import { ValueReviewService } from './value-review.service';

@Controller('discrepancies')
export class DiscrepanciesController {
  constructor(
    private readonly discrepancies: DiscrepanciesService,
    private readonly reviews: ReviewService,
    private readonly valueReview: ValueReviewService,
  ) {}

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
    return orNotFound(await this.reviews.trail(id), `discrepancy ${id}`);
  }

  /** A reviewer's decision, serialised with any other on the same discrepancy. */
  @RequiresRole('reviewer')
  @Patch(':id')
  async review(
    @Param('id', UuidParam) id: string,
    @Body() body: ReviewDecisionDto,
    @CurrentPrincipal() reviewer: Principal,
  ) {
    const note = body.note || null;
    const missingNote = reviewNoteError(body.status, note);
    if (missingNote) throw new BadRequestException(missingNote);
    try {
      const found = await this.reviews.decide(id, { ...body, note, actor: reviewer.name });
      return orNotFound(found ? await this.discrepancies.findOne(id) : null, `discrepancy ${id}`);
    } catch (err) {
      if (err instanceof ReviewConflict) throw new ConflictException(err.message);
      throw err;
    }
  }

  /**
   * Takes one value (the claim's origin and figure) out of the flag, e.g. "not a total: a subset",
   * without deciding the flag; a note is required and the audit trail records it.
   */
  @RequiresRole('reviewer')
  @Post(':id/values/:claimId/dismiss')
  @HttpCode(200)
  async dismissValue(
    @Param('id', UuidParam) id: string,
    @Param('claimId', UuidParam) claimId: string,
    @Body() body: DismissValueDto,
    @CurrentPrincipal() reviewer: Principal,
  ) {
    const result = await this.valueReview.dismissValue(id, claimId, body.note, reviewer.name);
    if (result.outcome === 'not_found') orNotFound(null, result.what);
    return orNotFound(await this.discrepancies.findOne(id), `discrepancy ${id}`);
  }
}
