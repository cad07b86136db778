// The real service for the benchmark: the built API and worker processes (dist/main.js,
// dist/worker.js) on the bench's own database and queue prefix, as they run in production.
import { type ChildProcess, spawn } from 'node:child_process';
import { stopApp } from '../devservers/app-processes';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Pool } from 'pg';
import { withApiKeys } from '../cli/keys-command';
import { loadConfig } from '../config/app-config';

const DIST = join(__dirname, '..');

export interface BenchEnv {
  databaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
}

export interface BenchStack extends BenchEnv {
  url: string;
  /** The API process's id (for its CPU time). */
  apiPid: number | undefined;
  /** The Authorization header of the bench's own submitter key. */
  authorization: string;
  db: Pool;
  workers: ChildProcess[];
  startWorker(): Promise<ChildProcess>;
  stopWorkers(): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** Polls `probe` every `everyMs` until it answers true, or fails after `timeoutMs`. */
export async function pollUntil(
  probe: () => Promise<boolean>,
  what: string,
  timeoutMs: number,
  everyMs = 50,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** The process's peak resident set size (VmHWM, Linux) in MB, or null where /proc is missing. */
export function peakRssMb(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
    return kb ? Math.round(Number(kb[1]) / 1024) : null;
  } catch {
    return null;
  }
}

export function runMigrations(env: BenchEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(DIST, 'database', 'run-migrations.js')], {
      env: { ...process.env, DATABASE_URL: env.databaseUrl },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`migrations exited with ${code}`)),
    );
  });
}

function workerNodeArgs(): string[] {
  return (process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean);
}

/** The CPU time (user + system) the process has used so far in ms, or null where /proc is missing. */
export function cpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Math.round((ticks * 1000) / CLOCK_TICKS_PER_SECOND);
  } catch {
    return null;
  }
}

/**
 * CPU time so far (ms) of each Postgres backend serving the bench's database, by process id: read
 * from /proc, so only where the bench runs on Postgres's machine (else empty).
 */
export async function backendCpuMs(db: Pool): Promise<Map<number, number>> {
  const { rows } = await db.query<{ pid: number }>(
    'SELECT pid FROM pg_stat_activity WHERE datname = current_database()',
  );
  const cpu = new Map<number, number>();
  for (const { pid } of rows) {
    const ms = cpuMs(pid);
    if (ms !== null) cpu.set(pid, ms);
  }
  return cpu;
}

/** USER_HZ: 100 on every Linux the bench runs on. */
const CLOCK_TICKS_PER_SECOND = 100;

export async function startBenchStack(
  env: BenchEnv,
  workerConcurrency: number,
): Promise<BenchStack> {
  const port = await freePort();
  const processEnv = {
    ...process.env,
    DATABASE_URL: env.databaseUrl,
    REDIS_URL: env.redisUrl,
    QUEUE_PREFIX: env.queuePrefix,
    PORT: String(port),
    MAX_BODY_BYTES: String(8 * 1024 * 1024),
    WORKER_CONCURRENCY: String(workerConcurrency),
  };
  let log = '';
  const launch = (script: string) => {
    // BENCH_WORKER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof": profile the worker under the
    // bench's load (NODE_OPTIONS does not take --cpu-prof).
    const nodeArgs = script === 'worker.js' ? workerNodeArgs() : [];
    const child = spawn(process.execPath, [...nodeArgs, join(DIST, script)], {
      env: processEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
    return child;
  };
  const url = `http://127.0.0.1:${port}`;
  const api = launch('main.js');
  const failed = (err: Error) => new Error(`${err.message}\n${log.slice(-4000)}`);
  await pollUntil(async () => (await fetch(`${url}/health`)).ok, 'the API', 60000, 200).catch(
    (err: Error) => {
      api.kill('SIGKILL');
      throw failed(err);
    },
  );
  const workers: ChildProcess[] = [];
  const startWorker = async () => {
    const started = log.split('consuming queue').length;
    const worker = launch('worker.js');
    workers.push(worker);
    await pollUntil(
      async () => log.split('consuming queue').length > started,
      'a worker',
      60000,
      100,
    ).catch((err: Error) => {
      throw failed(err);
    });
    return worker;
  };
  const stopWorkers = async () => {
    await Promise.all(workers.splice(0).map((child) => stopApp(child)));
  };
  const db = new Pool({ connectionString: env.databaseUrl, max: 4 });
  const { key } = await withApiKeys(loadConfig({ DATABASE_URL: env.databaseUrl }), (keys) =>
    keys.create(`bench-${process.pid}-${port}`, 'submitter'),
  );
  const stop = async () => {
    await Promise.all([api, ...workers].map((child) => stopApp(child)));
    await db.end();
  };
  return {
    ...env,
    url,
    apiPid: api.pid,
    authorization: `Bearer ${key}`,
    db,
    workers,
    startWorker,
    stopWorkers,
    stop,
  };
}

export async function resetDatabase(db: Pool): Promise<void> {
  await db.query(
    'TRUNCATE review_events, discrepancy_claims, discrepancies, claims, post_embeds, social_posts, article_contents, articles, stories CASCADE',
  );
}
