// `npm run bench [-- --json] [-- --quick] [-- --claims N] [-- --story-growth] [-- --queries] [-- --extraction] [-- --ingest]`: speed as ratios against floors measured in
// the same run (cheerio.load and Readability for extraction, a no-op BullMQ job for ingest, the
// smallest archive for queries, the smallest story for story growth), so the figures survive a noisy
// machine. Runs the built API and workers on its own database (BENCH_DATABASE_URL, default
// provenance_bench) and queue prefix; the database is emptied, so never point it at real data.
import { loadConfig } from '../config/app-config';
import { parseBenchOptions, type BenchOptions } from './bench-options';
import {
  extractionCpuLine,
  formatTable,
  machine,
  queryFigures,
  type BenchResult,
} from './bench-report';
import {
  backendCpuMs,
  type BenchEnv,
  type BenchStack,
  cpuMs,
  peakRssMb,
  resetDatabase,
  runMigrations,
  startBenchStack,
} from './bench-stack';
import { benchExtraction } from './extraction-bench';
import { ingestRun, noopJobsPerSecond, submitOnlyRate, WORKER_CONCURRENCY } from './ingest-bench';
import { generatePages } from './page-generator';
import { benchQueries } from './query-bench';
import { benchStoryGrowth } from './story-growth-bench';
import { ratio } from './timing';

const INGEST_PAGE_BYTES: [number, number] = [50_000, 150_000];
const INGEST_STORIES = 10;

const progress = (line: string) => process.stderr.write(`bench: ${line}\n`);

function benchEnv(): BenchEnv {
  const config = loadConfig({
    DATABASE_URL:
      process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/provenance_bench',
    REDIS_URL: process.env.REDIS_URL,
    QUEUE_PREFIX: `ppt-bench-${process.pid}`,
  });
  return {
    databaseUrl: config.databaseUrl,
    redisUrl: config.redisUrl,
    queuePrefix: config.queuePrefix,
  };
}

const ingestSubmissions = (count: number, firstSeed: number) =>
  generatePages(count, ...INGEST_PAGE_BYTES, firstSeed).map((page, i) => ({
    page,
    story: `bench-${i % INGEST_STORIES}`,
  }));

/**
 * Articles/s the API accepts alone, then processed with one worker and with two (fresh articles of
 * the same sizes each time), and the worker's peak RSS.
 */
async function benchIngest(stack: BenchStack, options: BenchOptions, peaks: number[]) {
  await resetDatabase(stack.db);
  progress(`ingest: ${options.ingestArticles} articles to the API alone`);
  const apiAlone = await submitOnlyRate(stack, ingestSubmissions(options.ingestArticles, 30_000));
  const run = async (workers: number, firstSeed: number) => {
    await resetDatabase(stack.db);
    for (let i = 0; i < workers; i++) await stack.startWorker();
    const submissions = ingestSubmissions(options.ingestArticles, firstSeed);
    const pages = submissions.map((s) => s.page);
    progress(`ingest: ${pages.length} articles, ${workers} worker(s)`);
    const before = await serviceCpu(stack);
    const { seconds, failed } = await ingestRun(stack, submissions, 1_200_000);
    const cpu = cpuPerArticle(before, await serviceCpu(stack), pages.length);
    peaks.push(...stack.workers.map((w) => peakRssMb(w.pid) ?? 0));
    await stack.stopWorkers();
    return { rate: Math.round((pages.length / seconds) * 10) / 10, failed, cpu };
  };
  const one = await run(1, 10_000);
  const two = await run(2, 20_000);
  progress('ingest: no-op jobs of the same payloads');
  const noop = await noopJobsPerSecond(
    stack.redisUrl,
    `${stack.queuePrefix}-noop`,
    generatePages(options.ingestArticles, ...INGEST_PAGE_BYTES, 10_000),
  );
  return {
    apiAlone: Math.round(apiAlone * 10) / 10,
    one: one.rate,
    two: two.rate,
    failed: one.failed + two.failed,
    noop: Math.round(noop * 10) / 10,
    cpuMsPerArticle: one.cpu,
  };
}

/** CPU time so far of the worker(s), the API and the database's backends (see backendCpuMs). */
async function serviceCpu(stack: BenchStack) {
  return {
    workers: stack.workers.reduce((ms, w) => ms + (cpuMs(w.pid) ?? 0), 0),
    api: cpuMs(stack.apiPid) ?? 0,
    postgres: await backendCpuMs(stack.db),
  };
}

/**
 * CPU ms per article each part of the service spent over a run: steadier than the rates on a
 * shared machine, and it says where an article's time goes (a backend that started during the
 * run counts from zero; one that ended is missed).
 */
