// `npm run demo`: the main job on a fresh machine. Migrates, starts the API and a worker as
// separate processes, submits everything in seeds/, waits, prints the flagged discrepancies,
// stops everything.
import { type ChildProcess, spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { extname, join } from 'node:path';
import { ApiClient } from './cli/api-client';
import { renderDiscrepancyTable, type DiscrepancyRow } from './cli/discrepancy-table';
import { withApiKeys } from './cli/keys-command';
import { loadConfig } from './config/app-config';

const ROOT = join(__dirname, '..');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no free port')),
      );
    });
  });
}

function launch(script: string, env: NodeJS.ProcessEnv, log: string[]): ChildProcess {
  const child = spawn(process.execPath, [join(__dirname, script)], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => log.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => log.push(d.toString()));
  return child;
}

async function until<T>(
  probe: () => Promise<T | undefined>,
  what: string,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
    child.once('exit', () => (clearTimeout(timer), resolve()));
    child.kill('SIGTERM');
  });
}

/** Submits every file in seeds/ and returns the article ids. */
async function submitSeeds(api: ApiClient): Promise<string[]> {
  const seedDir = join(ROOT, 'seeds');
  const files = (await readdir(seedDir)).filter((f) => /\.(txt|html?)$/i.test(f)).sort();
  const ids: string[] = [];
  for (const file of files) {
    const content = await readFile(join(seedDir, file), 'utf8');
    const format = /^\.html?$/i.test(extname(file)) ? 'html' : 'text';
    const res = await api.request<{ id: string; status: string; message?: string }>(
      'POST',
      '/articles',
      { [format]: content },
    );
    if (res.status !== 202 && res.status !== 200)
      throw new Error(`submitting ${file}: ${res.status} ${JSON.stringify(res.body)}`);
    process.stdout.write(
      `submitted ${file} → ${res.body.id} (${res.status === 202 ? 'new' : 'seen before'})\n`,
    );
    ids.push(res.body.id);
  }
  return ids;
}

async function main(): Promise<number> {
  const config = loadConfig();
  const port = await freePort();
  const env = { ...process.env, PORT: String(port) };
  const log: string[] = [];
  const children: ChildProcess[] = [];
  // The demo's own key (which also migrates the database), revoked when it ends.
  const keyName = `demo-${new Date().toISOString()}`;
  const { key } = await withApiKeys(config, (keys) => keys.create(keyName, 'submitter'));
  try {
    process.stdout.write(
      `Starting the API (port ${port}) and a worker against ${new URL(config.databaseUrl).pathname.slice(1)} and ${config.redisUrl}…\n`,
    );
    children.push(launch('main.js', env, log));
    const api = new ApiClient(`http://127.0.0.1:${port}`, key);
    await until(
      async () => ((await api.request('GET', '/health')).status === 200 ? true : undefined),
      'the API (is PostgreSQL running?)',
      60000,
    );
    children.push(launch('worker.js', env, log));

    const ids = await submitSeeds(api);

    const stories = new Set<string>();
    for (const id of ids) {
      const doc = await until(
        async () => {
          const d = await api.get<{
            status: string;
            error: string | null;
            story: string | null;
            posts: unknown[];
            claims: unknown[];
          }>(`/articles/${id}`);
          return d.status === 'processed' || d.status === 'failed' ? d : undefined;
        },
        `article ${id} to be processed (is Redis running?)`,
        120000,
      );
      if (doc.status === 'failed') throw new Error(`article ${id} failed: ${doc.error}`);
      process.stdout.write(
        `processed ${id}: ${doc.posts.length} posts, ${doc.claims.length} claims, story ${doc.story}\n`,
      );
      if (doc.story) stories.add(doc.story);
    }

    const rows: DiscrepancyRow[] = [];
    for (const story of stories) {
      const page = await api.get<{ items: DiscrepancyRow[] }>(
        `/discrepancies?story=${encodeURIComponent(story)}&limit=100&sort=severity`,
      );
      rows.push(...page.items);
    }
    process.stdout.write(
      `\nFlagged discrepancies (${rows.length}):\n\n${renderDiscrepancyTable(rows)}`,
    );
    return 0;
  } catch (err) {
    process.stderr.write(
      `demo failed: ${(err as Error).message}\n--- process output ---\n${log.join('')}\n`,
    );
    return 1;
  } finally {
    await Promise.all(children.map(stop));
    await withApiKeys(config, (keys) => keys.revoke(keyName));
  }
}

main().then((code) => process.exit(code));
