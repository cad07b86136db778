import { submit, waitForArticle } from './helpers/articles';
import { apiAs, startStack, type Stack } from './helpers/stack';
import { storedAndWholeFlags } from './helpers/whole-comparison';

// Issue 12, story growth: a worker keeps the claims it compared a story with and reads again only
// the articles and posts whose rows changed since (story-claims.ts KeptClaims). Whatever changes a
// story between two of its articles (an article moved out, a story merged in, a claim changed in
// place, a new revision, an article re-processed), the worker's next comparison must equal one made
// from scratch. A fictional flood in the Philippines; one stack, stories per test.
const tag = Math.random()
  .toString(36)
  .replace(/[^a-z]/g, '')
  .slice(0, 8);

/** `who` said `n` people were killed (each text its own origin, so every figure is compared). */
const said = (who: string, n: number) =>
  `${who} said ${n} people were killed in the floods in the Philippines. Desk ${tag}.`;

describe("a worker's kept claims follow what changes its story (issue 12)", () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const ingest = async (story: string, text: string, extra: Record<string, unknown> = {}) => {
    const { id } = await submit(stack.url, { story, publishedAt: '2024-07-04', text, ...extra });
    expect((await waitForArticle(stack.url, id)).status).toBe('processed');
    return id;
  };
  const killed = async (story: string) => {
    const res = await apiAs(stack.url).get('/discrepancies').query({ story, metric: 'killed' });
    const items = (res.body as { items: { values: { value: number }[] }[] }).items;
    return [...new Set(items.flatMap((f) => f.values.map((v) => v.value)))].sort((a, b) => a - b);
  };
  /** The story's stored flags are those a comparison of all its claims from scratch finds. */
  const expectWholeComparison = async (story: string) => {
    const { stored, whole } = await storedAndWholeFlags(stack.db, story);
    expect(stored).toEqual(whole);
  };

  it('drops the figures of an article moved out of the story before its next article', async () => {
    const home = `kept-move-home-${tag}`;
    const away = `kept-move-away-${tag}`;
    await ingest(home, said('The governor', 106));
    const moving = await ingest(home, said('The disaster office', 101));
    await ingest(away, said('The mayor', 64));
    const moved = await apiAs(stack.url).patch(`/articles/${moving}`).send({ story: away });
    expect(moved.status).toBe(200);
    await ingest(home, said('The police', 99));
    expect(await killed(home)).toEqual([99, 106]);
    await expectWholeComparison(home);
    await ingest(away, said('The coast guard', 70));
    expect(await killed(away)).toEqual([64, 70, 101]);
    await expectWholeComparison(away);
  });

  it('weighs the figures of a story merged in at the next article', async () => {
    const into = `kept-merge-into-${tag}`;
    const from = `kept-merge-from-${tag}`;
    await ingest(into, said('The governor', 120));
    await ingest(into, said('The disaster office', 118));
    await ingest(from, said('The army', 88));
    const res = await apiAs(stack.url, 'reviewer').post(`/stories/${from}/merge`).send({ into });
    expect(res.status).toBe(200);
    await ingest(into, said('The police', 119));
    expect(await killed(into)).toEqual([88, 118, 119, 120]);
    await expectWholeComparison(into);
  });

  it('weighs a claim changed in place (an older extractor, a repair) at the next article', async () => {
    const story = `kept-claim-edit-${tag}`;
    await ingest(story, said('The governor', 30));
    const edited = await ingest(story, said('The disaster office', 33));
    await ingest(story, said('The police', 31));
    await stack.db.query(
      `UPDATE claims SET value = 36, low = 36, high = 36 WHERE article_id = $1`,
      [edited],
    );
    await ingest(story, said('The Red Cross', 32));
    expect(await killed(story)).toEqual([30, 31, 32, 36]);
    await expectWholeComparison(story);
  });

  it('weighs a new revision of an article at the next article', async () => {
    const story = `kept-revision-${tag}`;
    const url = `https://news.example.org/kept-${tag}`;
    await ingest(story, said('The governor', 40), { url });
    await ingest(story, said('The disaster office', 45));
    await ingest(story, said('The governor', 52), { url });
    await ingest(story, said('The police', 47));
    expect(await killed(story)).toEqual([45, 47, 52]);
    await expectWholeComparison(story);
  });

  it('weighs a re-processed story at the next article', async () => {
    const story = `kept-reprocess-${tag}`;
    await ingest(story, said('The governor', 60));
    await ingest(story, said('The disaster office', 65));
    const res = await apiAs(stack.url).post('/articles/reprocess').send({ story });
    expect(res.status).toBe(202);
    for (const id of (res.body as { ids: string[] }).ids)
      expect((await waitForArticle(stack.url, id)).status).toBe('processed');
    await ingest(story, said('The Red Cross', 62));
    expect(await killed(story)).toEqual([60, 62, 65]);
    await expectWholeComparison(story);
  });

  it('re-processes a story holding two revisions of one URL, time after time, with no deadlock', async () => {
    const story = `kept-revisions-reprocess-${tag}`;
    const url = `https://news.example.org/kept-twice-${tag}`;
    await ingest(story, said('The governor', 140), { url });
    await ingest(story, said('The governor', 152), { url });
    await ingest(story, said('The disaster office', 145));
    await ingest(story, said('The police', 147));
    // each revision deletes claims in the other's flags: before the URL lock came first, about
    // one run in four left an article failed with "deadlock detected"
    for (let run = 0; run < 4; run++) {
      const res = await apiAs(stack.url).post('/articles/reprocess').send({ story });
      expect(res.status).toBe(202);
      for (const id of (res.body as { ids: string[] }).ids) {
        const doc = await waitForArticle(stack.url, id);
        expect([doc.status, (doc as { error?: unknown }).error ?? null]).toEqual([
          'processed',
          null,
        ]);
      }
    }
    expect(await killed(story)).toEqual([145, 147, 152]);
    await expectWholeComparison(story);
  });
});
