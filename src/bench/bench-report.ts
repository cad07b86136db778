// The benchmark's result: one JSON object (`--json`, tracked from run to run) and the table printed
// for people, each figure beside its target.
import { cpus, totalmem } from 'node:os';
import type { ExtractionFigures } from './extraction-bench';
import type { QueriesAtSize } from './query-bench';
import type { StoryGrowthAtSize } from './story-growth-bench';
import { ratio } from './timing';

export interface BenchResult {
  machine: { cpu: string; cores: number; memoryGb: number; node: string; quick: boolean };
  sizes: {
    extractionPageBytes: number[];
    ingestArticles: number;
    ingestPageBytes: [number, number];
    claims: number[];
    queryRequests: number;
    storyArticles: number[];
    storyIngestedArticles: number;
  };
  extraction: ExtractionFigures;
  ingest: {
    vsNoop: number;
    /** The API alone (no worker) against the no-op jobs: the most vsNoop can be. */
    apiVsNoop: number;
    twoWorkersVsOne: number;
    storyGrowth: number;
    articlesPerSecond: number;
    apiArticlesPerSecond: number;
    /** Articles that ended failed in any ingest run; every figure above counts them as done. */
    failedArticles: number;
    twoWorkersArticlesPerSecond: number;
    noopJobsPerSecond: number;
    storyMsPerArticle: StoryGrowthAtSize[];
  };
  queries: {
    discrepanciesP95Ms: number;
    historyP95Ms: number;
    growth: number;
    bySize: QueriesAtSize[];
  };
  memory: { workerPeakRssMb: number | null };
}

export function machine(quick: boolean): BenchResult['machine'] {
  const cores = cpus();
  return {
    cpu: cores[0]?.model.trim() ?? 'unknown',
    cores: cores.length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    quick,
  };
}

/** The query figures at the largest size, and how much worse the worse endpoint got since the smallest. */
export function queryFigures(bySize: QueriesAtSize[]): BenchResult['queries'] {
  const first = bySize[0];
  const last = bySize[bySize.length - 1];
  return {
    discrepanciesP95Ms: last.discrepancies.p95Ms,
    historyP95Ms: last.history.p95Ms,
    growth: Math.max(
      ratio(last.discrepancies.p95Ms, first.discrepancies.p95Ms),
      ratio(last.history.p95Ms, first.history.p95Ms),
    ),
    bySize,
  };
}

type Row = [figure: string, value: string, target: string, met: boolean | null];

function rows(r: BenchResult): Row[] {
  const kb = (bytes: number) => `${Math.round(bytes / 1000)} KB`;
  const pages = r.sizes.extractionPageBytes;
  const lastClaims = r.sizes.claims[r.sizes.claims.length - 1].toLocaleString('en');
  const stories = r.sizes.storyArticles;
  return [
    [
      `extraction.vsCheerio (${pages.length} pages, ${kb(pages[0])}–${kb(pages[pages.length - 1])})`,
      `${r.extraction.vsCheerio}×`,
      '≤ 2×',
      r.extraction.vsCheerio <= 2,
    ],
    [
      'extraction.vsReadabilityLinkedom',
      `${r.extraction.vsReadabilityLinkedom}×`,
      '< 1×',
      r.extraction.vsReadabilityLinkedom < 1,
    ],
    ['extraction.vsReadabilityJsdom', `${r.extraction.vsReadabilityJsdom}×`, '', null],
    [
      `ingest.vsNoop (${r.sizes.ingestArticles} articles, 1 worker)`,
      `${r.ingest.vsNoop}`,
      '≥ 0.25',
      r.ingest.vsNoop >= 0.25,
    ],
    ['ingest.apiVsNoop (the API alone, no worker)', `${r.ingest.apiVsNoop}`, '', null],
    ['ingest.twoWorkersVsOne', `${r.ingest.twoWorkersVsOne}`, '≥ 1', r.ingest.twoWorkersVsOne >= 1],
    [
      `ingest.storyGrowth (${stories[0]} → ${stories[stories.length - 1]} articles)`,
      `${r.ingest.storyGrowth}×`,
      '≤ 2×',
      r.ingest.storyGrowth <= 2,
    ],
    [
      `queries.discrepanciesP95Ms (${lastClaims} claims)`,
      `${r.queries.discrepanciesP95Ms} ms`,
      '≤ 10 ms',
      r.queries.discrepanciesP95Ms <= 10,
    ],
    [
      `queries.historyP95Ms (${lastClaims} claims)`,
      `${r.queries.historyP95Ms} ms`,
      '≤ 10 ms',
      r.queries.historyP95Ms <= 10,
    ],
    [
      `queries.growth (${r.sizes.claims[0].toLocaleString('en')} → ${lastClaims})`,
      `${r.queries.growth}×`,
      '≤ 2×',
      r.queries.growth <= 2,
    ],
    [
      'memory.workerPeakRssMb',
      `${r.memory.workerPeakRssMb ?? 'n/a'} MB`,
      '≤ 300 MB',
      r.memory.workerPeakRssMb === null ? null : r.memory.workerPeakRssMb <= 300,
    ],
  ];
}

