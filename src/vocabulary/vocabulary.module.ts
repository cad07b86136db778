import { Module } from '@nestjs/common';
import { VocabularyController } from './vocabulary.controller';

/** GET /vocabulary: metrics, subjects, qualifiers and the discrepancy kinds and statuses. */
@Module({ controllers: [VocabularyController] })
export class VocabularyModule {}
