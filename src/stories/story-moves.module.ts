import { Module } from '@nestjs/common';
import { DiscrepancyRulesModule } from '../discrepancies/discrepancy-rules.module';
import { StoriesModule } from './stories.module';
import { StoryMovesService } from './story-moves.service';

/** Moving articles between stories and merging stories (each re-runs the comparison). */
@Module({
  imports: [StoriesModule, DiscrepancyRulesModule],
  providers: [StoryMovesService],
  exports: [StoryMovesService],
})
export class StoryMovesModule {}
