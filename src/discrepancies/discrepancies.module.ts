import { Module } from '@nestjs/common';
import { DiscrepanciesController } from './discrepancies.controller';
import { DiscrepanciesService } from './discrepancies.service';
import { DiscrepancyViewsService } from './discrepancy-views.service';
import { ReviewService } from './review.service';

/** The review desk's API. */
@Module({
  controllers: [DiscrepanciesController],
  providers: [DiscrepanciesService, DiscrepancyViewsService, ReviewService],
})
export class DiscrepanciesModule {}
