import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Discrepancy, type DiscrepancyStatus } from './discrepancy.entity';
import { ReviewEvent } from './review-event.entity';
import { reviewTransitionError, type ReviewDecision } from './review-transitions';

export interface ReviewRequest {
  status: ReviewDecision;
  note: string | null;
  /** The status the reviewer saw; the decision is refused when it has changed since. */
  expected?: DiscrepancyStatus;
  /** The key's name, recorded in the audit trail. */
  actor: string;
}

/** The decision cannot be applied to the discrepancy as it is now (409). */
export class ReviewConflict extends Error {}

/** Reviewers' decisions and the audit trail. */
@Injectable()
export class ReviewService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Applies a decision under the discrepancy's row lock, so concurrent decisions are taken one
   * after another and each event's sequence number follows the one it saw. False when not found.
   */
  async decide(id: string, request: ReviewRequest): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const d = await manager.findOne(Discrepancy, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!d) return false;
      if (request.expected && request.expected !== d.status)
        throw new ReviewConflict(
          `the discrepancy is now ${d.status}, not ${request.expected}: reload it and decide again`,
        );
      const problem = reviewTransitionError(d.status, request.status);
      if (problem) throw new ReviewConflict(problem);
      await manager.insert(ReviewEvent, {
        discrepancyId: id,
        action: request.status === 'open' ? 'reopened' : request.status,
        fromStatus: d.status,
        toStatus: request.status,
        note: request.note,
        actor: request.actor,
        details: null,
      });
      await manager.update(Discrepancy, id, { status: request.status });
      return true;
    });
  }

  /** The audit trail in the order it was written; null when the discrepancy does not exist. */
  async trail(id: string) {
    if (!(await this.dataSource.getRepository(Discrepancy).existsBy({ id }))) return null;
    const events = await this.dataSource
      .getRepository(ReviewEvent)
      .find({ where: { discrepancyId: id }, order: { seq: 'ASC' } });
    return events.map((e) => ({
      id: e.id,
      seq: e.seq,
      action: e.action,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      note: e.note,
      actor: e.actor,
      details: e.details,
      at: e.at,
    }));
  }
}
