import { type DynamicModule, Module } from '@nestjs/common';
import { ArticlesModule } from './articles/articles.module';
import { AuthModule } from './auth/auth.module';
import { RateLimitModule } from './rate-limit/rate-limit.module';
import { ClaimsModule } from './claims/claims.module';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { DiscrepanciesModule } from './discrepancies/discrepancies.module';
import { HealthModule } from './health/health.module';
import { LoggingModule } from './logging/logging.module';
import { MetricsModule } from './metrics/metrics.module';
import { PostsModule } from './posts/posts.module';
import { StoriesApiModule } from './stories/stories-api.module';
import { VocabularyModule } from './vocabulary/vocabulary.module';

/** The HTTP API. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(config),
        DatabaseModule.forRoot(config, true),
        RateLimitModule,
        AuthModule,
        ArticlesModule,
        PostsModule,
        ClaimsModule,
        StoriesApiModule,
        DiscrepanciesModule,
        HealthModule,
        MetricsModule,
        VocabularyModule,
      ],
    };
  }
}
