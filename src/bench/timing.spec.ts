import { cpuMs, percentile, ratio } from './timing';

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

describe('cpuMs', () => {
  it('counts in milliseconds the CPU a busy call spends', () => {
    // busy until the process has spent 20 ms of CPU, however long the machine's load makes that take
    const busy = cpuMs(() => {
      const start = process.cpuUsage();
      while (process.cpuUsage(start).user < 20_000);
    });
    expect(busy).toBeGreaterThanOrEqual(20);
    expect(busy).toBeLessThan(1000);
  });

  it('does not count the time a call waits', () => {
    // a synchronous sleep of 30 ms: wall time passes, almost no CPU is spent
    const waiting = cpuMs(() => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 30));
    expect(waiting).toBeLessThan(15);
  });
});
