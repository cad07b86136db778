import { Module } from '@nestjs/common';
import { IngestQueueModule } from '../ingestion/ingest-queue.module';
import { HealthController } from './health.controller';

@Module({ imports: [IngestQueueModule], controllers: [HealthController] })
export class HealthModule {}
