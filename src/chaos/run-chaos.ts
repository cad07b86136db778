// `npm run chaos`: 1,000 articles through the API and a worker on this run's own PostgreSQL and
// Redis while the worker is SIGKILLed 10 times (twice within one job's life), Redis is down for
// 30 s while submissions continue, and PostgreSQL is down for 10 s while jobs run. Then checks
// that every accepted article was finished exactly once, and prints
// `chaos: accepted N processed N lost 0 duplicated 0 stuck 0` (exit 1 otherwise).
import type { ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { isRunning, launchApp, ProcessLog, stopApp, waitUntil } from '../devservers/app-processes';
import {
  freePort,
  startThrowawayPostgres,
  startThrowawayRedis,
  type ThrowawayServer,
} from '../devservers/throwaway-servers';
import { withApiKeys } from '../cli/keys-command';
import { loadConfig } from '../config/app-config';
import { generatedArticle } from './generated-articles';
import { checkOutcome, type Outcome } from './chaos-checks';
import { Submitter } from './chaos-submitter';

const ARTICLES = 1000;
/** Every so many articles, one is fetched from a slow local page: a job surely in flight. */
const SLOW_EVERY = 50;
const SLOW_PAGE_MS = 4000;
const SUBMIT_SPREAD_MS = 150_000;
const STORIES = 50;
const DRAIN_TIMEOUT_MS = 240_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const between = (low: number, high: number) => low + Math.floor(Math.random() * (high - low));
const say = (line: string) => process.stdout.write(`${line}\n`);

interface Run {
  postgres: ThrowawayServer;
  redis: ThrowawayServer;
  db: Client | null;
  env: NodeJS.ProcessEnv;
  log: ProcessLog;
  api: ChildProcess | null;
  worker: ChildProcess | null;
  kills: number;
  apiUrl: string;
  /** A submitter key, made once the API has migrated the database. */
  key: string;
  /** What POST /articles answered while PostgreSQL was down. */
  answerWithoutPostgres: number | null;
}

/** Serves generated articles after a delay: /slow/N. */
async function startSlowPages(): Promise<{ server: Server; url: (i: number) => string }> {
  const server = createServer((req, res) => {
    const index = Number(/^\/slow\/(\d+)$/.exec(req.url ?? '')?.[1] ?? NaN);
    setTimeout(() => {
      if (res.destroyed) return;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(generatedArticle(index));
    }, SLOW_PAGE_MS);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: (i) => `http://127.0.0.1:${port}/slow/${i}` };
}

async function startWorker(run: Run): Promise<void> {
  const since = run.log.mark();
  run.worker = launchApp('worker.js', run.env, run.log);
  await waitUntil(
    async () => (run.log.seenSince(since, 'consuming queue') ? true : undefined),
    'the worker to start',
    60000,
  );
}

async function killWorker(run: Run, why: string): Promise<void> {
  if (run.worker) await stopApp(run.worker, 'SIGKILL');
  run.kills++;
  say(`chaos: SIGKILL ${run.kills} of the worker (${why})`);
  await startWorker(run);
}

async function query<T>(run: Run, sql: string, params: unknown[] = []): Promise<T[]> {
  if (!run.db) {
    const db = new Client({ connectionString: run.env.DATABASE_URL });
    db.on('error', () => undefined);
    await db.connect();
    run.db = db;
  }
  try {
    return (await run.db.query(sql, params)).rows as T[];
  } catch (err) {
    await run.db.end().catch(() => undefined);
    run.db = null;
    throw err;
  }
}

/** Kills the worker while a job is in flight, then again once that job has been taken up again. */
async function killOneJobTwice(run: Run): Promise<void> {
  const held = await waitUntil(
    async () =>
      (
        await query<{ id: string; attempts: number }>(
          run,
          `SELECT id, attempts FROM articles WHERE status = 'processing' AND format = 'url' AND lease_until > now() LIMIT 1`,
        )
      )[0],
    'a job in flight',
    120000,
  );
  await killWorker(run, `article ${held.id} in flight, try ${held.attempts}`);
  const again = await waitUntil(
    async () =>
      (
        await query<{ attempts: number }>(
          run,
          `SELECT attempts FROM articles WHERE id = $1 AND status = 'processing' AND attempts > $2 AND lease_until > now()`,
          [held.id, held.attempts],
        )
      )[0],
    `article ${held.id} to be taken up again`,
    120000,
  ).catch(() => undefined);
  await killWorker(
    run,
    again
      ? `the same article ${held.id} in flight again, try ${again.attempts}`
      : `article ${held.id} was not seen in flight again`,
  );
}

async function outage(
  server: ThrowawayServer,
  ms: number,
  meanwhile: () => Promise<void> = async () => undefined,
): Promise<void> {
  say(`chaos: ${server.name} down for ${ms / 1000} s`);
  await server.stop();
  await Promise.all([sleep(ms), meanwhile()]);
  await server.start();
  say(`chaos: ${server.name} back`);
}

/** While PostgreSQL is down the API must refuse clearly (503), not accept what it cannot store. */
async function submitWithoutPostgres(run: Run): Promise<void> {
  const res = await fetch(`${run.apiUrl}/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${run.key}` },
    body: JSON.stringify({ html: generatedArticle(1_000_000) }),
    signal: AbortSignal.timeout(15000),
  }).catch(() => null);
  run.answerWithoutPostgres = res?.status ?? 0;
  say(`chaos: POST /articles while PostgreSQL is down answered ${run.answerWithoutPostgres}`);
}

