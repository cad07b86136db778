import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answers, freePort } from '../src/devservers/throwaway-servers';

async function runDemo(env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, [join(__dirname, '..', 'dist', 'demo.js')], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, out };
}

describe('demo: a newcomer whose PostgreSQL and Redis do not answer', () => {
  it('starts throwaway servers, flags the seed discrepancies, and leaves nothing running', async () => {
    const [closedPg, closedRedis] = [await freePort(), await freePort()];
    const { code, out } = await runDemo({
      DATABASE_URL: `postgres://postgres@127.0.0.1:${closedPg}/provenance`,
      REDIS_URL: `redis://127.0.0.1:${closedRedis}`,
    });
    expect({ code, out }).toMatchObject({ code: 0 });
    expect(out).toContain(
      `PostgreSQL does not answer on 127.0.0.1:${closedPg}: starting a throwaway one`,
    );
    expect(out).toContain(
      `Redis does not answer on 127.0.0.1:${closedRedis}: starting a throwaway one`,
    );
    expect(out).toMatch(/Flagged discrepancies \([1-9]\d*\)/);
    const started =
      /port (\d+)\) and a worker against postgres:\/\/[^:]+:(\d+)\/\S+ and redis:\/\/[^:]+:(\d+)/;
    const [, api, pg, redis] = started.exec(out)!.map(Number);
    for (const port of [api, pg, redis]) expect(await answers('127.0.0.1', port)).toBe(false);
  });
});

describe('demo: a newcomer with neither a Redis that answers nor one installed', () => {
  const emptyBin = mkdtempSync(join(tmpdir(), 'ppt-no-bin-'));
  afterAll(() => rmSync(emptyBin, { recursive: true, force: true }));

  it('says in one line what to install or to run docker compose, exits 1, starts nothing', async () => {
    const [closedPg, closedRedis] = [await freePort(), await freePort()];
    const { code, out } = await runDemo({
      // no redis-server on the PATH (nor initdb: PostgreSQL is then found only in Debian's layout)
      PATH: emptyBin,
      DATABASE_URL: `postgres://postgres@127.0.0.1:${closedPg}/provenance`,
      REDIS_URL: `redis://127.0.0.1:${closedRedis}`,
    });
    expect(code).toBe(1);
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^demo: .*Redis does not answer on 127\\.0\\.0\\.1:${closedRedis}, and (it is not|neither is) installed`,
      ),
    );
    expect(lines[0]).toMatch(
      /apt-get install -y .*redis-server.* or run `docker compose up -d .*redis`/,
    );
    // checked before anything starts: no throwaway PostgreSQL was started for nothing
    expect(out).not.toContain('starting a throwaway');
    for (const port of [closedPg, closedRedis])
      expect(await answers('127.0.0.1', port)).toBe(false);
  });
});
