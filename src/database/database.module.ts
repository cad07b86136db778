import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '../config/app-config';
import { dataSourceOptions, ensureDatabase } from './data-source-options';

@Module({})
export class DatabaseModule {
  /** The API runs pending migrations on start; the worker only connects. */
  static forRoot(config: AppConfig, runMigrations: boolean): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: async () => {
            await ensureDatabase(config.databaseUrl);
            return {
              ...dataSourceOptions(config, runMigrations),
              retryAttempts: 3,
              retryDelay: 1000,
            };
          },
        }),
      ],
    };
  }
}
