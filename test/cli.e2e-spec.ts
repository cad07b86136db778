import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiAs, useFreshStack, waitFor } from './helpers/stack';

// The CLI as a researcher uses it, against the real API and worker: submit a folder and wait,
// report, history, export, reprocess; --help everywhere; usage errors as one line.
const CLI = join(__dirname, '..', 'dist', 'cli.js');
const tag = Math.random()
  .toString(36)
  .replace(/[^a-z]/g, '')
  .slice(0, 8);
const story = `cli-${tag}`;

const wire = `Almaty unrest: toll rises\n\n12 police officers were killed in Almaty, the health ministry said on Thursday.\n\nFiled by desk ${tag}.`;
const tweetPage = `<html><head><title>Almaty: what we know</title><meta property="og:site_name" content="Steppe Daily">
<meta property="article:published_time" content="2022-01-06T12:00:00Z"></head><body><article>
<p>Clashes continued in Almaty on Thursday, reporters for desk ${tag} saw.</p>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">BREAKING: 8 police officers were killed in Almaty ${tag}</p>&mdash; Steppe Watch (@steppe_watch_${tag}) <a href="https://twitter.com/steppe_watch_${tag}/status/1479000000000000002">January 6, 2022</a></blockquote>
</article></body></html>`;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

describe('CLI against the real stack', () => {
  const stack = useFreshStack();
  let dir: string;

  const cli = (...args: string[]): Promise<Run> =>
    new Promise((resolve) => {
      execFile(
        process.execPath,
        [CLI, ...args],
        {
          env: { ...process.env, PPT_API_URL: stack().url, PPT_API_KEY: stack().keys.admin },
          timeout: 120000,
        },
        (err, stdout, stderr) =>
          resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ppt-cli-'));
    writeFileSync(join(dir, 'a-wire.txt'), wire);
    writeFileSync(join(dir, 'b-page.html'), tweetPage);
    writeFileSync(join(dir, 'notes.json'), '{}');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints --help for every command and one clear line for a usage error', async () => {
    const top = await cli('--help');
    expect(top.code).toBe(0);
    for (const name of ['extract', 'submit', 'report', 'history', 'export', 'reprocess']) {
      expect(top.stdout).toContain(`  ${name}`);
      const help = await cli(name, '--help');
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^usage: npm run cli -- ${name}`));
    }
    const bad = await cli('report', '--format', 'xml');
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/^error: --format must be one of table, csv, json/);
    const unknown = await cli('submit', '--colour', dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^error: .*--colour/);
  });

  it('submits a folder, waits, and summarises new, known and failed', async () => {
    const first = await cli(
      'submit',
      dir,
      '--story',
      story,
      '--published-at',
      '2022-01-06',
      '--wait',
    );
    expect(first.stdout).toBe('2 new, 0 already known, 0 failed\n');
    expect(first.code).toBe(0);
    const again = await cli(
      'submit',
      join(dir, 'a-wire.txt'),
      '--story',
      story,
      '--published-at',
      '2022-01-06',
    );
    expect(again.stdout).toBe('0 new, 1 already known, 0 failed\n');
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '   ');
    const failed = await cli('submit', empty);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(
      /^0 new, 0 already known, 1 failed\n {2}failed: .*empty\.txt: 400 /,
    );
    rmSync(empty);
  });

  it('reports the discrepancy as a table, CSV and JSON', async () => {
    const table = await cli('report', '--story', story);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/killed \/ law_enforcement/);
    const json = JSON.parse((await cli('report', '--story', story, '--format', 'json')).stdout) as {
      metric: string;
      values: { value: number }[];
    }[];
    expect(json.map((d) => d.metric)).toEqual(['killed']);
    expect(json[0].values.map((v) => v.value).sort((a, b) => a - b)).toEqual([8, 12]);
    const csv = (await cli('report', '--story', story, '--format', 'csv')).stdout.split('\r\n');
    expect(csv[0]).toBe(
      'id,story,metric,subject,location,kind,status,severity,pair,values,explanation',
    );
    expect(csv[1]).toContain(`,${story},killed,law_enforcement,`);
  });

  it('charts and tabulates the history of one quantity', async () => {
    const run = await cli(
      'history',
      '--metric',
      'killed',
      '--subject',
      'law_enforcement',
      '--story',
      story,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`killed / law_enforcement story-wide, story ${story}: 2 value(s)`);
    expect(run.stdout).toMatch(/┤/);
    expect(run.stdout).toMatch(/2022-01-06 +8 .*twitter @steppe_watch_/);
    expect(run.stdout).toMatch(/2022-01-06 +12 .*health ministry/);
    const anyStory = await cli('history', '--metric', 'killed', '--subject', 'law_enforcement');
    expect(anyStory.stdout).toContain(`story ${story}`);
    expect((await cli('history', '--metric', 'killed')).code).toBe(2);
  });

  it('exports claims as CSV rows and as JSON-LD with relations', async () => {
    const csv = (await cli('export', '--story', story)).stdout.trim().split('\r\n');
    expect(csv[0]).toBe(
      'claim_id,metric,value,low,high,qualifier,subject,location,source,attribution,asOf,discrepancy_id,quote',
    );
    expect(csv).toHaveLength(3);
    const discrepancyId = csv[1].split(',')[11];
    expect(discrepancyId).toMatch(/^[0-9a-f-]{36}$/);
    expect(csv[2].split(',')[11]).toBe(discrepancyId);
    const doc = JSON.parse(
      (await cli('export', '--story', story, '--format', 'jsonld')).stdout,
    ) as {
      '@graph': {
        '@id': string;
        '@type': string;
        conflictsWith?: string[];
        itemReviewed?: unknown[];
      }[];
    };
    const claims = doc['@graph'].filter((n) => n['@type'] === 'Claim');
    expect(claims).toHaveLength(2);
    expect(claims[0].conflictsWith).toEqual([claims[1]['@id']]);
    expect(claims[1].conflictsWith).toEqual([claims[0]['@id']]);
    const review = doc['@graph'].find((n) => n['@type'] === 'ClaimReview');
    expect(review?.itemReviewed).toHaveLength(2);
    const missing = await cli('export', '--story', `no-such-${tag}`);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^error: GET \/stories\/no-such-.* answered 404/);
  });

  it("reprocesses a story: a post's stale claim is re-extracted and the reviewed flag re-opens", async () => {
    // What an older extractor might have stored for the tweet, weighed when its quantity is next
    // compared: an ingest re-decides only the series its figures touch (issue 10).
    await stack().db.query(
      `UPDATE claims SET value = 5, low = 5, high = 5 WHERE quote LIKE '8 police%' AND post_id IN
         (SELECT id FROM social_posts WHERE handle = $1)`,
      [`steppe_watch_${tag}`],
    );
    const calm = join(dir, 'calm.txt');
    writeFileSync(
      calm,
      `Almaty was calm on Friday, desk ${tag} reported. Police said 12 police officers were killed in Almaty.`,
    );
    expect(
      (await cli('submit', calm, '--story', story, '--published-at', '2022-01-07', '--wait')).code,
    ).toBe(0);
    const flagged = (await apiAs(stack().url).get('/discrepancies').query({ story })).body as {
      items: { id: string; values: { value: number }[] }[];
    };
    const id = flagged.items[0].id;
    expect([...new Set(flagged.items[0].values.map((v) => v.value))].sort((a, b) => a - b)).toEqual(
      [5, 12],
    );
    const review = await apiAs(stack().url)
      .patch(`/discrepancies/${id}`)
      .send({ status: 'confirmed', note: 'checked' });
    expect(review.status).toBe(200);
    const run = await cli('reprocess', '--story', story);
    expect(run.stderr).toContain('3 article(s) queued again');
    expect(run.stdout).toBe('3 reprocessed, 0 failed\n');
    expect(run.code).toBe(0);
    const postClaims = (await apiAs(stack().url).get('/claims').query({ story, source: 'post' }))
      .body as {
      items: { value: number }[];
    };
    expect(postClaims.items.map((c) => c.value)).toEqual([8]);
    const reopened = await waitFor(async () => {
      const d = (await apiAs(stack().url).get(`/discrepancies/${id}`)).body as { status: string };
      return d.status === 'open' ? d : undefined;
    }, 'the reviewed flag to re-open');
    expect(reopened.status).toBe('open');
    expect((await cli('reprocess')).code).toBe(2);
  });
});
