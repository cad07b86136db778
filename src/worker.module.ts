import { type DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { IngestWorkerModule } from './ingestion/ingest-worker.module';
import { LoggingModule } from './logging/logging.module';

/** The worker: a Nest application context with no HTTP server. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(config),
        DatabaseModule.forRoot(config, false),
        IngestWorkerModule,
      ],
    };
  }
}
