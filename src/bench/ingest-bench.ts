// Ingest end to end against a no-op BullMQ job: articles per second from the first POST /articles to
// the last article processed (API, Redis, worker processes, Postgres), against jobs of the same
// payload sizes that do nothing, on the same Redis with the same worker concurrency.
import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { performance } from 'node:perf_hooks';
import { INGEST_QUEUE } from '../ingestion/ingest.job';
import type { BenchStack } from './bench-stack';
import { pollUntil } from './bench-stack';
import type { GeneratedPage } from './page-generator';

/** Requests in flight at once, as a busy desk's submitter would have. */
const SUBMIT_PARALLELISM = 8;
export const WORKER_CONCURRENCY = 4;

async function inParallel<T>(
  items: T[],
  parallelism: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(parallelism, items.length) }, lane));
}

export interface Submission {
  page: GeneratedPage;
  story: string;
}

async function submit(stack: BenchStack, submission: Submission): Promise<string> {
  const response = await fetch(`${stack.url}/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: stack.authorization },
    body: JSON.stringify({ html: submission.page.html, story: submission.story }),
  });
  if (response.status !== 202)
    throw new Error(`POST /articles answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

export interface IngestRun {
  /** From the first POST to the last article processed or failed. */
  seconds: number;
  /** Articles that ended failed (a worker stalled past BullMQ's limit, say): a finding to report. */
  failed: number;
}

/** Submits every article and waits until each is processed or failed. */
export async function ingestRun(
  stack: BenchStack,
  submissions: Submission[],
  timeoutMs: number,
): Promise<IngestRun> {
  const start = performance.now();
  const ids: string[] = [];
  await inParallel(
    submissions,
    SUBMIT_PARALLELISM,
    async (s) => void ids.push(await submit(stack, s)),
  );
  let failed = 0;
  await pollUntil(
    async () => {
      const { rows } = await stack.db.query<{ done: string; failed: string }>(
        `SELECT count(*) FILTER (WHERE status IN ('processed', 'failed')) AS done,
                count(*) FILTER (WHERE status = 'failed') AS failed
           FROM articles WHERE id = ANY($1)`,
        [ids],
      );
      failed = Number(rows[0].failed);
      return Number(rows[0].done) === ids.length;
    },
    `${ids.length} articles to be processed`,
    timeoutMs,
  );
  return { seconds: (performance.now() - start) / 1000, failed };
}

/**
 * Articles per second the API alone accepts, with no worker running: the most any ingest run could
 * reach. The jobs it queued are dropped afterwards, so that no later worker takes them up.
 */
export async function submitOnlyRate(
  stack: BenchStack,
  submissions: Submission[],
): Promise<number> {
  const start = performance.now();
  await inParallel(submissions, SUBMIT_PARALLELISM, async (s) => void (await submit(stack, s)));
  const rate = submissions.length / ((performance.now() - start) / 1000);
  const connection = new IORedis(stack.redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue(INGEST_QUEUE, { connection, prefix: stack.queuePrefix });
  try {
    await queue.obliterate({ force: true });
  } finally {
    await queue.close();
    connection.disconnect();
  }
  return rate;
}

/** Jobs per second for jobs carrying the same payloads through BullMQ and a worker that does nothing. */
export async function noopJobsPerSecond(
  redisUrl: string,
  prefix: string,
  pages: GeneratedPage[],
): Promise<number> {
  const producer = new IORedis(redisUrl, { maxRetriesPerRequest: null });
  const consumer = new IORedis(redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue('noop', { connection: producer, prefix });
  let completed = 0;
  const worker = new Worker('noop', async () => undefined, {
    connection: consumer,
    prefix,
    concurrency: WORKER_CONCURRENCY,
  });
  worker.on('completed', () => completed++);
  try {
    await worker.waitUntilReady();
    const start = performance.now();
    await inParallel(pages, SUBMIT_PARALLELISM, async (page) => {
      await queue.add('noop', { html: page.html }, { removeOnComplete: true, removeOnFail: true });
    });
    await pollUntil(async () => completed >= pages.length, 'the no-op jobs', 120000, 5);
    return pages.length / ((performance.now() - start) / 1000);
  } finally {
    await worker.close();
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    producer.disconnect();
    consumer.disconnect();
  }
}