/** The extraction ratios and per-page figures by CPU time (see ExtractionFigures.cpu). */
export function extractionCpuLine(e: ExtractionFigures, pages: number): string {
  const t = e.cpu.totalMs;
  const perPage = (total: number) => `${(total / pages).toFixed(1)} ms`;
  return (
    `extraction by CPU time: vsCheerio ${e.cpu.vsCheerio}×, vsReadabilityLinkedom ${e.cpu.vsReadabilityLinkedom}×, ` +
    `vsReadabilityJsdom ${e.cpu.vsReadabilityJsdom}× (per page: ours ${perPage(t.ours)}, cheerio.load ` +
    `${perPage(t.cheerio)}, Readability+linkedom ${perPage(t.readabilityLinkedom)}, Readability+jsdom ${perPage(t.readabilityJsdom)})`
  );
}

function detailLines(r: BenchResult): string[] {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const perPage = (total: number) => ms(total / r.sizes.extractionPageBytes.length);
  const t = r.extraction.totalMs;
  return [
    `extraction per page: ours ${perPage(t.ours)}, cheerio.load ${perPage(t.cheerio)}, Readability+linkedom ${perPage(t.readabilityLinkedom)}, Readability+jsdom ${perPage(t.readabilityJsdom)}`,
    extractionCpuLine(r.extraction, r.sizes.extractionPageBytes.length),
    `ingest: ${r.ingest.articlesPerSecond} articles/s (1 worker), ${r.ingest.twoWorkersArticlesPerSecond}/s (2 workers), ${r.ingest.apiArticlesPerSecond}/s accepted by the API alone, no-op jobs ${r.ingest.noopJobsPerSecond}/s`,
    `story growth: ${r.ingest.storyMsPerArticle.map((s) => `${s.msPerArticle} ms/article at ${s.articlesInStory}${s.failedArticles ? ` (${s.failedArticles} failed)` : ''}`).join(', ')}`,
    ...(r.ingest.failedArticles
      ? [`FAILED: ${r.ingest.failedArticles} articles ended failed during the ingest runs`]
      : []),
    ...r.queries.bySize.map(
      (q) =>
        `queries at ${q.claims.toLocaleString('en')} claims: /discrepancies p50 ${ms(q.discrepancies.p50Ms)} p95 ${ms(q.discrepancies.p95Ms)}; /claims/history p50 ${ms(q.history.p50Ms)} p95 ${ms(q.history.p95Ms)}`,
    ),
    `machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGb} GB, Node ${r.machine.node}${r.machine.quick ? ' (--quick sizes)' : ''}`,
  ];
}

/** A Markdown table (it reads in a terminal and pastes into the README as it is). */
export function formatTable(r: BenchResult): string {
  const lines = ['| figure | value | target | met |', '| --- | --- | --- | --- |'];
  for (const [figure, value, target, met] of rows(r))
    lines.push(`| ${figure} | ${value} | ${target} | ${met === null ? '' : met ? 'yes' : 'NO'} |`);
  return [...lines, '', ...detailLines(r)].join('\n') + '\n';
}
