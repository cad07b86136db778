import { Module } from '@nestjs/common';
import { DiscrepancyRefreshService } from './discrepancy-refresh.service';

/** The detector, as the worker uses it. */
@Module({ providers: [DiscrepancyRefreshService], exports: [DiscrepancyRefreshService] })
export class DiscrepancyRulesModule {}
