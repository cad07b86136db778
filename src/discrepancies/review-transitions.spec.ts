import { reviewNoteError, reviewTransitionError } from './review-transitions';

describe('review transitions', () => {
  it.each([
    ['open', 'confirmed', null],
    ['confirmed', 'resolved', null],
    ['resolved', 'open', null],
    ['dismissed', 'open', null],
    ['open', 'open', 'the discrepancy is already open'],
    ['resolved', 'dismissed', 'a resolved discrepancy cannot become dismissed (allowed: open)'],
  ] as const)('%s → %s: %s', (from, to, error) => {
    expect(reviewTransitionError(from, to)).toBe(error);
  });

  it('asks for a note to reopen or dismiss, not to confirm or resolve', () => {
    expect(reviewNoteError('open', null)).toMatch(/note is required to reopen/);
    expect(reviewNoteError('dismissed', null)).toMatch(/note is required to dismiss/);
    expect(reviewNoteError('open', 'new figures from the ministry')).toBeNull();
    expect(reviewNoteError('confirmed', null)).toBeNull();
    expect(reviewNoteError('resolved', null)).toBeNull();
  });
});
