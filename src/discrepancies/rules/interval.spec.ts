import { entirelyAbove, intervalOf, overlaps, relativeGap } from './interval';

describe('intervalOf / overlaps / relativeGap', () => {
  it('reads null bounds as unbounded and never below zero', () => {
    expect(intervalOf({ low: 8, high: null })).toEqual({ low: 8, high: Infinity });
    expect(intervalOf({ low: null, high: 15 })).toEqual({ low: 0, high: 15 });
    expect(intervalOf({ low: null, high: null })).toEqual({ low: 0, high: Infinity });
    expect(intervalOf({ low: 15, high: 10 })).toEqual({ low: 10, high: 15 });
  });

  it('"at least 8" and 12 agree; 8 and 12 do not', () => {
    expect(overlaps(intervalOf({ low: 8, high: null }), intervalOf({ low: 12, high: 12 }))).toBe(
      true,
    );
    expect(overlaps(intervalOf({ low: 8, high: 8 }), intervalOf({ low: 12, high: 12 }))).toBe(
      false,
    );
  });

  it('vague amounts have intervals: dozens [12, 99] agrees with 26, not with 8', () => {
    const dozens = intervalOf({ low: 12, high: 99 });
    expect(overlaps(dozens, intervalOf({ low: 26, high: 26 }))).toBe(true);
    expect(overlaps(dozens, intervalOf({ low: 8, high: 8 }))).toBe(false);
  });

  it('measures the gap relative to the larger figure, symmetrically', () => {
    const eight = intervalOf({ low: 8, high: 8 });
    const twelve = intervalOf({ low: 12, high: 12 });
    expect(relativeGap(eight, twelve)).toBeCloseTo(1 / 3);
    expect(relativeGap(twelve, eight)).toBeCloseTo(1 / 3);
    expect(relativeGap(eight, intervalOf({ low: 8, high: null }))).toBe(0);
    expect(relativeGap(intervalOf({ low: 0, high: 0 }), twelve)).toBe(1);
  });

  it('entirelyAbove compares the low of one with the high of the other', () => {
    expect(entirelyAbove(intervalOf({ low: 12, high: 12 }), intervalOf({ low: 8, high: 8 }))).toBe(
      true,
    );
    expect(
      entirelyAbove(intervalOf({ low: 12, high: 12 }), intervalOf({ low: 8, high: null })),
    ).toBe(false);
  });
});
