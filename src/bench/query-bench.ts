// Read-API latency as the archive grows: GET /discrepancies and GET /claims/history p50/p95 at each
// size, the claims bulk-loaded with COPY in stories of a realistic size (so a query's answer stays
// the same size and only the archive around it grows).
import type { BenchStack } from './bench-stack';
import { claimsPerStory, loadStories, type LoadedStory } from './bulk-load';
import { seededRandom } from './page-generator';
import { percentile, timeMsAsync } from './timing';

const ARTICLES_PER_STORY = 150;
const WARM_UP_REQUESTS = 10;

export interface LatencyFigures {
  p50Ms: number;
  p95Ms: number;
}

export interface QueriesAtSize {
  claims: number;
  discrepancies: LatencyFigures;
  history: LatencyFigures;
}

async function getOk(url: string, authorization: string): Promise<void> {
  const response = await fetch(url, { headers: { authorization } });
  if (!response.ok)
    throw new Error(`GET ${url} answered ${response.status}: ${await response.text()}`);
  await response.arrayBuffer();
}

function summarise(samples: number[]): LatencyFigures {
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return { p50Ms: round(percentile(samples, 0.5)), p95Ms: round(percentile(samples, 0.95)) };
}

/** Interleaved requests to both endpoints, over random stories, quantities and list pages. */
async function measureLatencies(
  stack: BenchStack,
  stories: LoadedStory[],
  requests: number,
): Promise<{ discrepancies: LatencyFigures; history: LatencyFigures }> {
  const rnd = seededRandom(requests);
  const pickStory = () => stories[Math.floor(rnd() * stories.length)];
  const historyUrl = () => {
    const story = pickStory();
    const [metric, subject] =
      story.quantities[Math.floor(rnd() * story.quantities.length)].split('|');
    return `${stack.url}/claims/history?story=${encodeURIComponent(story.key)}&metric=${metric}&subject=${subject}`;
  };
  const listUrl = () => `${stack.url}/discrepancies?status=open&page=${1 + Math.floor(rnd() * 5)}`;
  for (let i = 0; i < WARM_UP_REQUESTS; i++) {
    await getOk(listUrl(), stack.authorization);
    await getOk(historyUrl(), stack.authorization);
  }
  const list: number[] = [];
  const history: number[] = [];
  for (let i = 0; i < requests; i++) {
    list.push(await timeMsAsync(() => getOk(listUrl(), stack.authorization)));
    history.push(await timeMsAsync(() => getOk(historyUrl(), stack.authorization)));
  }
  return { discrepancies: summarise(list), history: summarise(history) };
}

/** Grows the archive to each size in turn (sizes ascending) and measures both endpoints there. */
export async function benchQueries(
  stack: BenchStack,
  sizes: number[],
  requests: number,
  progress: (line: string) => void,
): Promise<QueriesAtSize[]> {
  const stories: LoadedStory[] = [];
  const results: QueriesAtSize[] = [];
  let claims = 0;
  for (const size of sizes) {
    const missing = Math.max(0, size - claims);
    const storyCount = Math.ceil(missing / claimsPerStory(ARTICLES_PER_STORY));
    progress(`queries: loading ${missing} claims in ${storyCount} stories with COPY`);
    stories.push(
      ...(await loadStories(stack.db, storyCount, ARTICLES_PER_STORY, 7000 + stories.length)),
    );
    // A deployment's autovacuum would have run by now (it vacuums after bulk inserts since Postgres
    // 13): statistics, and the visibility map index-only scans (counting open discrepancies) need.
    await stack.db.query('VACUUM ANALYZE');
    const { rows } = await stack.db.query<{ n: string }>('SELECT count(*) AS n FROM claims');
    claims = Number(rows[0].n);
    progress(`queries: ${requests} requests each at ${claims} claims`);
    results.push({ claims, ...(await measureLatencies(stack, stories, requests)) });
  }
  return results;
}
