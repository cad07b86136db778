import { Module } from '@nestjs/common';
import { DiscrepanciesController } from './discrepancies.controller';
import { DiscrepanciesService } from './discrepancies.service';

/** The review desk's API. */
@Module({ controllers: [DiscrepanciesController], providers: [DiscrepanciesService] })
export class DiscrepanciesModule {}
