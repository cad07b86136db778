import { submit, waitForArticle, type ArticleDoc } from './helpers/articles';
import { apiAs, startStack, waitFor, type Stack } from './helpers/stack';

// The same canonical URL submitted again with different content is a new revision of the same
// article: both rows are kept, only the latest revision's figures take part in detection (an
// outlet correcting itself is never a conflict), and GET /articles/:id/revisions shows the change.
const tag = Math.random()
  .toString(36)
  .replace(/[^a-z]/g, '')
  .slice(0, 8);
const story = `revisions-${tag}`;
const url = `https://news.example.com/${tag}/almaty-police`;

const revision1 = `ALMATY, Jan 6 (Example News) - 12 police officers were killed in Almaty, the interior ministry said. 40 people were detained in Almaty, police said.\n\nFiled by desk ${tag}.`;
const revision2 = `ALMATY, Jan 6 (Example News) - 15 police officers were killed in Almaty, the interior ministry said. 40 people were detained in Almaty, police said. 3 journalists were injured in Almaty, the union said.\n\nFiled by desk ${tag}. Updated with the latest figures.`;

interface Change {
  key: string;
  change: string;
  before: { value: number }[];
  after: { value: number }[];
}
interface Revisions {
  url: string;
  count: number;
  revisions: {
    revision: number;
    id: string;
    status: string;
    latest: boolean;
    figures: { metric: string; value: number }[];
    previousId: string | null;
    changes: Change[] | null;
  }[];
}

describe('article revisions', () => {
  let stack: Stack;
  let first: ArticleDoc;
  let other: ArticleDoc;
  let second: ArticleDoc;

  const ingest = async (body: Record<string, unknown>): Promise<ArticleDoc> => {
    const { id } = await submit(stack.url, { story, publishedAt: '2022-01-06', ...body });
    const doc = await waitForArticle(stack.url, id);
    expect(doc.status).toBe('processed');
    return doc;
  };
  const killed = async () => {
    const res = await apiAs(stack.url).get('/discrepancies').query({ story, metric: 'killed' });
    return res.body.items as {
      id: string;
      kind: string;
      values: { value: number; claims: { id: string; articleId: string }[] }[];
    }[];
  };

  beforeAll(async () => {
    stack = await startStack();
    first = await ingest({ text: revision1, url });
    other = await ingest({
      text: `ALMATY, Jan 6 (AP) - 15 police officers were killed in Almaty, the health ministry said.\n\nFiled by desk ${tag}.`,
    });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('flags the first revision against another source before any correction', async () => {
    const found = await waitFor(async () => {
      const items = await killed();
      return items.length === 1 &&
        items[0].values.some((v) => v.claims.some((c) => c.articleId === other.id))
        ? items
        : undefined;
    }, 'the 12 vs 15 conflict');
    expect(found[0].kind).toBe('conflict');
    expect(found[0].values.map((v) => v.value).sort((a, b) => a - b)).toEqual([12, 15]);
  });

  it('keeps the earlier revision when the same URL comes again with different content', async () => {
    const res = await apiAs(stack.url)
      .post('/articles')
      .send({ text: revision2, url, story, publishedAt: '2022-01-06' });
    expect(res.status).toBe(202);
    expect(res.body.id).not.toBe(first.id);
    second = await waitForArticle(stack.url, res.body.id);
    expect(second.status).toBe('processed');
    expect(second.article.url).toBe(url);

    const kept = await waitForArticle(stack.url, first.id);
    expect(kept.article.url).toBe(url);
    expect(kept.claims.map((c) => c.value)).toEqual(expect.arrayContaining([12, 40]));
    // The identical first revision again is still the same article.
    const again = await apiAs(stack.url)
      .post('/articles')
      .send({ text: revision1, url, story, publishedAt: '2022-01-06' });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.id);
  });

  it('lists the revisions in order with what changed, figure by figure', async () => {
    for (const id of [first.id, second.id]) {
      const res = await apiAs(stack.url).get(`/articles/${id}/revisions`);
      expect(res.status).toBe(200);
      const body = res.body as Revisions;
      expect(body.url).toBe(url);
      expect(body.revisions.map((r) => [r.revision, r.id, r.latest])).toEqual([
        [1, first.id, false],
        [2, second.id, true],
      ]);
      expect(body.revisions[0].changes).toBeNull();
      expect(body.revisions[1].previousId).toBe(first.id);
      expect(
        body.revisions[1].changes!.map((c) => [
          c.key,
          c.change,
          c.before.map((f) => f.value),
          c.after.map((f) => f.value),
        ]),
      ).toEqual([
        ['injured|journalists|Almaty', 'added', [], [3]],
        ['killed|law_enforcement|Almaty', 'changed', [12], [15]],
      ]);
    }
    const alone = await apiAs(stack.url).get(`/articles/${other.id}/revisions`);
    expect(alone.status).toBe(200);
    expect((alone.body as Revisions).revisions.map((r) => r.id)).toEqual([other.id]);
    expect(
      (await apiAs(stack.url).get('/articles/00000000-0000-4000-8000-000000000000/revisions'))
        .status,
    ).toBe(404);
    expect((await apiAs(stack.url).get('/articles/nope/revisions')).status).toBe(400);
  });

  it('weighs only the latest revision: the outlet’s correction is no conflict, and its withdrawn 12 no longer disagrees', async () => {
    // 12 → 15 by the same outlet, now agreeing with the other source's 15: nothing left to flag.
    await waitFor(
      async () => (await killed()).length === 0,
      'the withdrawn figure’s conflict to go',
    );
    const all = await apiAs(stack.url).get('/discrepancies').query({ story });
    expect(all.body.items.filter((d: { kind: string }) => d.kind === 'conflict')).toEqual([]);
  });

  it('keeps the withdrawn figure in the history, marked superseded, and out of the conservative figure', async () => {
    const res = await apiAs(stack.url)
      .get('/claims/history')
      .query({ story, metric: 'killed', subject: 'law_enforcement' });
    expect(res.status).toBe(200);
    const claims = res.body.claims as { value: number; articleId: string; superseded: boolean }[];
    expect(
      claims
        .map((c) => [
          c.value,
          c.articleId === first.id ? 'rev1' : c.articleId === second.id ? 'rev2' : 'other',
          c.superseded,
        ])
        .sort(),
    ).toEqual([
      [12, 'rev1', true],
      [15, 'other', false],
      [15, 'rev2', false],
    ]);
    expect(res.body.conservative.value).toBe(15);
  });
});
