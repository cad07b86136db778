import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Pool } from 'pg';
import request from 'supertest';
import { generateApiKey } from '../../src/auth/api-key-token';
import { ROLES, type Role } from '../../src/auth/roles';
import { freePort } from '../../src/devservers/throwaway-servers';
import { stopApp } from '../../src/devservers/app-processes';
import { TEST_DATABASE_URL, TEST_REDIS_URL } from './test-env';

const ROOT = join(__dirname, '..', '..');

export interface Stack {
  url: string;
  db: Pool;
  /** One API key per role, made for this stack. */
  keys: Record<Role, string>;
  api: ChildProcess;
  workers: ChildProcess[];
  /** Everything the processes printed, for failure messages. */
  output: () => string;
  startWorker(): Promise<ChildProcess>;
  stop(): Promise<void>;
}

/** Polls until `probe` returns a value (not undefined/false), or fails after `timeoutMs`. */
export async function waitFor<T>(
  probe: () => Promise<T | undefined | false>,
  what: string,
  timeoutMs = 30000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value as T;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function resetDatabase(db: Pool): Promise<void> {
  await db.query(
    'TRUNCATE review_events, discrepancy_claims, discrepancies, claims, post_embeds, social_posts, article_contents, articles, stories CASCADE',
  );
}

const keysByUrl = new Map<string, Record<Role, string>>();

/** A supertest agent for a running stack's API that sends the key of `role` on every request. */
export function apiAs(url: string, role: Role = 'admin') {
  const keys = keysByUrl.get(url);
  if (!keys) throw new Error(`no stack started at ${url}`);
  return request.agent(url).set('Authorization', `Bearer ${keys[role]}`);
}

/** Stores a key per role straight in the database, as `keys create` would. */
export async function createKey(db: Pool, name: string, role: Role): Promise<string> {
  const { key, prefix, hash } = generateApiKey();
  await db.query('INSERT INTO api_keys (name, role, prefix, key_sha256) VALUES ($1, $2, $3, $4)', [
    name,
    role,
    prefix,
    hash,
  ]);
  return key;
}

/**
 * Starts the built API (dist/main.js) and a worker (dist/worker.js) as real processes against the
 * test database and a queue prefix of their own (`extraEnv` may point them elsewhere).
 */
export async function startStack(extraEnv: Record<string, string> = {}): Promise<Stack> {
  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: TEST_DATABASE_URL,
    REDIS_URL: TEST_REDIS_URL,
    PORT: String(port),
    QUEUE_PREFIX: `ppt-test-${process.pid}-${port}`,
    INGEST_ATTEMPTS: '2',
    INGEST_BACKOFF_MS: '100',
    RECONCILE_INTERVAL_MS: '1000',
    MAX_BODY_BYTES: '65536',
    // Specs poll; the limit itself is tested in rate-limit.e2e-spec.ts.
    RATE_LIMIT_MAX: '100000000',
    // the tests serve their pages on 127.0.0.1; the SSRF tests turn this back off
    FETCH_ALLOW_PRIVATE: 'true',
    ...extraEnv,
  };
  let log = '';
  const launch = (script: string) => {
    const child = spawn(process.execPath, [join(ROOT, 'dist', script)], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
    return child;
  };
  const url = `http://127.0.0.1:${port}`;
  const api = launch('main.js');
  await waitFor(
    async () => (await fetch(`${url}/health`)).status === 200,
    'the API to answer /health',
    30000,
  ).catch((err: Error) => {
    api.kill('SIGKILL');
    throw new Error(`${err.message}\n${log}`);
  });
  const workers: ChildProcess[] = [];
  const startWorker = async () => {
    const worker = launch('worker.js');
    workers.push(worker);
    const started = () => log.split('consuming queue').length - 1;
    const before = started();
    await waitFor(async () => started() > before, 'the worker to start', 30000);
    return worker;
  };
  const db = new Pool({ connectionString: env.DATABASE_URL, max: 4 });
  db.on('error', () => undefined); // a test may stop the database under it
  const stop = async () => {
    keysByUrl.delete(url);
    await Promise.all([api, ...workers].map((child) => stopProcess(child)));
    await db.end();
  };
  const keys = {} as Record<Role, string>;
  try {
    await startWorker();
    // Key names are unique: a port can come round again, and jest reloads this module per file.
    const stackId = `${port}-${randomUUID().slice(0, 8)}`;
    for (const role of ROLES) keys[role] = await createKey(db, `test-${role}-${stackId}`, role);
  } catch (err) {
    // A stack that fails to start leaves no process behind to outlive the test run.
    await stop();
    throw err;
  }
  keysByUrl.set(url, keys);
  return { url, db, keys, api, workers, output: () => log, startWorker, stop };
}

/**
 * Registers a real stack for the enclosing describe block, on an emptied database; the returned
 * function gives it to the tests.
 */
export function useFreshStack(extraEnv: Record<string, string> = {}): () => Stack {
  let stack: Stack | undefined;
  beforeAll(async () => {
    stack = await startStack(extraEnv);
    await resetDatabase(stack.db);
  });
  afterAll(async () => {
    await stack?.stop();
  });
  return () => {
    if (!stack) throw new Error('the stack did not start');
    return stack;
  };
}

/** Stops a process the way the demo does (SIGTERM, then SIGKILL if it hangs). */
export const stopProcess = (child: ChildProcess): Promise<void> => stopApp(child);
