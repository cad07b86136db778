import { ProcessLog } from './app-processes';

describe('ProcessLog', () => {
  it('sees a line printed after the mark, not one printed before', () => {
    const log = new ProcessLog();
    log.append('worker: consuming queue\n');
    const mark = log.mark();
    expect(log.seenSince(mark, 'consuming queue')).toBe(false);
    log.append('worker: consuming queue\n');
    expect(log.seenSince(mark, 'consuming queue')).toBe(true);
  });

  it('still sees a new line once the old ones were trimmed off the front', () => {
    const log = new ProcessLog();
    log.append('worker: consuming queue\n');
    log.append('x'.repeat(150_000));
    const mark = log.mark();
    log.append('y'.repeat(250_000));
    log.append('worker: consuming queue\n');
    expect(log.toString()).not.toContain('x');
    expect(log.seenSince(mark, 'consuming queue')).toBe(true);
  });

  it('keeps only the most recent output', () => {
    const log = new ProcessLog();
    log.append('a'.repeat(250_000));
    log.append('end');
    expect(log.toString().length).toBe(200_000);
    expect(log.toString().endsWith('end')).toBe(true);
  });
});
