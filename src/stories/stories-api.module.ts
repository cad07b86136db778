import { Module } from '@nestjs/common';
import { StoriesController } from './stories.controller';
import { StoriesQueryService } from './stories-query.service';

/** The stories API (the worker assigns stories through StoriesModule). */
@Module({ controllers: [StoriesController], providers: [StoriesQueryService] })
export class StoriesApiModule {}
