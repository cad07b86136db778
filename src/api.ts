import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { JsonErrorsFilter } from './common/json-errors.filter';
import type { AppConfig } from './config/app-config';

/** Builds the HTTP API (used by main.ts, the demo and the e2e tests alike). */
export async function createApi(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bodyParser: false, logger: ['error', 'warn'] });
  app.useBodyParser('json', { limit: config.maxBodyBytes });
  app.useGlobalFilters(new JsonErrorsFilter());
  app.enableShutdownHooks();
  return app;
}
