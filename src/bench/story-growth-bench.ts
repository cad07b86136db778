// Story growth: ingest time per article when its story already holds many articles. Each size starts
// from an emptied database and one story bulk-loaded to that size and compared as the service would
// have compared it; as many untimed articles let the worker compare it once, then the same number of
// fresh articles is ingested into it through the API and that worker.
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { DiscrepancyRefreshService } from '../discrepancies/discrepancy-refresh.service';
import type { BenchStack } from './bench-stack';
import { cpuMs, peakRssMb, resetDatabase } from './bench-stack';
import { loadStories } from './bulk-load';
import { ingestRun } from './ingest-bench';
import { generatePages } from './page-generator';

export interface StoryGrowthAtSize {
  articlesInStory: number;
  msPerArticle: number;
  /** The worker's CPU time per article: steadier than wall time on a shared machine. */
  workerCpuMsPerArticle: number | null;
  /** The untimed articles before: the worker's first comparisons of the story (see benchStoryGrowth). */
  warmUpMsPerArticle: number;
  failedArticles: number;
}

export async function benchStoryGrowth(
  stack: BenchStack,
  sizes: number[],
  articlesPerSize: number,
  progress: (line: string) => void,
): Promise<StoryGrowthAtSize[]> {
  const results: StoryGrowthAtSize[] = [];
  for (const [i, size] of sizes.entries()) {
    await resetDatabase(stack.db);
    const [story] = await loadStories(stack.db, 1, size, 9000 + i, false);
    await compareStory(stack.databaseUrl, story.id);
    await stack.db.query('ANALYZE');
    // As many untimed articles first (other pages): the worker compares each series they touch
    // once from scratch (every claim built, every pair judged) and keeps what it built, as a worker
    // that has been taking the story's articles has. The timed articles then measure the steady
    // refresh, not that one-off (~5 s for a series of a 5,000-article story, and with 5 timed
    // articles it was most of the figure). Their time is reported beside it.
    const warmUp = await ingestRun(
      stack,
      generatePages(articlesPerSize, 50_000, 60_000, 40_000).map((page) => ({
        page,
        story: story.key,
      })),
      1_800_000,
    );
    progress(`story growth: ${articlesPerSize} articles into a story of ${size}`);
    // The same pages at every size (the database was emptied), so only the story differs.
    const pages = generatePages(articlesPerSize, 50_000, 60_000, 50_000);
    const cpuBefore = cpuMs(stack.workers[0]?.pid);
    const run = await ingestRun(
      stack,
      pages.map((page) => ({ page, story: story.key })),
      1_800_000,
    );
    const cpuAfter = cpuMs(stack.workers[0]?.pid);
    progress(
      `story growth: worker peak RSS ${peakRssMb(stack.workers[0]?.pid) ?? 'n/a'} MB so far`,
    );
    results.push({
      articlesInStory: size,
      msPerArticle: Math.round((run.seconds * 1000) / articlesPerSize),
      workerCpuMsPerArticle:
        cpuBefore === null || cpuAfter === null
          ? null
          : Math.round((cpuAfter - cpuBefore) / articlesPerSize),
      warmUpMsPerArticle: Math.round((warmUp.seconds * 1000) / articlesPerSize),
      failedArticles: run.failed + warmUp.failed,
    });
  }
  return results;
}

/**
 * Decides the story's discrepancies whole, as the service leaves a story its articles built up (every
 * claim of a flag linked to it), so that the timed articles measure the refresh of a story already
 * compared, not a first comparison of thousands of bulk-loaded claims.
 */
async function compareStory(databaseUrl: string, storyId: string): Promise<void> {
  const config = loadConfig({ DATABASE_URL: databaseUrl });
  const dataSource = await new DataSource(dataSourceOptions(config, false)).initialize();
  try {
    await dataSource.transaction((manager) =>
      new DiscrepancyRefreshService().refreshStory(manager, storyId),
    );
  } finally {
    await dataSource.destroy();
  }
}
