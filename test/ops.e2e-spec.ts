import { spawn } from 'node:child_process';
import { join } from 'node:path';
import request from 'supertest';
import { submit, waitForArticle } from './helpers/articles';
import { freePort } from '../src/devservers/throwaway-servers';
import { apiAs, startStack, stopProcess, waitFor, type Stack } from './helpers/stack';
import { TEST_DATABASE_URL } from './helpers/test-env';

// What an operator sees: /health (open, terminus's 200/503), /metrics (Prometheus text with the
// workers' counters), JSON logs with request and job ids and no keys, and the queue dashboard.
const tag = Math.random()
  .toString(36)
  .replace(/[^a-z]/g, '')
  .slice(0, 8);

const SCRAPE_TOKEN = `scrape-${tag}-0123456789abcdef`;

/** The value of a Prometheus sample line, or undefined. */
function sample(text: string, name: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.slice(name.length + 1));
}

describe('operations endpoints and logs', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ METRICS_PUBLISH_MS: '200', METRICS_TOKEN: SCRAPE_TOKEN });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('answers /health without a key: Postgres and Redis up', async () => {
    const res = await request(stack.url).get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'ok',
      info: { postgres: { status: 'up' }, redis: { status: 'up' } },
    });
  });

  it('answers /health with 503 naming Redis when Redis does not answer', async () => {
    const port = await freePort();
    const api = spawn(process.execPath, [join(__dirname, '..', 'dist', 'main.js')], {
      env: {
        ...process.env,
        DATABASE_URL: TEST_DATABASE_URL,
        REDIS_URL: 'redis://127.0.0.1:1',
        PORT: String(port),
        LOG_LEVEL: 'silent',
      },
      stdio: 'ignore',
    });
    try {
      const res = await waitFor(async () => {
        const r = await request(`http://127.0.0.1:${port}`).get('/health');
        return r.status === 503 ? r : undefined;
      }, 'a 503 from /health');
      expect(res.body).toMatchObject({
        status: 'error',
        error: { redis: { status: 'down' } },
        info: { postgres: { status: 'up' } },
      });
    } finally {
      await stopProcess(api);
    }
  });

  it("serves the workers' counters and the queue depth on /metrics, to a key holder", async () => {
    expect((await request(stack.url).get('/metrics')).status).toBe(401);
    const { id } = await submit(stack.url, {
      text: `Almaty\n\n12 police officers were killed in Almaty, the ministry said. Desk ${tag}.`,
      publishedAt: '2022-01-06',
    });
    expect((await waitForArticle(stack.url, id)).status).toBe('processed');
    const text = await waitFor(async () => {
      const res = await apiAs(stack.url, 'reader').get('/metrics');
      return (sample(res.text, 'ppt_ingest_articles_processed_total') ?? 0) >= 1
        ? res.text
        : undefined;
    }, 'the worker counters on /metrics');
    expect(sample(text, 'ppt_ingest_processing_seconds_count')).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(/^ppt_ingest_processing_seconds_bucket\{le="\+Inf"\} \d+/m);
    expect(sample(text, 'ppt_ingest_articles_failed_total')).toBe(0);
    expect(sample(text, 'ppt_ingest_queue_jobs{state="waiting"}')).toBe(0);
    expect(text).toContain('# TYPE ppt_ingest_processing_seconds histogram');
  });

  it('opens /metrics to the scrape token, which opens nothing else', async () => {
    const scrape = (token: string, path = '/metrics') =>
      request(stack.url).get(path).set('Authorization', `Bearer ${token}`);
    const res = await scrape(SCRAPE_TOKEN);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toContain('# TYPE ppt_ingest_queue_jobs gauge');
    expect((await scrape(`${SCRAPE_TOKEN}x`)).status).toBe(401);
    expect((await scrape(SCRAPE_TOKEN, '/stories')).status).toBe(401);
    expect((await scrape(stack.keys.reader)).status).toBe(200);
  });

  it('logs JSON lines with request ids and job ids, never the key', async () => {
    const res = await apiAs(stack.url, 'reader').get('/stories').set('x-request-id', `req-${tag}`);
    expect(res.headers['x-request-id']).toBe(`req-${tag}`);
    const { id } = await submit(stack.url, { text: `A quiet day in Almaty. Desk ${tag} again.` });
    await waitForArticle(stack.url, id);
    const lines = await waitFor(async () => {
      const json = stack
        .output()
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      const request = json.find((l) => (l.req as { id?: string } | undefined)?.id === `req-${tag}`);
      const job = json.find((l) => l.jobId === id);
      return request && job ? { request, job } : undefined;
    }, 'the request and job log lines');
    expect(lines.request).toMatchObject({ req: { headers: { authorization: '[redacted]' } } });
    expect(lines.job).toMatchObject({ msg: 'article processed' });
    for (const key of Object.values(stack.keys)) expect(stack.output()).not.toContain(key);
  });

  it('serves the queue dashboard to admins only', async () => {
    expect((await apiAs(stack.url, 'reader').get('/admin/queues')).status).toBe(403);
    const board = await apiAs(stack.url, 'admin').get('/admin/queues');
    expect(board.status).toBe(200);
    expect(board.text).toMatch(/bull/i);
    const queues = await apiAs(stack.url, 'admin').get('/admin/queues/api/queues');
    expect(JSON.stringify(queues.body)).toContain('ingest');
  });

  it("lets an admin's browser in with a cookie from the sign-in form, never with a key in the URL", async () => {
    const signIn = (key: string) =>
      request(stack.url).post('/admin/session').type('form').send({ key });
    const reader = await signIn(stack.keys.reader);
    expect(reader.status).toBe(403);
    expect(reader.headers['set-cookie']).toBeUndefined();
    const admin = await signIn(stack.keys.admin);
    expect(admin.status).toBe(303);
    expect(admin.headers.location).toBe('/admin/queues');
    const [cookie] = admin.headers['set-cookie'] as unknown as string[];
    expect(cookie.split('; ')).toEqual(
      expect.arrayContaining(['Path=/admin', 'HttpOnly', 'SameSite=Strict']),
    );
    const nameValue = cookie.split(';')[0];
    const queues = await request(stack.url)
      .get('/admin/queues/api/queues')
      .set('Cookie', nameValue);
    expect(queues.status).toBe(200);
    expect(JSON.stringify(queues.body)).toContain('ingest');
    const inUrl = await request(stack.url).get(`/admin/queues?key=${stack.keys.admin}`);
    expect(inUrl.status).toBe(401);
    const page = await request(stack.url).get('/admin/queues').set('Accept', 'text/html');
    expect(page.status).toBe(303);
    expect(page.headers.location).toBe('/admin/login');
    expect(stack.output()).not.toContain(stack.keys.admin);
  });
});
