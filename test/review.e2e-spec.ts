import { submit, waitForArticle, type ArticleDoc } from './helpers/articles';
import { apiAs, startStack, waitFor, type Stack } from './helpers/stack';

// The review desk: list and filter flagged discrepancies, decide on them, read the audit trail,
// and see a decision re-opened when a new figure arrives. Content and story names carry a tag of
// their own, so the spec does not depend on what else the test database holds.
const tag = Math.random()
  .toString(36)
  .replace(/[^a-z]/g, '')
  .slice(0, 8);
const story = `review-${tag}`;

interface Evidence {
  id: string;
  quote: string;
  attribution: string[];
  asOf: string | null;
  articleId: string | null;
  postId: string | null;
  source: { kind: string; title?: string | null; site?: string | null };
}
interface Discrepancy {
  id: string;
  story: string;
  metric: string;
  subject: string;
  location: string | null;
  kind: string;
  status: string;
  severity: number;
  rule: string;
  explanation: string;
  values: { value: number; low: number | null; high: number | null; claims: Evidence[] }[];
  updatedAt: string;
}
interface ReviewEventView {
  action: string;
  fromStatus: string | null;
  toStatus: string;
  note: string | null;
  actor: string;
  details: Record<string, unknown> | null;
  at: string;
}

describe('review desk: filters, decisions, audit trail, re-opening', () => {
  let stack: Stack;
  const articles: ArticleDoc[] = [];

  const ingest = async (text: string): Promise<ArticleDoc> => {
    const { id } = await submit(stack.url, {
      text: `${text}\n\nFiled by desk ${tag}.`,
      story,
      publishedAt: '2022-01-06',
    });
    const doc = await waitForArticle(stack.url, id);
    expect(doc.status).toBe('processed');
    return doc;
  };
  const list = async (query: Record<string, string | number>) => {
    const res = await apiAs(stack.url)
      .get('/discrepancies')
      .query({ story, ...query });
    expect(res.status).toBe(200);
    return res.body as { items: Discrepancy[]; total: number; page: number; limit: number };
  };
  /** GET /discrepancies over the whole archive (no story): the total a desk's inbox shows. */
  const archiveTotal = async (query: Record<string, string>) => {
    const res = await apiAs(stack.url).get('/discrepancies').query(query);
    expect(res.status).toBe(200);
    return (res.body as { total: number }).total;
  };
  const countedInDatabase = async (status: string) => {
    const { rows } = await stack.db.query(
      `SELECT count(*)::int AS n FROM discrepancies WHERE status = $1 AND metric = 'killed'`,
      [status],
    );
    return rows[0].n as number;
  };
  const one = async (id: string) =>
    (await apiAs(stack.url).get(`/discrepancies/${id}`)).body as Discrepancy;
  const events = async (id: string) => {
    const res = await apiAs(stack.url).get(`/discrepancies/${id}/events`);
    expect(res.status).toBe(200);
    return res.body as ReviewEventView[];
  };
  /** The discrepancy once the detector has weighed a claim of `article` (refresh runs after the article is marked processed). */
  const withArticle = (metric: string, article: ArticleDoc) =>
    waitFor(async () => {
      const found = (await list({ metric })).items[0];
      return found?.values.some((v) =>
        v.claims.some((c) => article.claims.some((ac) => ac.id === c.id)),
      )
        ? found
        : undefined;
    }, `the ${metric} discrepancy to weigh article ${article.id}`);

  beforeAll(async () => {
    stack = await startStack();
    articles.push(
      await ingest(
        'ALMATY, Jan 6 (Reuters) - 12 police officers were killed in Almaty, the interior ministry said. 353 police officers were injured in Almaty, the interior ministry said.',
      ),
    );
    articles.push(
      await ingest(
        "ALMATY, Jan 6 (AP) - 8 police officers were killed in Almaty, the city commandant's office said. 317 police officers were injured in Almaty, the city commandant's office said.",
      ),
    );
    await withArticle('killed', articles[1]);
    await withArticle('injured', articles[1]);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('lists the story’s conflicts with their evidence, filtered and paginated', async () => {
    const all = await list({});
    expect(all.total).toBe(2);
    expect(all).toMatchObject({ page: 1, limit: 20 });
    const summary = all.items
      .map(
        (d) =>
          `${d.metric}/${d.subject}@${d.location}: ${[...new Set(d.values.map((v) => v.value))].sort((a, b) => a - b).join(' vs ')} ${d.kind} ${d.status}`,
      )
      .sort();
    expect(summary).toEqual([
      'injured/law_enforcement@Almaty: 317 vs 353 conflict open',
      'killed/law_enforcement@Almaty: 8 vs 12 conflict open',
    ]);

    expect((await list({ metric: 'killed' })).items.map((d) => d.metric)).toEqual(['killed']);
    expect((await list({ metric: 'detained' })).total).toBe(0);
    expect((await list({ kind: 'conflict', status: 'open' })).total).toBe(2);
    expect((await list({ kind: 'update' })).total).toBe(0);
    expect((await list({ status: 'confirmed' })).total).toBe(0);
    const severities = all.items.map((d) => d.severity);
    expect(
      (await list({ minSeverity: Math.max(...severities) })).items.every(
        (d) => d.severity >= Math.max(...severities),
      ),
    ).toBe(true);
    expect((await list({ minSeverity: 1 })).items.every((d) => d.severity >= 1)).toBe(true);

    const bySeverity = (await list({ sort: 'severity' })).items.map((d) => d.severity);
    expect(bySeverity).toEqual([...bySeverity].sort((a, b) => b - a));
    const recent = (await list({ sort: 'recent' })).items.map((d) => Date.parse(d.updatedAt));
    expect(recent).toEqual([...recent].sort((a, b) => b - a));

    const first = await list({ limit: 1, page: 1 });
    const second = await list({ limit: 1, page: 2 });
    expect([first.total, first.items.length, second.items.length]).toEqual([2, 1, 1]);
    expect(first.items[0].id).not.toBe(second.items[0].id);
    expect((await list({ limit: 1, page: 3 })).items).toEqual([]);
  });

  it.each([
    [{ status: 'pending' }, /status must be one of/],
    [{ kind: 'drift' }, /kind must be one of/],
    [{ metric: 'wounded' }, /metric must be one of/],
    [{ minSeverity: 'high' }, /minSeverity/],
    [{ sort: 'oldest' }, /sort must be one of/],
    [{ limit: 0 }, /limit/],
    [{ page: -1 }, /page/],
  ])('rejects the filter %j with 400 naming it', async (query, message) => {
    const res = await apiAs(stack.url).get('/discrepancies').query(query);
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(message);
  });

  it('shows one discrepancy with the competing values, quotes, sources and attribution', async () => {
    const [killed] = (await list({ metric: 'killed' })).items;
    const doc = await one(killed.id);
    expect(doc.explanation).toEqual(expect.any(String));
    expect(doc.rule).toEqual(expect.any(String));
    const eight = doc.values.find((v) => v.value === 8)!;
    const twelve = doc.values.find((v) => v.value === 12)!;
    expect(eight.claims[0]).toMatchObject({
      quote: expect.stringContaining('8 police officers were killed'),
      articleId: articles[1].id,
      source: { kind: 'article' },
    });
    expect(eight.claims[0].attribution.join(' ')).toMatch(/commandant/);
    expect(twelve.claims[0]).toMatchObject({
      quote: expect.stringContaining('12 police officers were killed'),
      articleId: articles[0].id,
      asOf: expect.stringMatching(/^2022-01-06/),
    });
    expect(twelve.claims[0].attribution.join(' ')).toMatch(/interior ministry/);

    expect(
      (await apiAs(stack.url).get('/discrepancies/00000000-0000-4000-8000-000000000000')).status,
    ).toBe(404);
    expect((await apiAs(stack.url).get('/discrepancies/nope')).status).toBe(400);
  });

  it('records decisions with who and when, needs a note to dismiss, and answers 409 to invalid transitions', async () => {
    const [killed] = (await list({ metric: 'killed' })).items;
    const patch = (body: unknown) =>
      apiAs(stack.url, 'reviewer')
        .patch(`/discrepancies/${killed.id}`)
        .send(body as object);

    let res = await patch({ status: 'dismissed' });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/note is required/);
    res = await patch({ status: 'dismissed', note: '   ' });
    expect(res.status).toBe(400);
    res = await patch({ status: 'open' });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/note is required to reopen/);
    res = await patch({});
    expect(res.status).toBe(400);
    res = await patch({ status: 'confirmed', note: 42 });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/note must be a string/);
    expect(
      (
        await apiAs(stack.url)
          .patch('/discrepancies/00000000-0000-4000-8000-000000000000')
          .send({ status: 'confirmed' })
      ).status,
    ).toBe(404);

    const inbox = async () => [
      await archiveTotal({ status: 'open', metric: 'killed' }),
      await archiveTotal({ status: 'confirmed', metric: 'killed' }),
    ];
    const [openBefore, confirmedBefore] = await inbox();
    expect(openBefore).toBe(await countedInDatabase('open'));
    const before = Date.now();
    res = await patch({ status: 'confirmed', note: 'Two official sources disagree' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('confirmed');
    expect((await list({ status: 'confirmed' })).items.map((d) => d.id)).toEqual([killed.id]);
    // The archive's totals move with the decision, as the flags themselves counted say.
    expect(await inbox()).toEqual([openBefore - 1, confirmedBefore + 1]);
    expect(await inbox()).toEqual([
      await countedInDatabase('open'),
      await countedInDatabase('confirmed'),
    ]);

    res = await patch({ status: 'confirmed' });
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/already confirmed/);

    res = await patch({ status: 'resolved', note: 'The ministry revised its figure' });
    expect(res.status).toBe(200);
    res = await patch({ status: 'dismissed', note: 'changed my mind' });
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/resolved discrepancy cannot become dismissed/);
    expect((await one(killed.id)).status).toBe('resolved');

    const trail = await events(killed.id);
    const reviewer = expect.stringMatching(/^test-reviewer-/);
    expect(trail.map((e) => [e.action, e.fromStatus, e.toStatus, e.actor, e.note])).toEqual([
      ['flagged', null, 'open', 'system', null],
      ['confirmed', 'open', 'confirmed', reviewer, 'Two official sources disagree'],
      ['resolved', 'confirmed', 'resolved', reviewer, 'The ministry revised its figure'],
    ]);
    const at = trail.slice(1).map((e) => Date.parse(e.at));
    expect(at[0]).toBeGreaterThanOrEqual(before - 5000);
    expect(at[1]).toBeGreaterThanOrEqual(at[0]);
    expect(
      (await apiAs(stack.url).get('/discrepancies/00000000-0000-4000-8000-000000000000/events'))
        .status,
    ).toBe(404);
  });

  it('keeps a decision when a known figure is repeated, and re-opens it when a new figure arrives', async () => {
    const [injured] = (await list({ metric: 'injured' })).items;
    expect(
      (
        await apiAs(stack.url)
          .patch(`/discrepancies/${injured.id}`)
          .send({ status: 'dismissed', note: 'early, unverified counts' })
      ).status,
    ).toBe(200);

    // Another outlet repeats 353: not a new value, the decision stands.
    const repeat = await ingest(
      'ALMATY, Jan 6 (Tengrinews) - 353 police officers were injured in Almaty, the interior ministry said.',
    );
    const weighed = await withArticle('injured', repeat);
    expect(weighed.status).toBe('dismissed');
    expect((await events(injured.id)).map((e) => e.action)).not.toContain('reopened');

    // A new figure re-opens it, with a system event saying which.
    const fresh = await ingest(
      'ALMATY, Jan 6 (AFP) - 400 police officers were injured in Almaty, the health ministry said.',
    );
    const reopened = await withArticle('injured', fresh);
    expect(reopened.id).toBe(injured.id);
    expect(reopened.status).toBe('open');
    expect(reopened.values.map((v) => v.value).sort((a, b) => a - b)).toEqual([317, 353, 400]);
    const trail = await events(injured.id);
    const last = trail[trail.length - 1];
    expect(last).toMatchObject({
      action: 'reopened',
      fromStatus: 'dismissed',
      toStatus: 'open',
      actor: 'system',
    });
    expect(last.details).toMatchObject({ newValues: [400], pair: expect.any(Array) });
    expect(trail.map((e) => e.action)).toEqual(['flagged', 'dismissed', 'reopened']);

    // The reviewer can decide again.
    expect(
      (await apiAs(stack.url).patch(`/discrepancies/${injured.id}`).send({ status: 'confirmed' }))
        .status,
    ).toBe(200);
  });

  it('changes nothing when an article whose claims did not change is processed again', async () => {
    const [killed] = (await list({ metric: 'killed' })).items;
    const trailBefore = await events(killed.id);
    const { rows: countBefore } = await stack.db.query(
      `SELECT (SELECT count(*)::int FROM discrepancies d JOIN stories s ON s.id = d.story_id WHERE s.key = $1) AS discrepancies,
              (SELECT count(*)::int FROM review_events r JOIN discrepancies d ON d.id = r.discrepancy_id JOIN stories s ON s.id = d.story_id WHERE s.key = $1) AS events`,
      [story],
    );
    const target = articles[0];
    const { rows } = await stack.db.query('SELECT processed_at FROM articles WHERE id = $1', [
      target.id,
    ]);
    // Put the row back to queued as if its job had been lost: the worker's reconciler picks it up.
    await stack.db.query(
      `UPDATE articles SET status = 'queued', updated_at = now() - interval '1 hour' WHERE id = $1`,
      [target.id],
    );
    await waitFor(async () => {
      const { rows: now } = await stack.db.query(
        'SELECT status, processed_at FROM articles WHERE id = $1',
        [target.id],
      );
      return now[0].status === 'processed' && now[0].processed_at > rows[0].processed_at;
    }, 'the article to be processed again');
    const again = await waitForArticle(stack.url, target.id);
    expect(again.claims.map((c) => [c.metric, c.value])).toEqual(
      target.claims.map((c) => [c.metric, c.value]),
    );

    // The evidence follows the article's new claim rows...
    const weighed = await withArticle('killed', again);
    expect(weighed.values.find((v) => v.value === 12)!.claims.map((c) => c.articleId)).toEqual([
      target.id,
    ]);
    // ...and nothing else changed: same status, no new events, no new discrepancies.
    expect(weighed.status).toBe('resolved');
    expect(await events(killed.id)).toEqual(trailBefore);
    const { rows: countAfter } = await stack.db.query(
      `SELECT (SELECT count(*)::int FROM discrepancies d JOIN stories s ON s.id = d.story_id WHERE s.key = $1) AS discrepancies,
              (SELECT count(*)::int FROM review_events r JOIN discrepancies d ON d.id = r.discrepancy_id JOIN stories s ON s.id = d.story_id WHERE s.key = $1) AS events`,
      [story],
    );
    expect(countAfter).toEqual(countBefore);
  });
});
