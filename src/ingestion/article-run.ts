// What a worker does with an article its job hands it, decided from the article's row alone:
// Postgres, not the queue, knows whether an article is done, held by a live worker, or has used
// up its tries. Pure, so every case is a unit test.
import type { ArticleStatus } from '../articles/article.entity';

export interface ArticleRunState {
  status: ArticleStatus;
  /** Tries started since the article was last queued. */
  attempts: number;
  leaseUntil: Date | null;
  workerId: string | null;
}

export type RunDecision =
  /** Take it up: this is try number `attempt`. */
  | { kind: 'run'; attempt: number }
  /** Already processed or failed: a duplicate or stale job, nothing to do. */
  | { kind: 'done' }
  /** Another live worker holds it: look again when its lease ends. */
  | { kind: 'held'; until: Date }
  /** Every try so far stopped without finishing (crash, lost lock): stop trying. */
  | { kind: 'give-up'; reason: string };

export function decideRun(state: ArticleRunState, now: Date, maxAttempts: number): RunDecision {
  if (state.status === 'processed' || state.status === 'failed') return { kind: 'done' };
  if (state.status === 'processing') {
    if (state.leaseUntil && state.leaseUntil > now)
      return { kind: 'held', until: state.leaseUntil };
    if (state.attempts >= maxAttempts)
      return { kind: 'give-up', reason: unfinishedReason(state.attempts) };
  }
  // A queued article (new, or queued again to be fetched anew) starts its tries afresh.
  return { kind: 'run', attempt: state.status === 'queued' ? 1 : state.attempts + 1 };
}

/** After a try failed with an error: is that the article's last word? */
export function isFinalFailure(attempt: number, maxAttempts: number, retryable: boolean): boolean {
  return !retryable || attempt >= maxAttempts;
}

export function unfinishedReason(attempts: number): string {
  return `gave up after ${attempts} ${attempts === 1 ? 'try' : 'tries'}: the last one stopped without finishing (worker crash, lost job lock, or the database was unreachable)`;
}

export function failedReason(attempt: number, maxAttempts: number, message: string): string {
  return attempt >= maxAttempts ? `try ${attempt} of ${maxAttempts} failed: ${message}` : message;
}
