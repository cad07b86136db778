import { decideRun, failedReason, isFinalFailure, unfinishedReason } from './article-run';

const now = new Date('2026-01-01T12:00:00Z');
const later = new Date('2026-01-01T12:00:30Z');
const earlier = new Date('2026-01-01T11:59:30Z');

describe('decideRun', () => {
  it('runs a queued article as its first try', () => {
    expect(
      decideRun({ status: 'queued', attempts: 0, leaseUntil: null, workerId: null }, now, 3),
    ).toEqual({
      kind: 'run',
      attempt: 1,
    });
  });

  it('starts the tries afresh for an article queued again (to be fetched anew)', () => {
    expect(
      decideRun({ status: 'queued', attempts: 3, leaseUntil: null, workerId: null }, now, 3),
    ).toEqual({ kind: 'run', attempt: 1 });
  });

  it('does nothing for an article already processed or failed (a duplicate or stale job)', () => {
    for (const status of ['processed', 'failed'] as const)
      expect(decideRun({ status, attempts: 1, leaseUntil: null, workerId: null }, now, 3)).toEqual({
        kind: 'done',
      });
  });

  it('leaves an article to the live worker holding its lease, until the lease ends', () => {
    expect(
      decideRun({ status: 'processing', attempts: 1, leaseUntil: later, workerId: 'w1' }, now, 3),
    ).toEqual({
      kind: 'held',
      until: later,
    });
  });

  it('takes up again an article whose holder stopped (lease lapsed), counting the try', () => {
    expect(
      decideRun({ status: 'processing', attempts: 2, leaseUntil: earlier, workerId: 'w1' }, now, 3),
    ).toEqual({
      kind: 'run',
      attempt: 3,
    });
  });

  it('runs a retry the last holder released after a failed try', () => {
    expect(
      decideRun({ status: 'processing', attempts: 1, leaseUntil: null, workerId: null }, now, 3),
    ).toEqual({
      kind: 'run',
      attempt: 2,
    });
  });

  it('gives up, with the reason, on an article whose every try stopped without finishing', () => {
    expect(
      decideRun({ status: 'processing', attempts: 3, leaseUntil: earlier, workerId: 'w1' }, now, 3),
    ).toEqual({
      kind: 'give-up',
      reason: unfinishedReason(3),
    });
    expect(unfinishedReason(3)).toMatch(/^gave up after 3 tries: .*worker crash/);
  });
});

describe('isFinalFailure', () => {
  it('retries a retryable error until the last try', () => {
    expect(isFinalFailure(1, 3, true)).toBe(false);
    expect(isFinalFailure(2, 3, true)).toBe(false);
    expect(isFinalFailure(3, 3, true)).toBe(true);
  });

  it('never retries an error that cannot pass', () => {
    expect(isFinalFailure(1, 3, false)).toBe(true);
  });
});

describe('failedReason', () => {
  it('counts the tries only when they were all used (never "4 tries of 3")', () => {
    expect(failedReason(3, 3, 'connection refused')).toBe('try 3 of 3 failed: connection refused');
    expect(failedReason(1, 3, 'HTTP 404')).toBe('HTTP 404');
  });
});
