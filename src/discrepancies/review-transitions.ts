import type { DiscrepancyStatus } from './discrepancy.entity';

/** What a reviewer may set: any status, `open` to reopen a decided discrepancy. */
export type ReviewDecision = DiscrepancyStatus;

/** What a reviewer may do from each status. */
const ALLOWED: Record<DiscrepancyStatus, ReviewDecision[]> = {
  open: ['confirmed', 'dismissed', 'resolved'],
  confirmed: ['resolved', 'dismissed', 'open'],
  dismissed: ['confirmed', 'open'],
  resolved: ['open'],
};

/** Decisions that undo a judgement or set a figure aside must say why. */
const NOTE_REQUIRED: Record<DiscrepancyStatus, string | null> = {
  open: 'note is required to reopen a discrepancy',
  dismissed: 'note is required to dismiss a discrepancy',
  confirmed: null,
  resolved: null,
};

export const MAX_NOTE_LENGTH = 2000;

/** null when the transition is allowed, else the reason it is not. */
export function reviewTransitionError(from: DiscrepancyStatus, to: ReviewDecision): string | null {
  if (from === to) return `the discrepancy is already ${from}`;
  if (!ALLOWED[from].includes(to)) {
    return `a ${from} discrepancy cannot become ${to} (allowed: ${ALLOWED[from].join(', ')})`;
  }
  return null;
}

/** null when the note suits the decision, else what is missing. */
export function reviewNoteError(to: ReviewDecision, note: string | null): string | null {
  return note ? null : NOTE_REQUIRED[to];
}
