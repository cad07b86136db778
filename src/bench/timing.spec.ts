import { percentile, ratio } from './timing';

describe('percentile', () => {
  it('takes the nearest rank, so p95 of 20 samples is the 19th smallest', () => {
    const samples = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(percentile(samples, 0.95)).toBe(19);
    expect(percentile(samples, 0.5)).toBe(10);
  });

  it('is NaN on no samples rather than a made-up zero', () => {
    expect(percentile([], 0.5)).toBeNaN();
  });
});

describe('ratio', () => {
  it('divides ours by the floor, to two decimals', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(1, 3)).toBe(0.33);
  });
});
