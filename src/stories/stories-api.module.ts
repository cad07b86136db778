import { Module } from '@nestjs/common';
import { StoriesController } from './stories.controller';
import { StoriesQueryService } from './stories-query.service';
import { StoryMovesModule } from './story-moves.module';

/** The stories API (the worker assigns stories through StoriesModule). */
@Module({
  imports: [StoryMovesModule],
  controllers: [StoriesController],
  providers: [StoriesQueryService],
})
export class StoriesApiModule {}
