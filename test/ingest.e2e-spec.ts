import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { submit, waitForArticle } from './helpers/articles';
import { apiAs, useFreshStack, type Stack } from './helpers/stack';

const seed = readFileSync(join(__dirname, '..', 'seeds', '000_5d0714ddfb954547.txt'), 'utf8');

interface DiscrepancyItem {
  metric: string;
  subject: string;
  kind: string;
  status: string;
  explanation: string;
  pair: { value: number; originLabel: string; claims: { sentence: string | null }[] }[];
  values: {
    value: number;
    claims: {
      quote: string;
      sentence: string | null;
      source: { kind: string };
      attribution: string[];
      postId: string | null;
    }[];
  }[];
}

describe('ingest: an article goes in, flagged discrepancies come out', () => {
  const stackOf = useFreshStack();
  let stack: Stack;
  beforeAll(() => {
    stack = stackOf();
  });

  it('processes the seed through the queue and flags 8 vs 12 killed and 317 vs 353 injured', async () => {
    const res = await apiAs(stack.url).post('/articles').send({ text: seed, story: 'almaty-seed' });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ id: expect.any(String), status: 'queued' });

    const doc = await waitForArticle(stack.url, res.body.id);
    expect(doc.status).toBe('processed');
    expect(doc.story).toBe('almaty-seed');
    expect(doc.article).toMatchObject({ author: 'Anna van Densky', place: 'Brussels' });
    expect(String(doc.article.publishedAt)).toMatch(/^2022-01-06/);
    expect(doc.posts.filter((p) => p.kind === 'embedded').map((p) => p.handle)).toEqual([
      'TOLOnews',
      'Peter__Leonard',
      'Conflicts',
      'disclosetv',
      'Liveuamap',
      '_Stmatrix',
    ]);
    expect(doc.posts.find((p) => p.kind === 'referenced')).toMatchObject({
      platform: 'facebook',
      authorName: 'Pashinyan',
    });

    const list = await apiAs(stack.url).get('/discrepancies').query({ story: 'almaty-seed' });
    expect(list.status).toBe(200);
    const items = list.body.items as DiscrepancyItem[];
    const summary = items
      .filter((d) => d.kind === 'conflict')
      .map(
        (d) =>
          `${d.metric}/${d.subject}: ${d.values
            .map((v) => v.value)
            .sort((a, b) => a - b)
            .join(' vs ')}`,
      )
      .sort();
    expect(summary).toEqual([
      'injured/law_enforcement: 317 vs 353',
      'killed/law_enforcement: 8 vs 12',
    ]);

    const killed = items.find((d) => d.metric === 'killed')!;
    expect(killed.status).toBe('open');
    const quotes = killed.values.flatMap((v) => v.claims.map((c) => c.quote));
    expect(quotes).toEqual(
      expect.arrayContaining([
        '12 were killed',
        expect.stringContaining('8 police and national guards have been killed'),
      ]),
    );
    const fromPost = killed.values.find((v) => v.value === 8)!.claims[0];
    expect(fromPost.source.kind).toBe('post');
    expect(fromPost.postId).toEqual(expect.any(String));
    const fromArticle = killed.values.find((v) => v.value === 12)!.claims[0];
    expect(fromArticle.attribution[0]).toMatch(/Khabar-24/);

    // It leads with the pair, explained from structured fields, with each quote's sentence.
    expect(killed.pair.map((v) => [v.value, v.originLabel])).toEqual([
      [12, expect.stringMatching(/^Khabar-24, citing the Almaty commandant.s office$/)],
      [8, '@_Stmatrix'],
    ]);
    expect(killed.explanation.replace(/\u2019/g, "'")).toBe(
      "12 law-enforcement officers killed in Almaty (Khabar-24, citing the Almaty commandant's office, " +
        '6 Jan 2022) exceed 8 for all of Kazakhstan (@_Stmatrix, 6 Jan 2022).',
    );
    const sentence = killed.pair[0].claims[0].sentence!.replace(/\u2019/g, "'");
    expect(sentence).toMatch(
      /^Reportedly 353 members of Kazakhstan's law enforcement were injured /,
    );
    expect(sentence).toMatch(
      /12 were killed, the Khabar-24 TV channel said quoting the Almaty commandant's office\.$/,
    );
    expect(killed.pair[1].claims[0].sentence).toBe(
      'So far 8 police and national guards have been killed while 317 injured.',
    );
  });

  it('answers the identical article again with 200 and the same id', async () => {
    const first = await apiAs(stack.url)
      .post('/articles')
      .send({ text: 'Police said 40 people were detained in Aktau on Friday.' });
    expect(first.status).toBe(202);
    const again = await apiAs(stack.url)
      .post('/articles')
      .send({ text: 'Police said 40 people were detained in Aktau on Friday.' });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    await waitForArticle(stack.url, first.body.id);
  });

  it.each([
    [{}, /one of url, html or text is required/],
    [{ text: 'a', html: '<p>a</p>' }, /either html or text/],
    [{ url: 'ftp://example.com/x' }, /url must be http or https/],
    [{ text: 12 }, /text must be a string/],
    [{ text: 'a', publishedAt: 'not a date' }, /publishedAt/],
  ])('rejects %j with 400 naming the field, writing nothing', async (body, message) => {
    const before = await stack.db.query('SELECT count(*)::int AS n FROM articles');
    const res = await apiAs(stack.url).post('/articles').send(body);
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(message);
    const after = await stack.db.query('SELECT count(*)::int AS n FROM articles');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('rejects malformed JSON with 400', async () => {
    const res = await apiAs(stack.url)
      .post('/articles')
      .set('content-type', 'application/json')
      .send('{"text": ');
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/JSON/);
  });

  it('rejects a body over the size limit (64 KiB in the test stack) with 413', async () => {
    const res = await apiAs(stack.url)
      .post('/articles')
      .send({ text: 'x'.repeat(70000) });
    expect(res.status).toBe(413);
  });

  it('answers 404 for an unknown article and 400 for an id that is not one', async () => {
    const missing = await apiAs(stack.url).get('/articles/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body.message).toMatch(/not found/);
    const bad = await apiAs(stack.url).get('/articles/nope');
    expect(bad.status).toBe(400);
  });

  it('fetches a URL submission from a local server', async () => {
    const server = await serve(
      200,
      '<html><head><title>Aktau clashes</title></head><body><article><p>AKTAU, Jan 5 (Reuters) - At least 9 protesters were killed in Aktau, police said.</p></article></body></html>',
    );
    try {
      const { id } = await submit(stack.url, { url: `${server.url}/aktau`, story: 'aktau-url' });
      const doc = await waitForArticle(stack.url, id);
      expect(doc.status).toBe('processed');
      expect(doc.article.title).toBe('Aktau clashes');
      const content = (
        doc as unknown as { content: { format: string; sha256: string; fetchedAt: string } }
      ).content;
      expect(content).toMatchObject({
        format: 'html',
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      expect(Date.parse(content.fetchedAt)).not.toBeNaN();
      expect(doc.claims).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ metric: 'killed', subject: 'protesters', value: 9 }),
        ]),
      );
    } finally {
      server.close();
    }
  });

  it('retries a job that keeps failing, then marks the article failed with the reason', async () => {
    const server = await serve(500, 'upstream broke');
    try {
      const { id } = await submit(stack.url, { url: `${server.url}/broken`, story: 'broken' });
      const doc = await waitForArticle(stack.url, id);
      expect(doc.status).toBe('failed');
      expect(doc.error).toMatch(/HTTP 500/);
      expect(server.hits()).toBe(2); // INGEST_ATTEMPTS=2 in the test stack
      const { rows } = await stack.db.query('SELECT attempts FROM articles WHERE id = $1', [id]);
      expect(rows[0].attempts).toBe(2);
    } finally {
      server.close();
    }
  });

  it('serves the OpenAPI description at /docs', async () => {
    const res = await apiAs(stack.url).get('/docs/openapi.json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/articles', '/articles/{id}', '/discrepancies', '/health']),
    );
  });

  it('reports Postgres and Redis on /health', async () => {
    const res = await apiAs(stack.url).get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'ok',
      info: { postgres: { status: 'up' }, redis: { status: 'up' } },
    });
  });
});

async function serve(
  status: number,
  body: string,
): Promise<{ url: string; hits: () => number; close: () => void }> {
  let hits = 0;
  const server: Server = createServer((_req, res) => {
    hits++;
    res.writeHead(status, { 'content-type': 'text/html' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, hits: () => hits, close: () => server.close() };
}
