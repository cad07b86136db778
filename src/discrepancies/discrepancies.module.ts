import { Module } from '@nestjs/common';
import { DiscrepanciesController } from './discrepancies.controller';
import { DiscrepanciesService } from './discrepancies.service';
import { DiscrepancyViewsService } from './discrepancy-views.service';

/** The review desk's API. */
@Module({
  controllers: [DiscrepanciesController],
  providers: [DiscrepanciesService, DiscrepancyViewsService],
})
export class DiscrepanciesModule {}
