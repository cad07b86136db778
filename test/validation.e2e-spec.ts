import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { waitForArticle } from './helpers/articles';
import {
  type OpenApiDocument,
  responseSchema,
  type Schema,
  schemaGaps,
} from './helpers/openapi-schema';
import type { Role } from '../src/auth/roles';
import { apiAs, useFreshStack } from './helpers/stack';

const seed = readFileSync(join(__dirname, '..', 'seeds', '000_5d0714ddfb954547.txt'), 'utf8');

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
type Document = OpenApiDocument & { paths: Record<string, Record<string, Operation>> };

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

  it('documents a typed schema for the success status of every route', () => {
    const gaps: string[] = [];
    for (const { method, path, op } of operations()) {
      const success = Object.entries(op.responses).filter(([status]) => /^2\d\d$/.test(status));
      for (const [status, response] of success) {
        const content = (response as { content?: Record<string, { schema?: Schema }> }).content;
        const schema = content?.['application/json']?.schema ?? content?.['text/plain']?.schema;
        if (!schema?.$ref && !schema?.type)
          gaps.push(`${method.toUpperCase()} ${path} ${status}: no response schema`);
      }
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

describe('the answers and their documented schemas', () => {
  const stack = useFreshStack();
  let doc: Document;
  const gaps: string[] = [];

  /** Calls the route, expects `status`, and records where the body departs from its schema. */
  async function answers(
    method: 'get' | 'post' | 'patch',
    route: string,
    documented: string,
    status: number,
    body?: object,
    caller: Role | null = 'admin',
  ): Promise<Record<string, unknown>> {
    const call = (caller ? apiAs(stack().url, caller) : request(stack().url))[method](route);
    const res = await (body ? call.send(body) : call);
    const where = `${method.toUpperCase()} ${route}`;
    if (res.status !== status) gaps.push(`${where}: ${res.status}, expected ${status}`);
    const schema = responseSchema(doc, method, documented, status);
    if (!schema) gaps.push(`${where}: no schema documented for ${status}`);
    else gaps.push(...schemaGaps(doc, schema, res.body).map((gap) => `${where} ${gap}`));
    return res.body as Record<string, unknown>;
  }

  beforeAll(async () => {
    doc = (await request(stack().url).get('/docs/openapi.json')).body as Document;
  });

  it('finds a missing field, an undocumented one and a wrong type', () => {
    const article = { $ref: '#/components/schemas/ArticleSummaryDto' };
    expect(schemaGaps(doc, article, { id: 'x' })).toContainEqual(
      '$.submittedAt: documented as required, absent',
    );
    const summary = {
      id: 'x',
      status: 'queued',
      error: null,
      story: null,
      title: 7,
      site: null,
      url: null,
      publishedAt: null,
      submittedAt: 'now',
      colour: 'red',
    };
    expect(schemaGaps(doc, article, summary)).toEqual([
      '$.title: integer, documented as string',
      '$.colour: not documented',
    ]);
  });

  it('answers every route in the shape its schema documents, errors included', async () => {
    const created = await answers('post', '/articles', '/articles', 202, {
      text: seed,
      story: 'almaty',
    });
    const id = String(created.id);
    await answers('post', '/articles', '/articles', 200, { text: seed, story: 'elsewhere' });
    await waitForArticle(stack().url, id);
    const article = await answers('get', `/articles/${id}`, '/articles/{id}', 200);
    await answers('get', '/articles?status=processed', '/articles', 200);
    await answers('get', `/articles/${id}/revisions`, '/articles/{id}/revisions', 200);
    const postId = (article.posts as { id: string }[])[0].id;
    await answers('get', `/posts/${postId}`, '/posts/{id}', 200);
    await answers('get', '/claims?story=almaty', '/claims', 200);
    const history = '/claims/history?story=almaty&metric=killed&subject=law_enforcement';
    await answers('get', history, '/claims/history', 200);
    const flags = await answers('get', '/discrepancies?story=almaty', '/discrepancies', 200);
    const [first, second] = flags.items as { id: string; values: { claims: { id: string }[] }[] }[];
    await answers('get', `/discrepancies/${first.id}`, '/discrepancies/{id}', 200);
    await answers('patch', `/discrepancies/${first.id}`, '/discrepancies/{id}', 200, {
      status: 'confirmed',
      note: 'checked against the ministry',
    });
    const claimId = second.values[0].claims[0].id;
    const dismiss = `/discrepancies/${second.id}/values/${claimId}/dismiss`;
    await answers('post', dismiss, '/discrepancies/{id}/values/{claimId}/dismiss', 200, {
      note: 'a part, not a total',
    });
    for (const flag of [first, second])
      await answers('get', `/discrepancies/${flag.id}/events`, '/discrepancies/{id}/events', 200);
    await answers('get', '/stories', '/stories', 200);
    await answers('get', '/stories/almaty', '/stories/{id}', 200);
    await answers('get', '/vocabulary', '/vocabulary', 200);
    await answers('get', '/health', '/health', 200);
    await answers('patch', `/articles/${id}`, '/articles/{id}', 200, { story: 'almaty-2' });
    await answers('post', '/stories/almaty-2/merge', '/stories/{id}/merge', 200, {
      into: 'almaty',
    });
    await answers('post', '/articles/reprocess', '/articles/reprocess', 202, { story: 'almaty' });
    const nowhere = '00000000-0000-4000-8000-000000000000';
    await answers('get', `/articles/${nowhere}`, '/articles/{id}', 404);
    await answers('post', `/articles/${id}/fetch`, '/articles/{id}/fetch', 400);
    await answers('patch', `/discrepancies/${first.id}`, '/discrepancies/{id}', 409, {
      status: 'dismissed',
      note: 'seen',
      expected: 'open',
    });
    await answers('get', '/discrepancies?limit=1000', '/discrepancies', 400);
    await answers('get', '/stories', '/stories', 401, undefined, null);
    await answers(
      'post',
      '/articles/reprocess',
      '/articles/reprocess',
      403,
      { all: true },
      'reader',
    );
    expect(gaps).toEqual([]);
  });
});
