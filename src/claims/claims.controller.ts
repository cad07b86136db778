import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequiresRole } from '../auth/auth.decorators';
import { ApiErrors } from '../common/api-docs';
import { orNotFound } from '../common/http-errors';
import { ClaimsService } from './claims.service';
import { ClaimHistoryQueryDto, ClaimsQueryDto } from './dto/claims-query.dto';
import { ClaimHistoryDto, ClaimPageDto } from './dto/claim-responses.dto';

@ApiTags('claims')
@Controller('claims')
export class ClaimsController {
  constructor(private readonly claims: ClaimsService) {}

  /**
   * Claims filtered by story (key or id), metric, subject, location (places inside it count),
   * attribution (part of a name in the chain, any case), source, article, post.
   */
  @ApiOperation({
    summary:
      'Claims filtered by story, metric, subject, place, attribution, source, article or post',
  })
  @ApiOkResponse({ description: 'a page of claims, earliest first', type: ClaimPageDto })
  @RequiresRole('reader')
  @Get()
  list(@Query() query: ClaimsQueryDto) {
    return this.claims.list(query);
  }

  /** One quantity's values over time: ?story&metric&subject[&location]. */
  @ApiOperation({ summary: "One quantity's values over time, per origin, with provenance" })
  @ApiOkResponse({
    description: 'the history: per-origin series, envelope, conservative figure',
    type: ClaimHistoryDto,
  })
  @ApiErrors(404)
  @RequiresRole('reader')
  @Get('history')
  async history(@Query() query: ClaimHistoryQueryDto) {
    return orNotFound(await this.claims.history(query), `story ${query.story}`);
  }
}
