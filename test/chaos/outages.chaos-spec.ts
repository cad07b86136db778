import type { ChildProcess } from 'node:child_process';
import {
  startThrowawayPostgres,
  startThrowawayRedis,
  type ThrowawayServer,
} from '../../src/devservers/throwaway-servers';
import { generatedArticle } from '../../src/chaos/generated-articles';
import { submit, waitForArticle } from '../helpers/articles';
import { startHeldPages, type HeldPages } from '../helpers/held-pages';
import { apiAs, startStack, type Stack, waitFor } from '../helpers/stack';

// The stack's own Postgres and Redis, so they can be stopped and killed without disturbing the
// machine's shared servers; short locks so stranded work is taken up within seconds.
jest.setTimeout(240000);

describe('chaos: outages strand nothing', () => {
  let postgres: ThrowawayServer;
  let redis: ThrowawayServer;
  let stack: Stack;
  let pages: HeldPages;
  beforeAll(async () => {
    [postgres, redis] = await Promise.all([startThrowawayPostgres(), startThrowawayRedis()]);
    stack = await startStack({
      DATABASE_URL: `${postgres.url}/provenance`,
      REDIS_URL: redis.url,
      INGEST_ATTEMPTS: '3',
      INGEST_BACKOFF_MS: '200',
      JOB_LOCK_MS: '3000',
      FETCH_TIMEOUT_MS: '120000',
      FETCH_ALLOW_PRIVATE: 'true',
      WORKER_CONCURRENCY: '4',
    });
  });
  beforeEach(async () => {
    pages = await startHeldPages();
  });
  afterEach(async () => {
    await pages.close();
  });
  afterAll(async () => {
    await stack?.stop();
    await Promise.all([postgres?.dispose(), redis?.dispose()]);
  });

  /** Each article processed once: one claim per position, one embed per position, nothing stuck. */
  async function expectProcessedOnce(ids: string[]): Promise<void> {
    for (const id of ids)
      expect((await waitForArticle(stack.url, id, 180000)).status).toBe('processed');
    const { rows } = await stack.db.query(
      `SELECT
         (SELECT count(*)::int FROM (SELECT 1 FROM claims WHERE article_id = ANY($1) GROUP BY article_id, position HAVING count(*) > 1) d) AS doubled_claims,
         (SELECT count(*)::int FROM (SELECT 1 FROM post_embeds WHERE article_id = ANY($1) GROUP BY article_id, position HAVING count(*) > 1) d) AS doubled_embeds,
         (SELECT count(*)::int FROM claims WHERE article_id = ANY($1)) AS claims,
         (SELECT count(*)::int FROM articles WHERE status IN ('queued', 'processing')) AS unfinished`,
      [ids],
    );
    expect(rows[0]).toMatchObject({ doubled_claims: 0, doubled_embeds: 0, unfinished: 0 });
    expect(rows[0].claims).toBeGreaterThan(ids.length);
  }

  it('(a) Postgres going down while jobs run: the API answers 503, and every article is processed once it is back', async () => {
    const ids = [];
    for (const index of [1, 2, 3, 4])
      ids.push((await submit(stack.url, { url: pages.url(index) })).id);
    await waitFor(
      async () => [1, 2, 3, 4].every((i) => pages.requests(i) >= 1),
      'four jobs in flight',
      60000,
    );
    await postgres.stop();
    expect((await apiAs(stack.url).get(`/articles/${ids[0]}`)).status).toBe(503);
    expect(
      (await apiAs(stack.url).post('/articles').send({ text: 'At least 3 people died.' })).status,
    ).toBe(503);
    const failures = () => stack.output().split('ECONNREFUSED').length;
    const before = failures();
    pages.release();
    await waitFor(async () => failures() > before, 'the jobs to meet the stopped database', 60000);
    // Down for longer than the jobs' own retries last (200 ms, then 400 ms): only the reconciler
    // can take them up again.
    await new Promise((r) => setTimeout(r, 5000));
    await postgres.start();
    await expectProcessedOnce(ids);
  });

  it('(a) a failure that cannot be recorded while Postgres is down is recorded, with its reason, once it is back', async () => {
    const { id } = await submit(stack.url, { url: pages.missingUrl(20) });
    await waitFor(async () => pages.requests(20) >= 1, 'the job in flight', 60000);
    await postgres.stop();
    const unrecorded = () => stack.output().split(`could not record that ${id} failed`).length;
    const before = unrecorded();
    pages.release();
    await waitFor(
      async () => unrecorded() > before,
      'the failure to meet the stopped database',
      60000,
    );
    await postgres.start();
    const doc = await waitForArticle(stack.url, id, 120000);
    expect(doc).toMatchObject({ status: 'failed', error: expect.stringMatching(/HTTP 404/) });
    expect(pages.requests(20)).toBe(1);
  });

  it('(c) a worker crash and a Redis restart before the stall is noticed: every article is processed once', async () => {
    const held = [5, 6];
    const ids = [];
    for (const index of held) ids.push((await submit(stack.url, { url: pages.url(index) })).id);
    await waitFor(
      async () => held.every((i) => pages.requests(i) >= 1),
      'two jobs in flight',
      60000,
    );
    for (const index of [7, 8, 9, 10, 11, 12])
      ids.push((await submit(stack.url, { html: generatedArticle(index) })).id);
    const worker = stack.workers[stack.workers.length - 1];
    await new Promise<void>((resolve) => {
      (worker as ChildProcess).once('exit', () => resolve());
      worker.kill('SIGKILL');
    });
    await redis.kill();
    await redis.start();
    await stack.startWorker();
    pages.release();
    await expectProcessedOnce(ids);
  });
});
