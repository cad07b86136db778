import type { DiscrepancyStatus } from './discrepancy.entity';

export type ReviewDecision = Exclude<DiscrepancyStatus, 'open'>;

/** What a reviewer may do from each status. Reopening is the detector's job, on a new value. */
const ALLOWED: Record<DiscrepancyStatus, ReviewDecision[]> = {
  open: ['confirmed', 'dismissed', 'resolved'],
  confirmed: ['resolved', 'dismissed'],
  dismissed: ['confirmed'],
  resolved: [],
};

/** null when the transition is allowed, else the reason it is not. */
export function reviewTransitionError(from: DiscrepancyStatus, to: ReviewDecision): string | null {
  if (from === to) return `the discrepancy is already ${from}`;
  if (!ALLOWED[from].includes(to)) {
    const allowed = ALLOWED[from];
    return (
      `a ${from} discrepancy cannot become ${to}` +
      (allowed.length
        ? ` (allowed: ${allowed.join(', ')})`
        : ' (it is final until a new value re-opens it)')
    );
  }
  return null;
}
