import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DiscrepancyRefreshService } from './discrepancy-refresh.service';
import { Discrepancy } from './discrepancy.entity';
import { ReviewEvent } from './review-event.entity';

export type ValueDismissal =
  { outcome: 'dismissed'; discrepancyId: string } | { outcome: 'not_found'; what: string };

/**
 * A reviewer dismisses one value of a flag (every claim of that origin's figure) without deciding
 * the flag: the claims leave the story's comparison, which is re-run at once, and the audit trail
 * records who did it and why.
 */
@Injectable()
export class ValueReviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly refresh: DiscrepancyRefreshService,
  ) {}

  async dismissValue(
    id: string,
    claimId: string,
    note: string,
    actor: string,
  ): Promise<ValueDismissal> {
    return this.dataSource.transaction(async (manager) => {
      const d = await manager.findOne(Discrepancy, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!d) return { outcome: 'not_found', what: `discrepancy ${id}` };
      const value = d.values.find((v) => v.claimIds.includes(claimId));
      if (!value) return { outcome: 'not_found', what: `claim ${claimId} in discrepancy ${id}` };
      // Keyed by what each figure is, not by its claim row: a re-run of the article keeps it out.
      await manager.query(
        `INSERT INTO dismissed_figures (article_id, post_id, metric, subject, value, quote, discrepancy_id, note, actor)
         SELECT article_id, post_id, metric, subject, value, quote, $2, $3, $4 FROM claims WHERE id = ANY($1::uuid[])
         ON CONFLICT DO NOTHING`,
        [value.claimIds, id, note, actor],
      );
      await manager.insert(ReviewEvent, {
        discrepancyId: id,
        action: 'value_dismissed',
        fromStatus: d.status,
        toStatus: d.status,
        note,
        actor,
        details: {
          value: value.value,
          origin: value.originLabel ?? value.origin ?? 'unknown',
          claimIds: value.claimIds,
        },
      });
      await this.refresh.refreshStory(manager, d.storyId);
      return { outcome: 'dismissed', discrepancyId: id };
    });
  }
}
