import { Module } from '@nestjs/common';
import { IngestQueue } from './ingest-queue.service';

@Module({ providers: [IngestQueue], exports: [IngestQueue] })
export class IngestQueueModule {}
