import { Controller, Get } from '@nestjs/common';
import { METRICS, QUALIFIERS, SUBJECTS } from '../domain/vocabulary';
import { DISCREPANCY_STATUSES } from '../discrepancies/discrepancy.entity';
import { DISCREPANCY_KINDS } from '../discrepancies/rules/comparable-claim';

/** The words the API accepts and answers with (DESIGN.md §3), so clients need not hard-code them. */
@Controller('vocabulary')
export class VocabularyController {
  @Get()
  list() {
    return {
      metrics: [...METRICS],
      subjects: [...SUBJECTS],
      qualifiers: [...QUALIFIERS],
      discrepancyKinds: [...DISCREPANCY_KINDS],
      discrepancyStatuses: [...DISCREPANCY_STATUSES],
    };
  }
}
