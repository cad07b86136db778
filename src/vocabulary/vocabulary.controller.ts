import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequiresRole } from '../auth/auth.decorators';
import { METRICS, QUALIFIERS, SUBJECTS } from '../domain/vocabulary';
import { DISCREPANCY_STATUSES } from '../discrepancies/discrepancy.entity';
import { DISCREPANCY_KINDS } from '../discrepancies/rules/comparable-claim';
import { VocabularyDto } from './vocabulary.dto';

/** The words the API accepts and answers with (DESIGN.md §3), so clients need not hard-code them. */
@ApiTags('vocabulary')
@Controller('vocabulary')
export class VocabularyController {
  @ApiOperation({ summary: 'The words the API accepts and answers with' })
  @ApiOkResponse({
    description: 'metrics, subjects, qualifiers, discrepancy kinds and statuses',
    type: VocabularyDto,
  })
  @Get()
  @RequiresRole('reader')
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
