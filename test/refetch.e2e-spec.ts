import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ArticleDoc, submit, waitForArticle } from './helpers/articles';
import { apiAs, type Stack, useFreshStack } from './helpers/stack';

const page = (killed: number) =>
  `<html><head><title>Aktau clashes</title></head><body><article><p>AKTAU, Jan 5 - At least ${killed} protesters were killed in Aktau, police said.</p></article></body></html>`;

/** A page whose answer the test changes between fetches. */
async function servePage(): Promise<{
  url: string;
  set: (status: number, body: string) => void;
  close: () => void;
}> {
  let answer = { status: 200, body: page(9) };
  const server: Server = createServer((_req, res) => {
    res.writeHead(answer.status, { 'content-type': 'text/html' });
    res.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    set: (status, body) => (answer = { status, body }),
    close: () => server.close(),
  };
}

describe('POST /articles/:id/fetch', () => {
  const stackOf = useFreshStack();
  let stack: Stack;
  let site: Awaited<ReturnType<typeof servePage>>;
  beforeAll(async () => {
    stack = stackOf();
    site = await servePage();
  });
  afterAll(() => site?.close());

  const refetch = (id: string, role: 'submitter' | 'reader' = 'submitter') =>
    apiAs(stack.url, role).post(`/articles/${id}/fetch`);
  const killed = (doc: ArticleDoc) =>
    doc.claims.filter((c) => c.metric === 'killed').map((c) => c.value);

  it('a processed page that did not change is left as it is, and the answer says so', async () => {
    site.set(200, page(9));
    const { id } = await submit(stack.url, { url: `${site.url}/same` });
    expect((await waitForArticle(stack.url, id)).status).toBe('processed');
    const res = await refetch(id);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, status: 'processed', outcome: 'unchanged' });
    expect(res.body.message).toMatch(/not changed/);
    const { rows } = await stack.db.query('SELECT count(*)::int AS n FROM articles');
    expect(rows[0].n).toBe(1);
  });

  it('a processed page that changed becomes a new revision', async () => {
    site.set(200, page(9));
    const { id } = await submit(stack.url, { url: `${site.url}/changing` });
    expect(killed(await waitForArticle(stack.url, id))).toEqual([9]);

    site.set(200, page(14));
    const res = await refetch(id);
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ status: 'queued', outcome: 'new-revision', previousId: id });
    const revisionId = res.body.id as string;
    expect(revisionId).not.toBe(id);
    expect(killed(await waitForArticle(stack.url, revisionId))).toEqual([14]);

    const revisions = await apiAs(stack.url, 'reader').get(`/articles/${id}/revisions`);
    expect(revisions.status).toBe(200);
    expect(revisions.body.count).toBe(2);
    expect(
      revisions.body.revisions.map((r: { id: string; latest: boolean }) => [r.id, r.latest]),
    ).toEqual([
      [id, false],
      [revisionId, true],
    ]);

    // asked again, through either revision: nothing changed since the latest
    for (const asked of [id, revisionId]) {
      const again = await refetch(asked);
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ id: revisionId, outcome: 'unchanged' });
    }
  });

  it('a failed URL article is fetched again', async () => {
    site.set(404, 'gone');
    const { id } = await submit(stack.url, { url: `${site.url}/flaky` });
    const failed = await waitForArticle(stack.url, id);
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatch(/HTTP 404/);

    site.set(200, page(11));
    const res = await refetch(id);
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ id, status: 'queued', outcome: 'retrying' });
    const doc = await waitForArticle(stack.url, id);
    expect(doc.status).toBe('processed');
    expect(doc.error).toBeNull();
    expect(killed(doc)).toEqual([11]);
  });

  it('of several retries sent at once, one fetches again and the others are told it is busy', async () => {
    site.set(404, 'gone');
    const { id } = await submit(stack.url, { url: `${site.url}/flaky-twice` });
    expect((await waitForArticle(stack.url, id)).status).toBe('failed');

    site.set(200, page(12));
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => refetch(id)));
    expect(answers.map((r) => r.status).sort()).toEqual([202, 409, 409, 409, 409]);
    expect(answers.find((r) => r.status === 409)?.body.message).toMatch(/ask again once/);
    expect(killed(await waitForArticle(stack.url, id))).toEqual([12]);
  });

  it('a page that cannot be fetched now answers 502 with the reason and stores nothing', async () => {
    site.set(200, page(9));
    const { id } = await submit(stack.url, { url: `${site.url}/down-later` });
    expect((await waitForArticle(stack.url, id)).status).toBe('processed');
    site.set(503, 'down');
    const { rows: before } = await stack.db.query('SELECT count(*)::int AS n FROM articles');
    const res = await refetch(id);
    expect(res.status).toBe(502);
    expect(res.body.message).toMatch(/could not be fetched again: .*HTTP 503/);
    const { rows: after } = await stack.db.query('SELECT count(*)::int AS n FROM articles');
    expect(after[0].n).toBe(before[0].n);
  });

  it('an article submitted as text has nothing to fetch: 400', async () => {
    const { id } = await submit(stack.url, { text: 'At least 3 people were killed in Aktau.' });
    const res = await refetch(id);
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/submitted as text, not as a URL/);
  });

  it('an unknown article is a 404, a bad id a 400, a reader a 403', async () => {
    const missing = await refetch('00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    const bad = await refetch('nope');
    expect(bad.status).toBe(400);
    const { rows } = await stack.db.query('SELECT id FROM articles LIMIT 1');
    const reader = await refetch(rows[0].id as string, 'reader');
    expect(reader.status).toBe(403);
  });
});
