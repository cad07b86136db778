import {
  BadRequestException,
  Body,
  ConflictException,
  Controller,
  Get,
  Param,
  HttpCode,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../auth/api-keys.service';
import { CurrentPrincipal, RequiresRole } from '../auth/auth.decorators';
import { ApiErrors } from '../common/api-docs';
import { orNotFound, UuidParam } from '../common/http-errors';
import { DiscrepanciesService } from './discrepancies.service';
import { DiscrepanciesQueryDto } from './dto/discrepancies-query.dto';
import { DismissValueDto } from './dto/dismiss-value.dto';
import { ReviewDecisionDto } from './dto/review-decision.dto';
import { reviewNoteError } from './review-transitions';
import { ReviewConflict, ReviewService } from './review.service';
import { ValueReviewService } from './value-review.service';
import {
  DiscrepancyDto,
  DiscrepancyPageDto,
  ReviewEventDto,
} from './dto/discrepancy-responses.dto';

@ApiTags('discrepancies')
@Controller('discrepancies')
export class DiscrepanciesController {
  constructor(
    private readonly discrepancies: DiscrepanciesService,
    private readonly reviews: ReviewService,
    private readonly valueReview: ValueReviewService,
  ) {}

  @ApiOperation({ summary: 'Flagged discrepancies, filtered and paginated, most severe first' })
  @ApiOkResponse({
    description: 'a page of discrepancies; each leads with its pair',
    type: DiscrepancyPageDto,
  })
  @RequiresRole('reader')
  @Get()
  list(@Query() query: DiscrepanciesQueryDto) {
    return this.discrepancies.list(query);
  }

  @ApiOperation({
    summary: 'A discrepancy: the competing values with quotes, sources and attribution',
  })
  @ApiOkResponse({ description: 'the discrepancy', type: DiscrepancyDto })
  @ApiErrors(404)
  @RequiresRole('reader')
  @Get(':id')
  async findOne(@Param('id', UuidParam) id: string) {
    return orNotFound(await this.discrepancies.findOne(id), `discrepancy ${id}`);
  }

  @ApiOperation({ summary: 'The audit trail, in the order it was written' })
  @ApiOkResponse({ description: 'the events, oldest first', type: [ReviewEventDto] })
  @ApiErrors(404)
  @RequiresRole('reader')
  @Get(':id/events')
  async events(@Param('id', UuidParam) id: string) {
    return orNotFound(await this.reviews.trail(id), `discrepancy ${id}`);
  }

  /** A reviewer's decision, serialised with any other on the same discrepancy. */
  @ApiOperation({ summary: 'Decide: confirm, dismiss, resolve or reopen, with a note' })
  @ApiOkResponse({ description: 'the discrepancy with its new status', type: DiscrepancyDto })
  @ApiErrors(404, 409)
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
  @ApiOperation({
    summary: "Take one claim's value out of the flag, with a note, without deciding it",
  })
  @ApiOkResponse({ description: 'the discrepancy without that value', type: DiscrepancyDto })
  @ApiErrors(404)
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
