import { submit, waitForArticle } from './helpers/articles';
import { apiAs, startStack, type Stack } from './helpers/stack';
import { storedAndWholeFlags } from './helpers/whole-comparison';

// Issue 10, incremental refresh: an ingested article re-decides only the series (metric, subject)
// its figures touch, now and when they were last compared. These tests fail if a series an
// article's figures left is not re-decided. A fictional flood in the Philippines; a story per test.
const tag = Math.random()
  .toString(36)
  .replace(/[^a-z]/g, '')
  .slice(0, 8);

interface Flag {
  metric: string;
  kind: string;
  values: { value: number }[];
}
interface FlagDoc {
  id: string;
  values: { value: number; claims: { id: string }[] }[];
}

/** Two named origins in one text disagree: 106 against 101 people `metric` (a text per story). */
const twoOrigins = (metric: string, story: string) =>
  `The governor said 106 people were ${metric} in the floods in the Philippines. ` +
  `The provincial disaster office said 101 people were ${metric} in the floods in the Philippines.\n\nDesk ${story}.`;

describe('incremental refresh of a story (issue 10)', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const processed = async (id: string) =>
    expect((await waitForArticle(stack.url, id)).status).toBe('processed');
  const flagsOf = async (story: string) => {
    const res = await apiAs(stack.url).get('/discrepancies').query({ story });
    expect(res.status).toBe(200);
    return (res.body as { items: Flag[] }).items.map((f) => [
      f.metric,
      f.kind,
      [...new Set(f.values.map((v) => v.value))].sort((a, b) => a - b),
    ]);
  };

  it('re-processing an article whose figures moved to another series retires the flag they left', async () => {
    const story = `moved-series-${tag}`;
    const { id } = await submit(stack.url, {
      story,
      publishedAt: '2024-07-03',
      text: twoOrigins('killed', story),
    });
    await processed(id);
    expect(await flagsOf(story)).toEqual([['killed', 'conflict', [101, 106]]]);

    // An extractor upgrade reading the stored text anew: here the stored text itself is changed.
    await stack.db.query(`UPDATE article_contents SET raw = $2 WHERE article_id = $1`, [
      id,
      twoOrigins('injured', story),
    ]);
    const res = await apiAs(stack.url).post('/articles/reprocess').send({ story });
    expect(res.status).toBe(202);
    await processed(id);
    expect(await flagsOf(story)).toEqual([['injured', 'conflict', [101, 106]]]);
  });

  it('a new revision of an article retires the flag of the series its earlier revision was in', async () => {
    const story = `revision-series-${tag}`;
    const url = `https://news.example.org/cagayan-${tag}`;
    const first = await submit(stack.url, {
      story,
      url,
      publishedAt: '2024-07-03',
      text: twoOrigins('killed', story),
    });
    await processed(first.id);
    expect(await flagsOf(story)).toEqual([['killed', 'conflict', [101, 106]]]);

    const second = await submit(stack.url, {
      story,
      url,
      publishedAt: '2024-07-03',
      text: twoOrigins('missing', story),
    });
    expect(second.id).not.toBe(first.id);
    await processed(second.id);
    expect(await flagsOf(story)).toEqual([['missing', 'conflict', [101, 106]]]);
  });

  it('a value a reviewer dismissed stays dismissed after its article is re-processed', async () => {
    const story = `dismissed-reprocess-${tag}`;
    const day = { story, publishedAt: '2024-07-05' };
    const texts = [
      'The disaster agency said 40 people were killed in the floods in the Philippines.',
      'The Red Cross said 52 people were killed in the floods in the Philippines.',
      'A hospital said 7 people were killed in the floods in the Philippines.',
    ];
    for (const text of texts)
      await processed((await submit(stack.url, { ...day, text: `${text} ${story}.` })).id);
    const flagOf = async () =>
      ((await apiAs(stack.url).get('/discrepancies').query({ story })).body as { items: FlagDoc[] })
        .items[0];
    const flag = await flagOf();
    const seven = flag.values.find((v) => v.value === 7)!;
    const dismissed = await apiAs(stack.url)
      .post(`/discrepancies/${flag.id}/values/${seven.claims[0].id}/dismiss`)
      .send({ note: 'not a total: one hospital' });
    expect(dismissed.status).toBe(200);
    expect(await flagsOf(story)).toEqual([['killed', 'conflict', [40, 52]]]);

    const res = await apiAs(stack.url).post('/articles/reprocess').send({ story });
    expect(res.status).toBe(202);
    const ids = (res.body as { ids: string[] }).ids;
    expect(ids).toHaveLength(3);
    for (const id of ids) await processed(id);
    // the claim rows are new, the dismissal is not lost
    const again = await flagOf();
    expect(again.values.flatMap((v) => v.claims.map((c) => c.id))).not.toContain(
      seven.claims[0].id,
    );
    expect(await flagsOf(story)).toEqual([['killed', 'conflict', [40, 52]]]);
  });

  it('a flag rewritten article by article holds the values a whole comparison of its story gives', async () => {
    // The worker writes a touched flag as a patch of the values it last wrote (only the entries that
    // changed); each step changes entries a different way: new values, claims joining a value, a
    // figure superseded by its origin's later one, a value in a place.
    const story = `patched-values-${tag}`;
    const steps = [
      { publishedAt: '2024-07-08', text: twoOrigins('killed', story) },
      {
        publishedAt: '2024-07-08',
        text: `Rescuers said 106 people were killed in the floods in the Philippines. Desk ${story}.`,
      },
      {
        publishedAt: '2024-07-09',
        text: `The governor said 118 people were killed in the floods in the Philippines. Desk ${story}.`,
      },
      {
        publishedAt: '2024-07-09',
        text: `The mayor said 64 people were killed in Cagayan in the floods in the Philippines. Desk ${story}.`,
      },
      {
        publishedAt: '2024-07-10',
        text: `The provincial disaster office said 120 people were killed in the floods in the Philippines. Desk ${story}.`,
      },
    ];
    for (const step of steps) {
      await processed((await submit(stack.url, { story, ...step })).id);
      const { stored, whole } = await storedAndWholeFlags(stack.db, story);
      expect(stored).toEqual(whole);
    }
    const [flag] = (await flagsOf(story)) as [string, string, number[]][];
    expect(flag[2]).toEqual(expect.arrayContaining([101, 106, 118, 120]));
  });
});
