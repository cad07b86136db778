import { Module } from '@nestjs/common';
import { DiscrepanciesController } from './discrepancies.controller';
import { DiscrepanciesService } from './discrepancies.service';
import { DiscrepancyRulesModule } from './discrepancy-rules.module';
import { DiscrepancyViewsService } from './discrepancy-views.service';
import { ReviewService } from './review.service';
import { ValueReviewService } from './value-review.service';

/** The review desk's API. */
@Module({
  imports: [DiscrepancyRulesModule],
  controllers: [DiscrepanciesController],
  providers: [DiscrepanciesService, DiscrepancyViewsService, ReviewService, ValueReviewService],
})
export class DiscrepanciesModule {}
