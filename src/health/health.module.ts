import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { IngestQueueModule } from '../ingestion/ingest-queue.module';
import { HealthController } from './health.controller';

@Module({
  imports: [TerminusModule, IngestQueueModule],
  controllers: [HealthController],
})
export class HealthModule {}
