import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import {
  ADMIN_LOGIN_PATH,
  adminAuthorization,
  mountAdminSession,
  wantsPage,
} from './admin/admin-session';
import { mountQueueBoard } from './admin/queue-board';
import { AppModule } from './app.module';
import { adminOnly } from './auth/admin-only.middleware';
import { ApiKeysService } from './auth/api-keys.service';
import { documentSharedResponses, ErrorResponseDto } from './common/api-docs';
import { JsonErrorsFilter } from './common/json-errors.filter';
import { requestValidationPipe } from './common/validation';
import type { AppConfig } from './config/app-config';
import { rateLimited } from './rate-limit/express-rate-limit';
import { RedisThrottlerStorage } from './rate-limit/redis-throttler.storage';
import { serveReviewPage } from './desk/review-page';

/** Builds the HTTP API (used by main.ts, the demo and the e2e tests alike). */
export async function createApi(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    bufferLogs: true,
  });
  app.set('trust proxy', config.trustProxy);
  // The pages (the review desk, /docs, Bull Board) load only their own relative URLs, so helmet's
  // upgrade-insecure-requests gains nothing behind TLS; over plain HTTP on any host but localhost
  // (a compose deployment on a LAN) it sent every script and stylesheet to https, and the pages
  // came up empty.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  if (config.corsOrigins.length)
    app.enableCors({
      origin: [...config.corsOrigins],
      allowedHeaders: ['Authorization', 'Content-Type'],
      exposedHeaders: ['Retry-After'],
    });
  app.useLogger(app.get(Logger));
  app.useBodyParser('json', { limit: config.maxBodyBytes });
  app.useGlobalFilters(new JsonErrorsFilter());
  app.useGlobalPipes(requestValidationPipe());
  // Before anything mounted under /admin on Express directly, which Nest's guard never sees; the
  // sign-in form and its cookie come first, so that a browser can reach the board.
  const keys = app.get(ApiKeysService);
  app.use('/admin', rateLimited(app.get(RedisThrottlerStorage), config));
  mountAdminSession(app, keys);
  app.use(
    '/admin',
    adminOnly(keys, {
      authorization: adminAuthorization,
      signInPage: (req) => (wantsPage(req) ? ADMIN_LOGIN_PATH : null),
    }),
  );
  app.enableShutdownHooks();
  serveReviewPage(app);
  mountQueueBoard(app);
  const openApi = new DocumentBuilder()
    .setTitle('Post Provenance Tracker')
    .setDescription(
      'Articles in; embedded posts, figures with provenance and flagged discrepancies out.',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  const document = () =>
    documentSharedResponses(
      SwaggerModule.createDocument(app, openApi, { extraModels: [ErrorResponseDto] }),
    );
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'docs/openapi.json',
  });
  return app;
}
