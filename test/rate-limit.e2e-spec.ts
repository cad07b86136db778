import { spawn } from 'node:child_process';
import { join } from 'node:path';
import request from 'supertest';
import {
  apiAs,
  startStack,
  stopProcess,
  useFreshStack,
  waitFor,
  type Stack,
} from './helpers/stack';
import { TEST_DATABASE_URL, TEST_REDIS_URL } from './helpers/test-env';

// One request budget per client, kept in Redis and so shared by every API instance; security
// headers on every answer; CORS only for the origins configured.

describe('rate limit shared by API instances, security headers, CORS when configured', () => {
  let stack: Stack;
  let second: ReturnType<typeof spawn>;
  let secondUrl = '';
  const prefix = `ppt-rate-${process.pid}-${Date.now()}`;

  beforeAll(async () => {
    const env = {
      QUEUE_PREFIX: prefix,
      RATE_LIMIT_MAX: '6',
      RATE_LIMIT_WINDOW_MS: '60000',
      CORS_ORIGINS: 'https://desk.example.org',
    };
    stack = await startStack(env);
    const port = 20000 + Math.floor(Math.random() * 20000);
    secondUrl = `http://127.0.0.1:${port}`;
    second = spawn(process.execPath, [join(__dirname, '..', 'dist', 'main.js')], {
      env: {
        ...process.env,
        ...env,
        DATABASE_URL: TEST_DATABASE_URL,
        REDIS_URL: TEST_REDIS_URL,
        PORT: String(port),
      },
      stdio: 'ignore',
    });
    await waitFor(async () => (await fetch(`${secondUrl}/health`)).ok, 'the second API');
  });
  afterAll(async () => {
    if (second) await stopProcess(second);
    await stack?.stop();
  });

  it('counts requests to both instances against one budget, then answers 429 with Retry-After', async () => {
    const key = `Bearer ${stack.keys.reader}`;
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const url = i % 2 ? secondUrl : stack.url;
      statuses.push((await request(url).get('/vocabulary').set('Authorization', key)).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);
    for (const url of [stack.url, secondUrl]) {
      const res = await request(url).get('/vocabulary').set('Authorization', key);
      expect(res.status).toBe(429);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(res.headers['content-type']).toMatch(/application\/json/);
      expect(res.body.message).toMatch(/too many requests/);
    }
    expect((await request(stack.url).get('/health')).status).toBe(200);
  });

  it('does not let a client buy a fresh budget with a forged X-Forwarded-For', async () => {
    const res = await request(stack.url)
      .get('/vocabulary')
      .set('Authorization', `Bearer ${stack.keys.reader}`)
      .set('X-Forwarded-For', '203.0.113.77');
    expect(res.status).toBe(429);
  });

  it('counts the admin sign-in and queue board against the same budget', async () => {
    const signIn = await request(stack.url)
      .post('/admin/session')
      .type('form')
      .send({ key: 'ppt_guess' });
    expect(signIn.status).toBe(429);
    expect(Number(signIn.headers['retry-after'])).toBeGreaterThan(0);
    const board = await request(stack.url)
      .get('/admin/queues')
      .set('Authorization', `Bearer ${stack.keys.admin}`);
    expect(board.status).toBe(429);
  });

  it('sends security headers and allows only the configured origin', async () => {
    const res = await request(stack.url).get('/health').set('Origin', 'https://desk.example.org');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['access-control-allow-origin']).toBe('https://desk.example.org');
    const other = await request(stack.url).get('/health').set('Origin', 'https://evil.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('without CORS_ORIGINS', () => {
  const stack = useFreshStack();

  it('answers no cross-origin request with CORS headers', async () => {
    const res = await apiAs(stack().url)
      .options('/articles')
      .set('Origin', 'https://desk.example.org')
      .set('Access-Control-Request-Method', 'POST');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const get = await apiAs(stack().url)
      .get('/vocabulary')
      .set('Origin', 'https://desk.example.org');
    expect(get.status).toBe(200);
    expect(get.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('behind a trusted proxy (TRUST_PROXY)', () => {
  const stack = useFreshStack({ TRUST_PROXY: 'loopback', RATE_LIMIT_MAX: '3' });

  it('gives each forwarded client its own budget', async () => {
    const as = (client: string) =>
      apiAs(stack().url).get('/vocabulary').set('X-Forwarded-For', client);
    const first: number[] = [];
    for (let i = 0; i < 4; i++) first.push((await as('203.0.113.1')).status);
    expect(first).toEqual([200, 200, 200, 429]);
    expect((await as('203.0.113.2')).status).toBe(200);
  });
});
