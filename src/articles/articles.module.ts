import { Module } from '@nestjs/common';
import { IngestQueueModule } from '../ingestion/ingest-queue.module';
import { StoryMovesModule } from '../stories/story-moves.module';
import { ArticlesController } from './articles.controller';
import { ArticleRefetchService } from './article-refetch.service';
import { ArticlesService } from './articles.service';
import { ReprocessController } from './reprocess.controller';
import { ReprocessService } from './reprocess.service';

@Module({
  imports: [IngestQueueModule, StoryMovesModule],
  controllers: [ReprocessController, ArticlesController],
  providers: [ArticlesService, ArticleRefetchService, ReprocessService],
})
export class ArticlesModule {}
