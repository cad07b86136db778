// Command-line flags of `npm run bench`: --json, --quick, --claims N, --story-growth, --queries,
// --extraction, --ingest.

export interface BenchOptions {
  json: boolean;
  quick: boolean;
  /** Only the story-growth figure: what a change to the refresh moves, in a few minutes. */
  storyGrowthOnly: boolean;
  /** Only the query figures: what a change to the read API or its indexes moves. */
  queriesOnly: boolean;
  /** Only the extraction figures: what a change to the pure pipeline moves, without a database. */
  extractionOnly: boolean;
  /** Only the ingest figures: what a change to the API or the worker's writes moves. */
  ingestOnly: boolean;
  /** Generated pages for the extraction figures, and timed rounds over them. */
  extractionPages: number;
  extractionRounds: number;
  /** Articles per ingest run (one worker, then two). */
  ingestArticles: number;
  /** Claims in the archive at each query measurement, ascending; the last is the largest. */
  claimSizes: number[];
  queryRequests: number;
  /** Articles already in the story at each story-growth measurement. */
  storySizes: number[];
  storyArticles: number;
}

const FULL = {
  extractionPages: 8,
  extractionRounds: 5,
  ingestArticles: 120,
  largestClaims: 1_000_000,
  queryRequests: 200,
  storySizes: [100, 1000, 5000],
  storyArticles: 5,
};
const QUICK = {
  extractionPages: 3,
  extractionRounds: 2,
  ingestArticles: 16,
  largestClaims: 10_000,
  queryRequests: 30,
  storySizes: [20, 200],
  storyArticles: 4,
};

/** 10 k, 100 k, … up to the largest (always included); a largest under 10 k starts at a tenth of it. */
export function claimSizes(largest: number): number[] {
  const smallest = Math.min(10_000, Math.max(1, Math.round(largest / 10)));
  const sizes: number[] = [];
  for (let size = smallest; size < largest; size *= 10) sizes.push(size);
  return [...sizes, largest];
}

export function parseBenchOptions(argv: string[]): BenchOptions | Error {
  const known = new Set([
    '--json',
    '--quick',
    '--claims',
    '--story-growth',
    '--queries',
    '--extraction',
    '--ingest',
  ]);
  const unknown = argv.find(
    (a, i) => a.startsWith('--') && !known.has(a) && argv[i - 1] !== '--claims',
  );
  if (unknown)
    return new Error(
      `unknown flag ${unknown} (flags: --json, --quick, --claims N, --story-growth, --queries, --extraction, --ingest)`,
    );
  const quick = argv.includes('--quick');
  const preset = quick ? QUICK : FULL;
  const at = argv.indexOf('--claims');
  let largest = preset.largestClaims;
  if (at >= 0) {
    largest = Number(argv[at + 1]);
    if (!Number.isInteger(largest) || largest < 100 || largest > 100_000_000)
      return new Error('--claims takes a whole number of claims from 100 to 100000000');
  }
  return {
    json: argv.includes('--json'),
    quick,
    storyGrowthOnly: argv.includes('--story-growth'),
    queriesOnly: argv.includes('--queries'),
    extractionOnly: argv.includes('--extraction'),
    ingestOnly: argv.includes('--ingest'),
    extractionPages: preset.extractionPages,
    extractionRounds: preset.extractionRounds,
    ingestArticles: preset.ingestArticles,
    claimSizes: claimSizes(largest),
    queryRequests: preset.queryRequests,
    storySizes: preset.storySizes,
    storyArticles: preset.storyArticles,
  };
}
