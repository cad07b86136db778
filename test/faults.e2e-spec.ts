import type { ChildProcess } from 'node:child_process';
import { startHeldPages, type HeldPages } from './helpers/held-pages';
import { submit, waitForArticle } from './helpers/articles';
import { resetDatabase, startStack, type Stack, waitFor } from './helpers/stack';

jest.setTimeout(180000);

// Short locks so a killed worker's job is taken up again within seconds; a generous fetch timeout
// so a held page keeps its job in flight for as long as the test needs.
const FAULT_ENV = {
  INGEST_ATTEMPTS: '3',
  JOB_LOCK_MS: '3000',
  FETCH_TIMEOUT_MS: '120000',
  FETCH_ALLOW_PRIVATE: 'true',
  WORKER_CONCURRENCY: '2',
};

async function killed(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

describe('faults: a worker that dies or stops mid-job strands nothing', () => {
  let stack: Stack;
  let pages: HeldPages;
  beforeAll(async () => {
    stack = await startStack(FAULT_ENV);
    await resetDatabase(stack.db);
  });
  beforeEach(async () => {
    pages = await startHeldPages();
  });
  afterEach(async () => {
    await pages.close();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  /** Kills the worker running `index`'s job once it is in flight, and starts a fresh one. */
  async function killMidJob(index: number, tries: number): Promise<void> {
    await waitFor(
      async () => pages.requests(index) >= tries,
      `try ${tries} of page ${index}`,
      60000,
    );
    await killed(stack.workers[stack.workers.length - 1]);
    await stack.startWorker();
  }

  async function rowOf(id: string) {
    const { rows } = await stack.db.query(
      `SELECT status, attempts, error, lease_until, worker_id,
              (SELECT count(*)::int FROM claims WHERE article_id = a.id) AS claims,
              (SELECT count(*)::int FROM claims WHERE article_id = a.id GROUP BY position ORDER BY 1 DESC LIMIT 1) AS most_per_position,
              (SELECT count(*)::int FROM post_embeds WHERE article_id = a.id) AS embeds
         FROM articles a WHERE id = $1`,
      [id],
    );
    return rows[0];
  }

  it('takes up a job whose worker was killed twice mid-job and processes it once, as its third try', async () => {
    const { id } = await submit(stack.url, { url: pages.url(1) });
    await killMidJob(1, 1);
    await killMidJob(1, 2);
    await waitFor(async () => pages.requests(1) >= 3, 'the third try', 60000);
    pages.release();
    const doc = await waitForArticle(stack.url, id, 60000);
    expect(doc.status).toBe('processed');
    const row = await rowOf(id);
    expect(row).toMatchObject({
      status: 'processed',
      attempts: 3,
      lease_until: null,
      worker_id: null,
      embeds: 1,
    });
    expect(row.claims).toBeGreaterThan(0);
    expect(row.most_per_position).toBe(1);
  });

  it('marks failed, with the reason, a job stalled more often than its tries allow (never left processing)', async () => {
    const { id } = await submit(stack.url, { url: pages.url(2) });
    await killMidJob(2, 1);
    await killMidJob(2, 2);
    await killMidJob(2, 3);
    const doc = await waitForArticle(stack.url, id, 60000);
    expect(doc.status).toBe('failed');
    expect(doc.error).toMatch(/^gave up after 3 tries: the last one stopped without finishing/);
    expect(pages.requests(2)).toBe(3);
    expect(await rowOf(id)).toMatchObject({ attempts: 3, claims: 0, embeds: 0 });
  });

  it('keeps its lease and lock through a job longer than both: processed on its first try', async () => {
    const { id } = await submit(stack.url, { url: pages.url(4) });
    await waitFor(async () => pages.requests(4) >= 1, 'the job to be in flight', 60000);
    const leaseOf = async () =>
      (await stack.db.query('SELECT lease_until FROM articles WHERE id = $1', [id])).rows[0]
        .lease_until as Date;
    const first = (await leaseOf()).getTime();
    // Renewed past twice the lock's length: the job has outlived its first lock and lease.
    await waitFor(
      async () => (await leaseOf()).getTime() > first + 6000,
      'the lease to be renewed',
      60000,
    );
    pages.release();
    expect((await waitForArticle(stack.url, id, 60000)).status).toBe('processed');
    expect(pages.requests(4)).toBe(1);
    expect(await rowOf(id)).toMatchObject({ attempts: 1, most_per_position: 1 });
  });

  it('writes nothing for an article another try took over while this one was fetching (lease lost)', async () => {
    const { id } = await submit(stack.url, { url: pages.url(5) });
    await waitFor(async () => pages.requests(5) >= 1, 'the job to be in flight', 60000);
    // As when this worker stalled past its lease and another try took the article up.
    await stack.db.query(
      `UPDATE articles SET worker_id = 'another-try', lease_until = now() + interval '10 minutes' WHERE id = $1`,
      [id],
    );
    pages.release();
    await waitFor(
      async () =>
        stack.output().includes(`article ${id} was taken over`) || (await rowOf(id)).claims > 0,
      'the stale try to end',
      60000,
    );
    expect(await rowOf(id)).toMatchObject({
      status: 'processing',
      worker_id: 'another-try',
      claims: 0,
      embeds: 0,
    });
  });

  it('on SIGTERM takes no new job, finishes the one in flight, then exits', async () => {
    const worker = stack.workers[stack.workers.length - 1];
    const { id } = await submit(stack.url, { url: pages.url(3) });
    await waitFor(async () => pages.requests(3) >= 1, 'the job to be in flight', 60000);
    let exited = false;
    const exit = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    void exit.then(() => (exited = true));
    const stopping = () => stack.output().split('finishing those in flight').length - 1;
    const before = stopping();
    worker.kill('SIGTERM');
    await waitFor(async () => stopping() > before, 'the worker to begin stopping', 30000);
    const later = await submit(stack.url, {
      text: 'At least 4 people were killed in Porto on Monday.',
    });
    expect(exited).toBe(false);
    pages.release();
    await exit;
    expect((await waitForArticle(stack.url, id, 5000)).status).toBe('processed');
    expect((await rowOf(later.id)).status).toBe('queued');
    await stack.startWorker();
    expect((await waitForArticle(stack.url, later.id, 60000)).status).toBe('processed');
  });
});
