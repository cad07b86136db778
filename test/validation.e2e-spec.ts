import request from 'supertest';
import { apiAs, useFreshStack } from './helpers/stack';

// Input the API must refuse clearly (400 naming the field, 413, JSON always, never a 500), and
// the OpenAPI document that must describe every route as it really answers.

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: { type?: string; minimum?: number; maximum?: number; enum?: string[] };
}
interface Operation {
  summary?: string;
  parameters?: Parameter[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
  security?: unknown[];
}
type Document = { paths: Record<string, Record<string, Operation>> };

describe('request validation and the OpenAPI document', () => {
  const stack = useFreshStack();
  let doc: Document;
  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ method, path, op })),
    );

  beforeAll(async () => {
    const res = await request(stack().url).get('/docs/openapi.json');
    expect(res.status).toBe(200);
    doc = res.body as Document;
  });

  it('documents every route with a summary, a success status and the errors it shares', () => {
    const gaps: string[] = [];
    for (const { method, path, op } of operations()) {
      const statuses = Object.keys(op.responses);
      const where = `${method.toUpperCase()} ${path}`;
      if (!op.summary) gaps.push(`${where}: no summary`);
      if (!statuses.some((s) => /^2\d\d$/.test(s))) gaps.push(`${where}: no success status`);
      if (!statuses.includes('429')) gaps.push(`${where}: no 429`);
      if (
        path !== '/health' &&
        !(statuses.includes('401') && statuses.includes('403') && op.security)
      )
        gaps.push(`${where}: no bearer key with 401/403`);
      if ((op.parameters?.length || op.requestBody) && !statuses.includes('400'))
        gaps.push(`${where}: takes input but documents no 400`);
    }
    expect(gaps).toEqual([]);
  });

  it('documents the real statuses, bodies and parameters of the routes users call most', () => {
    const submit = doc.paths['/articles'].post;
    expect(Object.keys(submit.responses)).toEqual(
      expect.arrayContaining(['202', '200', '400', '413']),
    );
    expect(submit.responses['201']).toBeUndefined();
    expect(JSON.stringify(submit.requestBody)).toMatch(/SubmitArticleDto/);
    const review = doc.paths['/discrepancies/{id}'].patch;
    expect(Object.keys(review.responses)).toEqual(
      expect.arrayContaining(['200', '400', '404', '409']),
    );
    expect(JSON.stringify(review.requestBody)).toMatch(/ReviewDecisionDto/);
    const names = (path: string) =>
      (doc.paths[path].get.parameters ?? []).map((p) => p.name).sort();
    expect(names('/articles')).toEqual(['limit', 'page', 'status', 'story']);
    expect(names('/discrepancies')).toEqual([
      'kind',
      'limit',
      'metric',
      'minSeverity',
      'page',
      'sort',
      'status',
      'story',
    ]);
    expect(names('/claims/history')).toEqual(['location', 'metric', 'story', 'subject']);
    const limit = doc.paths['/discrepancies'].get.parameters!.find((p) => p.name === 'limit');
    expect(limit?.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 100 });
    expect(doc.paths['/health'].get.security).toBeUndefined();
  });

  it('answers every out-of-range, malformed, repeated or unknown query parameter with 400 naming it', async () => {
    const failures: string[] = [];
    for (const { method, path, op } of operations()) {
      if (method !== 'get' || path.includes('{')) continue;
      const query = (op.parameters ?? []).filter((p) => p.in === 'query');
      if (!query.length) continue;
      const cases: [string, string][] = [['unknownParam=1', 'unknownParam']];
      for (const p of query) {
        if (p.schema?.type === 'integer' || p.schema?.type === 'number')
          for (const bad of ['1e20', '-1', 'abc', '2.5', '', 'Infinity'])
            if (!(p.schema.type === 'number' && bad === '2.5'))
              cases.push([`${p.name}=${bad}`, p.name]);
        if (p.schema?.enum) cases.push([`${p.name}=not-a-word`, p.name]);
        cases.push([`${p.name}=1&${p.name}=2`, p.name]);
      }
      for (const [q, field] of cases) {
        const res = await apiAs(stack().url).get(`${path}?${q}`);
        const message = String(res.body?.message ?? '');
        if (res.status !== 400 || !message.includes(field))
          failures.push(`GET ${path}?${q}: ${res.status} ${message}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it.each([
    [{ text: 'x', colour: 'red' }, /property colour should not exist/],
    [{ text: 42 }, /text must be a string/],
    [{ text: '   ' }, /text is empty/],
    [{ url: 'file:///etc/passwd' }, /url must be http or https/],
    [{ url: 'not a url' }, /url must be http or https/],
    [{ text: 'x', publishedAt: 'yesterday-ish' }, /publishedAt is not a date/],
    [{ text: 'x', story: { $ne: 1 } }, /story must be a string/],
    [{}, /one of url, html or text is required/],
    [{ html: '<p>a</p>', text: 'a' }, /either html or text/],
  ])('POST /articles %j → 400 naming the field, nothing stored', async (body, message) => {
    const before = await stack().db.query('SELECT count(*)::int AS n FROM articles');
    const res = await apiAs(stack().url, 'submitter').post('/articles').send(body);
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(message);
    const after = await stack().db.query('SELECT count(*)::int AS n FROM articles');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it.each([
    ['malformed JSON', '{"text": "twelve', 400],
    ['a JSON array', '[1, 2]', 400],
    ['a JSON string', '"text"', 400],
    ['nothing', '', 400],
  ])('answers %s with a JSON %s', async (_, raw, status) => {
    const res = await apiAs(stack().url, 'submitter')
      .post('/articles')
      .set('Content-Type', 'application/json')
      .send(raw);
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.body.message).toEqual(expect.any(String));
  });

  it('answers a body over the limit with a JSON 413', async () => {
    const res = await apiAs(stack().url, 'submitter')
      .post('/articles')
      .send({ text: 'x'.repeat(70_000) }); // the test stack's limit is 64 KB
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.body.message).toMatch(/too large/i);
  });

  it('answers unknown routes and methods with JSON, not an HTML page', async () => {
    for (const res of [
      await apiAs(stack().url).get('/nowhere'),
      await apiAs(stack().url).delete('/articles'),
    ]) {
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/application\/json/);
    }
  });
});
