import { claimSizes, parseBenchOptions, type BenchOptions } from './bench-options';

const parsed = (argv: string[]): BenchOptions => {
  const options = parseBenchOptions(argv);
  if (options instanceof Error) throw options;
  return options;
};

describe('bench options', () => {
  it('measures queries at 10 k, 100 k and 1 M claims by default', () => {
    expect(parsed([]).claimSizes).toEqual([10_000, 100_000, 1_000_000]);
    expect(parsed([]).storySizes).toEqual([100, 1000, 5000]);
  });

  it('takes the largest size from --claims, keeping it when it is no power of ten', () => {
    expect(parsed(['--claims', '250000']).claimSizes).toEqual([10_000, 100_000, 250_000]);
    expect(claimSizes(5000)).toEqual([500, 5000]);
  });

  it('runs small sizes with --quick, still as a JSON object with --json', () => {
    const quick = parsed(['--quick', '--json']);
    expect(quick.json).toBe(true);
    expect(quick.claimSizes).toEqual([1000, 10_000]);
    expect(quick.ingestArticles).toBeLessThan(parsed([]).ingestArticles);
  });

  it('runs the story-growth figure alone with --story-growth', () => {
    expect(parsed(['--story-growth']).storyGrowthOnly).toBe(true);
    expect(parsed([]).storyGrowthOnly).toBe(false);
  });

  it('runs the query figures alone with --queries, at the sizes --claims gives', () => {
    const only = parsed(['--queries', '--claims', '100000']);
    expect([only.queriesOnly, only.claimSizes]).toEqual([true, [10_000, 100_000]]);
    expect(parsed([]).queriesOnly).toBe(false);
  });

  it('runs the extraction figures alone with --extraction', () => {
    expect(parsed(['--extraction']).extractionOnly).toBe(true);
    expect(parsed([]).extractionOnly).toBe(false);
  });

  it('runs the ingest figures alone with --ingest', () => {
    expect(parsed(['--ingest']).ingestOnly).toBe(true);
    expect(parsed([]).ingestOnly).toBe(false);
  });

  it('names what is wrong with a bad flag or size', () => {
    expect(parseBenchOptions(['--claims', 'lots'])).toBeInstanceOf(Error);
    expect(parseBenchOptions(['--fast'])).toEqual(
      new Error(
        'unknown flag --fast (flags: --json, --quick, --claims N, --story-growth, --queries, --extraction, --ingest)',
      ),
    );
  });
});