/** The faults, spread over the submission period. */
async function unleash(run: Run): Promise<void> {
  await sleep(8000);
  for (let i = 0; i < 3; i++) {
    await sleep(between(2000, 9000));
    await killWorker(run, 'at a random moment');
  }
  await killOneJobTwice(run);
  await outage(run.redis, 30000);
  for (let i = 0; i < 2; i++) {
    await sleep(between(2000, 9000));
    await killWorker(run, 'at a random moment');
  }
  await outage(run.postgres, 10000, () => submitWithoutPostgres(run));
  while (run.kills < 10) {
    await sleep(between(2000, 9000));
    await killWorker(run, 'at a random moment');
  }
}

async function drained(run: Run, submitter: Submitter): Promise<void> {
  const ids = [...submitter.accepted.keys()];
  await waitUntil(
    async () => {
      const [row] = await query<{ open: number }>(
        run,
        `SELECT count(*)::int AS open FROM articles WHERE id = ANY($1) AND status IN ('queued', 'processing')`,
        [ids],
      );
      return row.open === 0 ? true : undefined;
    },
    'the queue to drain',
    DRAIN_TIMEOUT_MS,
  ).catch(() => say('chaos: the queue did not drain in time'));
}

async function main(): Promise<number> {
  const started = Date.now();
  const [postgres, redis] = await Promise.all([startThrowawayPostgres(), startThrowawayRedis()]);
  const slow = await startSlowPages();
  const port = await freePort();
  const run: Run = {
    postgres,
    redis,
    db: null,
    env: {
      ...process.env,
      DATABASE_URL: `${postgres.url}/provenance`,
      REDIS_URL: redis.url,
      PORT: String(port),
      QUEUE_PREFIX: 'chaos',
      WORKER_CONCURRENCY: '4',
      JOB_LOCK_MS: '10000',
      RECONCILE_INTERVAL_MS: '3000',
      INGEST_BACKOFF_MS: '500',
      FETCH_ALLOW_PRIVATE: 'true',
      RATE_LIMIT_MAX: '100000000',
    },
    log: new ProcessLog(),
    api: null,
    worker: null,
    kills: 0,
    apiUrl: `http://127.0.0.1:${port}`,
    key: '',
    answerWithoutPostgres: null,
  };
  say(`chaos: PostgreSQL on ${postgres.port}, Redis on ${redis.port}, API on ${port}`);
  try {
    run.api = launchApp('main.js', run.env, run.log);
    await waitUntil(
      async () => ((await fetch(`${run.apiUrl}/health`)).status === 200 ? true : undefined),
      'the API',
      60000,
    );
    const config = loadConfig(run.env);
    run.key = (await withApiKeys(config, (keys) => keys.create('chaos', 'submitter'))).key;
    await startWorker(run);
    // Stories of their own keep each story's comparison small, as a desk's would be.
    const bodyOf = (i: number): Record<string, string> => ({
      ...(i % SLOW_EVERY === 0 ? { url: slow.url(i) } : { html: generatedArticle(i) }),
      story: `chaos-${i % STORIES}`,
    });
    const submitter = new Submitter(run.apiUrl, ARTICLES, SUBMIT_SPREAD_MS, bodyOf, {
      authorization: `Bearer ${run.key}`,
    });
    await Promise.all([submitter.run(), unleash(run)]);
    say(`chaos: submissions done (${submitter.summary()}); waiting for the queue to drain`);
    await drained(run, submitter);
    const outcome: Outcome = await checkOutcome(
      (sql, params) => query(run, sql, params),
      submitter,
    );
    say(`chaos: ${outcome.details}`);
    say(`chaos: took ${Math.round((Date.now() - started) / 1000)} s`);
    say(
      `chaos: accepted ${outcome.accepted} processed ${outcome.finished} lost ${outcome.lost} duplicated ${outcome.duplicated} stuck ${outcome.stuck}`,
    );
    return outcome.ok && run.answerWithoutPostgres === 503 ? 0 : 1;
  } catch (err) {
    process.stderr.write(
      `chaos failed: ${(err as Error).message}\n--- process output ---\n${run.log.toString().slice(-5000)}\n`,
    );
    return 1;
  } finally {
    await Promise.all(
      [run.api, run.worker].map((child) =>
        child && isRunning(child) ? stopApp(child) : undefined,
      ),
    );
    await run.db?.end().catch(() => undefined);
    slow.server.closeAllConnections();
    slow.server.close();
    await Promise.all([postgres.dispose(), redis.dispose()]);
  }
}

main().then((code) => process.exit(code));