function cpuPerArticle(
  before: Awaited<ReturnType<typeof serviceCpu>>,
  after: Awaited<ReturnType<typeof serviceCpu>>,
  articles: number,
) {
  let postgres = 0;
  for (const [pid, ms] of after.postgres) postgres += ms - (before.postgres.get(pid) ?? 0);
  const per = (ms: number) => Math.round((ms / articles) * 10) / 10;
  return {
    worker: per(after.workers - before.workers),
    postgres: per(postgres),
    api: per(after.api - before.api),
  };
}

async function benchService(options: BenchOptions) {
  const env = benchEnv();
  await runMigrations(env);
  const stack = await startBenchStack(env, WORKER_CONCURRENCY);
  const peaks: number[] = [];
  try {
    const ingest = await benchIngest(stack, options, peaks);
    await stack.startWorker();
    const story = await benchStoryGrowth(
      stack,
      options.storySizes,
      options.storyArticles,
      progress,
    );
    peaks.push(...stack.workers.map((w) => peakRssMb(w.pid) ?? 0));
    await stack.stopWorkers();
    await resetDatabase(stack.db);
    const queries = await benchQueries(stack, options.claimSizes, options.queryRequests, progress);
    await resetDatabase(stack.db);
    return { ingest, story, queries, workerPeakRssMb: peaks.length ? Math.max(...peaks) : null };
  } finally {
    await stack.stop();
  }
}

/** `--story-growth`: the story-growth figure alone, one worker, printed as a line or JSON. */
async function benchStoryGrowthOnly(options: BenchOptions): Promise<void> {
  const env = benchEnv();
  await runMigrations(env);
  const stack = await startBenchStack(env, WORKER_CONCURRENCY);
  try {
    await stack.startWorker();
    const story = await benchStoryGrowth(
      stack,
      options.storySizes,
      options.storyArticles,
      progress,
    );
    // The worker's peak over the ingest into the largest story: the load issue 12 bounds.
    const workerPeakRssMb = peakRssMb(stack.workers[0]?.pid);
    const storyGrowth = ratio(story[story.length - 1].msPerArticle, story[0].msPerArticle);
    const perSize = story.map(
      (s) =>
        `${s.msPerArticle} ms/article at ${s.articlesInStory} (worker CPU ${s.workerCpuMsPerArticle ?? 'n/a'} ms; untimed warm-up ${s.warmUpMsPerArticle} ms/article)`,
    );
    process.stdout.write(
      options.json
        ? `${JSON.stringify({ ingest: { storyGrowth, storyMsPerArticle: story }, memory: { workerPeakRssMb } }, null, 2)}\n`
        : `ingest.storyGrowth ${storyGrowth}× (${perSize.join(', ')})\nmemory.workerPeakRssMb ${workerPeakRssMb ?? 'n/a'} MB\n`,
    );
  } finally {
    await resetDatabase(stack.db);
    await stack.stop();
  }
}

/** `--ingest`: the ingest figures alone (API alone, one worker, two, no-op jobs), as lines or JSON. */
async function benchIngestOnly(options: BenchOptions): Promise<void> {
  const env = benchEnv();
  await runMigrations(env);
  const stack = await startBenchStack(env, WORKER_CONCURRENCY);
  const peaks: number[] = [];
  try {
    const i = await benchIngest(stack, options, peaks);
    const ingest = {
      vsNoop: ratio(i.one, i.noop),
      apiVsNoop: ratio(i.apiAlone, i.noop),
      twoWorkersVsOne: ratio(i.two, i.one),
      articlesPerSecond: i.one,
      apiArticlesPerSecond: i.apiAlone,
      twoWorkersArticlesPerSecond: i.two,
      noopJobsPerSecond: i.noop,
      failedArticles: i.failed,
      cpuMsPerArticle: i.cpuMsPerArticle,
    };
    const workerPeakRssMb = peaks.length ? Math.max(...peaks) : null;
    process.stdout.write(
      options.json
        ? `${JSON.stringify({ ingest, memory: { workerPeakRssMb } }, null, 2)}\n`
        : `ingest.vsNoop ${ingest.vsNoop}, ingest.apiVsNoop ${ingest.apiVsNoop}, ingest.twoWorkersVsOne ${ingest.twoWorkersVsOne}\n` +
            `${i.one} articles/s (1 worker), ${i.two}/s (2 workers), ${i.apiAlone}/s accepted by the API alone, ` +
            `no-op jobs ${i.noop}/s, ${i.failed} failed; worker peak ${workerPeakRssMb ?? 'n/a'} MB\n` +
            `CPU ms per article (1 worker): worker ${i.cpuMsPerArticle.worker}, Postgres ${i.cpuMsPerArticle.postgres}, API ${i.cpuMsPerArticle.api}\n`,
    );
  } finally {
    await resetDatabase(stack.db);
    await stack.stop();
  }
}

