import { randomBytes } from 'node:crypto';
import { type ArticleDoc, waitForArticle } from './helpers/articles';
import { apiAs, type Stack, useFreshStack } from './helpers/stack';

// Whatever is submitted ends as a clear 400 (or 413), or an article that is processed or failed
// with a reason: never a 500, a crash, or an article left hanging.
const BODY_LIMIT = 2 * 1024 * 1024;
const SLOW = 180_000; // the largest pages take a while to extract on a loaded machine
const KILLED_12 = 'ALMATY, Jan 6 - At least 12 people were killed in Almaty, police said.';

describe('hostile input', () => {
  const stackOf = useFreshStack({ MAX_BODY_BYTES: String(BODY_LIMIT) });
  let stack: Stack;
  beforeAll(() => {
    stack = stackOf();
  });

  const post = (body: string | object) =>
    apiAs(stack.url, 'submitter')
      .post('/articles')
      .set('content-type', 'application/json')
      .send(body);

  /** Raw bytes as the body (supertest would serialise a Buffer as JSON). */
  async function postBytes(
    bytes: Buffer,
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    const res = await fetch(`${stack.url}/articles`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${stack.keys.submitter}`,
        'content-type': 'application/json',
      },
      body: new Uint8Array(bytes),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  async function processed(body: object, timeoutMs = 60_000): Promise<ArticleDoc> {
    const res = await post(body);
    expect([200, 202]).toContain(res.status);
    const doc = await waitForArticle(stack.url, (res.body as { id: string }).id, timeoutMs);
    expect(doc).toMatchObject({ status: 'processed', error: null });
    return doc;
  }

  const figures = (doc: ArticleDoc) => doc.claims.map((c) => [c.metric, c.value]);

  describe('text that is read, not refused', () => {
    it('NUL characters in text', async () => {
      const doc = await processed({ text: KILLED_12.replace('people', 'people\u0000\u0000') });
      expect(figures(doc)).toEqual([['killed', 12]]);
    });

    it('NUL characters in HTML and in the story name', async () => {
      const doc = await processed({
        html: `<html><body><article><p>${KILLED_12}\u0000</p></article></body></html>`,
        story: 'nul\u0000story',
      });
      expect(figures(doc)).toEqual([['killed', 12]]);
      expect(doc.story).toBe('nulstory');
    });

    it('zero-width characters inside numbers are removed before they are read', async () => {
      const doc = await processed({
        text: 'ALMATY, Jan 6 - 1\u200b5 people were killed and 4\u200d0 injured, police said.',
      });
      expect(figures(doc)).toEqual([
        ['killed', 15],
        ['injured', 40],
      ]);
    });

    it('bidi controls inside numbers, as characters and as HTML references', async () => {
      const doc = await processed({
        html: '<article><p>ALMATY, Jan 6 - 2\u202e5 people were killed and 3&#x200F;0 injured, police said.</p></article>',
      });
      expect(figures(doc)).toEqual([
        ['killed', 25],
        ['injured', 30],
      ]);
    });

    it('other control characters', async () => {
      const doc = await processed({ text: KILLED_12.replace(/ /g, ' \u0007\u001b') });
      expect(figures(doc)).toEqual([['killed', 12]]);
    });

    it('lone surrogates', async () => {
      const doc = await processed({ text: `${KILLED_12} \ud800 \udfff` });
      expect(figures(doc)).toEqual([['killed', 12]]);
    });

    it('invalid UTF-8 in the request body', async () => {
      const body = Buffer.concat([
        Buffer.from(`{"text": "${KILLED_12} `),
        Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82]),
        Buffer.from('"}'),
      ]);
      const res = await postBytes(body);
      expect(res.status).toBe(202);
      const doc = await waitForArticle(stack.url, (res.body as { id: string }).id);
      expect(doc.status).toBe('processed');
      expect(figures(doc)).toEqual([['killed', 12]]);
    });

    it('text with no figures at all', async () => {
      const doc = await processed({ text: '!!! ??? … — ¯\\_(ツ)_/¯' });
      expect(doc.claims).toEqual([]);
    });

    it('HTML whose only text is a script', async () => {
      const doc = await processed({ html: `<script>${KILLED_12}</script>` });
      expect(doc.claims).toEqual([]);
    });

    it('truncated HTML', async () => {
      const doc = await processed({
        html: `<html><head><title>Cut</title></head><body><article><p>${KILLED_12}</p><p>More <a href="`,
      });
      expect(figures(doc)).toEqual([['killed', 12]]);
    });

    it(
      'deeply nested HTML (10,000 levels)',
      async () => {
        const doc = await processed({ html: '<div>'.repeat(10_000) + `<p>${KILLED_12}</p>` }, SLOW);
        expect(figures(doc)).toEqual([['killed', 12]]);
      },
      SLOW,
    );

    it(
      'a 1 MB single line',
      async () => {
        const doc = await processed({ text: 'word '.repeat(200_000) + KILLED_12 }, SLOW);
        expect(figures(doc)).toEqual([['killed', 12]]);
      },
      SLOW,
    );

    it(
      '100,000 tiny elements',
      async () => {
        const html = `<article><p>${KILLED_12}</p>${'<b>x</b>'.repeat(100_000)}</article>`;
        const doc = await processed({ html }, SLOW);
        expect(figures(doc)).toEqual([['killed', 12]]);
      },
      SLOW,
    );

    it('numbers past 2^53', async () => {
      const doc = await processed({
        text: 'In Almaty 99999999999999999999 people were killed and 9007199254740993 injured, police said.',
      });
      for (const claim of doc.claims) expect(Number.isFinite(claim.value)).toBe(true);
    });

    it('random bytes as text', async () => {
      const doc = await processed({ text: randomBytes(32 * 1024).toString('latin1') });
      expect(Array.isArray(doc.claims)).toBe(true);
    });

    it(
      'more than 5,000 figures in one article are all stored',
      async () => {
        const sentences = Array.from(
          { length: 5_600 },
          (_, i) => `In Almaty ${(i % 7) + 10} people were killed.`,
        );
        const doc = await processed({ text: `ALMATY, Jan 6 - ${sentences.join(' ')}` }, SLOW);
        expect(doc.claims.length).toBeGreaterThan(5_000);
        const { rows } = await stack.db.query(
          'SELECT count(*)::int AS n FROM claims WHERE article_id = $1',
          [doc.id],
        );
        expect(rows[0].n).toBe(doc.claims.length);
      },
      SLOW,
    );
  });

  describe('bodies that are refused with a clear status', () => {
    it.each([
      ['an empty object', {}, /one of url, html or text is required/],
      ['empty text', { text: '' }, /text is empty/],
      ['whitespace HTML', { html: ' \n\t ' }, /html is empty/],
      ['text of the wrong type', { text: 123 }, /text must be a string/],
      ['an unknown field', { text: KILLED_12, secret: 1 }, /secret/],
      ['html and text at once', { text: 'a', html: '<p>b</p>' }, /either html or text/],
      ['a non-http URL', { url: 'file:///etc/passwd' }, /url must be http or https/],
      ['a URL that is not one', { url: 'http://' }, /url must be http or https, with a host/],
      ['an array', [KILLED_12], /should not exist/],
    ])('%s → 400 naming the problem', async (_name, body, message) => {
      const res = await post(body as object);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toMatch(message);
    });

    it('malformed JSON → 400', async () => {
      const res = await post('{"text": "unterminated');
      expect(res.status).toBe(400);
      expect(res.body.statusCode).toBe(400);
    });

    it('binary bytes sent as JSON → 400', async () => {
      const res = await postBytes(randomBytes(4096));
      expect(res.status).toBe(400);
      expect(res.body.statusCode).toBe(400);
    });

    it('a body over the limit → 413', async () => {
      const res = await post({ text: 'x'.repeat(BODY_LIMIT + 1024) });
      expect(res.status).toBe(413);
      expect(res.body.statusCode).toBe(413);
    });

    it('left no half-written row behind', async () => {
      const { rows } = await stack.db.query(
        `SELECT a.id FROM articles a LEFT JOIN article_contents c ON c.article_id = a.id
          WHERE c.article_id IS NULL OR a.status NOT IN ('processed', 'failed')`,
      );
      expect(rows).toEqual([]);
    });
  });

  describe('query parameters out of range → 400 naming the parameter', () => {
    it.each([
      ['page=1e20', /^page must not be greater than 1000000/],
      ['page=0', /^page must not be less than 1/],
      ['page=abc', /^page must be/],
      ['limit=1e9', /^limit must not be greater than 100/],
      ['limit=-1', /^limit must not be less than 1/],
      ['status=exploded', /status must be one of/],
    ])('GET /articles?%s', async (query, message) => {
      const res = await apiAs(stack.url, 'reader').get(`/articles?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(message);
    });

    it('GET /articles/:id with an id that is no UUID', async () => {
      const res = await apiAs(stack.url, 'reader').get('/articles/..%2F..%2Fetc');
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/id must be a UUID/);
    });
  });
});
