// `npm run demo`: the main job on a fresh machine. Starts throwaway PostgreSQL/Redis servers when
// the configured ones do not answer, migrates, starts the API and a worker as separate processes,
// submits everything in seeds/, waits, prints the flagged discrepancies, stops everything.
import type { ChildProcess } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { ApiClient } from './cli/api-client';
import { renderDiscrepancyTable, type DiscrepancyRow } from './cli/discrepancy-table';
import { withApiKeys } from './cli/keys-command';
import { type AppConfig, loadConfig } from './config/app-config';
import { launchApp, ProcessLog, stopApp, waitUntil as until } from './devservers/app-processes';
import { ensureServices, MissingServiceError, type Services } from './devservers/ensure-services';
import { freePort, ThrowawayServerError } from './devservers/throwaway-servers';

const ROOT = join(__dirname, '..');
const say = (line: string) => process.stdout.write(`${line}\n`);

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
    say(`submitted ${file} → ${res.body.id} (${res.status === 202 ? 'new' : 'seen before'})`);
    ids.push(res.body.id);
  }
  return ids;
}

/** Waits for each article to finish; returns the stories they landed in. */
async function awaitProcessed(api: ApiClient, ids: string[]): Promise<Set<string>> {
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
    say(
      `processed ${id}: ${doc.posts.length} posts, ${doc.claims.length} claims, story ${doc.story}`,
    );
    if (doc.story) stories.add(doc.story);
  }
  return stories;
}

async function printDiscrepancies(api: ApiClient, stories: Set<string>): Promise<void> {
  const rows: DiscrepancyRow[] = [];
  for (const story of stories) {
    const page = await api.get<{ items: DiscrepancyRow[] }>(
      `/discrepancies?story=${encodeURIComponent(story)}&limit=100&sort=severity`,
    );
    rows.push(...page.items);
  }
  say(`\nFlagged discrepancies (${rows.length}):\n\n${renderDiscrepancyTable(rows)}`);
}

async function main(): Promise<number> {
  const config = loadConfig();
  const port = await freePort();
  const log = new ProcessLog();
  const children: ChildProcess[] = [];
  let services: Services | null = null;
  let target: AppConfig | null = null;
  // The demo's own key (making it also migrates the database), revoked when it ends.
  const keyName = `demo-${new Date().toISOString()}`;
  try {
    services = await ensureServices(config.databaseUrl, config.redisUrl, say);
    target = { ...config, databaseUrl: services.databaseUrl, redisUrl: services.redisUrl };
    const { key } = await withApiKeys(target, (keys) => keys.create(keyName, 'submitter'));
    const env = {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: target.databaseUrl,
      REDIS_URL: target.redisUrl,
    };
    say(
      `Starting the API (port ${port}) and a worker against ${env.DATABASE_URL} and ${env.REDIS_URL}…`,
    );
    children.push(launchApp('main.js', env, log));
    const api = new ApiClient(`http://127.0.0.1:${port}`, key);
    await until(
      async () => ((await api.request('GET', '/health')).status === 200 ? true : undefined),
      'the API (is PostgreSQL running?)',
      60000,
    );
    children.push(launchApp('worker.js', env, log));
    const stories = await awaitProcessed(api, await submitSeeds(api));
    await printDiscrepancies(api, stories);
    return 0;
  } catch (err) {
    const message = (err as Error).message;
    if (err instanceof MissingServiceError || err instanceof ThrowawayServerError)
      process.stderr.write(`demo: ${message}\n`);
    else process.stderr.write(`demo failed: ${message}\n--- process output ---\n${log}\n`);
    return 1;
  } finally {
    await Promise.all(children.map((child) => stopApp(child)));
    if (target) await withApiKeys(target, (keys) => keys.revoke(keyName)).catch(() => undefined);
    await Promise.all((services?.started ?? []).map((server) => server.dispose()));
  }
}

main().then((code) => process.exit(code));