/** `--queries`: the query figures alone, on an emptied database, printed as lines or JSON. */
async function benchQueriesOnly(options: BenchOptions): Promise<void> {
  const env = benchEnv();
  await runMigrations(env);
  const stack = await startBenchStack(env, WORKER_CONCURRENCY);
  try {
    await resetDatabase(stack.db);
    const queries = queryFigures(
      await benchQueries(stack, options.claimSizes, options.queryRequests, progress),
    );
    const perSize = queries.bySize.map(
      (q) =>
        `at ${q.claims} claims: /discrepancies p50 ${q.discrepancies.p50Ms} ms p95 ${q.discrepancies.p95Ms} ms; ` +
        `/claims/history p50 ${q.history.p50Ms} ms p95 ${q.history.p95Ms} ms`,
    );
    process.stdout.write(
      options.json
        ? `${JSON.stringify({ queries }, null, 2)}\n`
        : `queries.discrepanciesP95Ms ${queries.discrepanciesP95Ms}, queries.historyP95Ms ${queries.historyP95Ms}, ` +
            `queries.growth ${queries.growth}×\n${perSize.join('\n')}\n`,
    );
  } finally {
    await resetDatabase(stack.db);
    await stack.stop();
  }
}

/** `--extraction`: the extraction figures alone (no database, no queue), printed as lines or JSON. */
function benchExtractionOnly(options: BenchOptions): void {
  const pages = generatePages(options.extractionPages);
  progress(`extraction: ${pages.length} pages, ${options.extractionRounds} rounds`);
  const extraction = benchExtraction(pages, options.extractionRounds);
  const perPage = (total: number) => `${Math.round((total / pages.length) * 10) / 10} ms`;
  const t = extraction.totalMs;
  process.stdout.write(
    options.json
      ? `${JSON.stringify({ sizes: { extractionPageBytes: pages.map((p) => Buffer.byteLength(p.html)) }, extraction }, null, 2)}\n`
      : `extraction.vsCheerio ${extraction.vsCheerio}×, extraction.vsReadabilityLinkedom ${extraction.vsReadabilityLinkedom}×, ` +
          `extraction.vsReadabilityJsdom ${extraction.vsReadabilityJsdom}×\n` +
          `per page: ours ${perPage(t.ours)}, cheerio.load ${perPage(t.cheerio)}, ` +
          `Readability+linkedom ${perPage(t.readabilityLinkedom)}, Readability+jsdom ${perPage(t.readabilityJsdom)}\n` +
          `${extractionCpuLine(extraction, pages.length)}\n`,
  );
}

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  if (options instanceof Error) throw options;
  if (options.storyGrowthOnly) return benchStoryGrowthOnly(options);
  if (options.queriesOnly) return benchQueriesOnly(options);
  if (options.extractionOnly) return benchExtractionOnly(options);
  if (options.ingestOnly) return benchIngestOnly(options);
  const pages = generatePages(options.extractionPages);
  progress(`extraction: ${pages.length} pages, ${options.extractionRounds} rounds`);
  const extraction = benchExtraction(pages, options.extractionRounds);
  const service = await benchService(options);
  const { story, ingest } = service;
  const result: BenchResult = {
    machine: machine(options.quick),
    sizes: {
      extractionPageBytes: pages.map((p) => Buffer.byteLength(p.html)),
      ingestArticles: options.ingestArticles,
      ingestPageBytes: INGEST_PAGE_BYTES,
      claims: service.queries.map((q) => q.claims),
      queryRequests: options.queryRequests,
      storyArticles: options.storySizes,
      storyIngestedArticles: options.storyArticles,
    },
    extraction,
    ingest: {
      vsNoop: ratio(ingest.one, ingest.noop),
      apiVsNoop: ratio(ingest.apiAlone, ingest.noop),
      twoWorkersVsOne: ratio(ingest.two, ingest.one),
      storyGrowth: ratio(story[story.length - 1].msPerArticle, story[0].msPerArticle),
      articlesPerSecond: ingest.one,
      apiArticlesPerSecond: ingest.apiAlone,
      failedArticles: ingest.failed + story.reduce((n, s) => n + s.failedArticles, 0),
      twoWorkersArticlesPerSecond: ingest.two,
      noopJobsPerSecond: ingest.noop,
      storyMsPerArticle: story,
    },
    queries: queryFigures(service.queries),
    memory: { workerPeakRssMb: service.workerPeakRssMb },
  };
  process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : formatTable(result));
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
