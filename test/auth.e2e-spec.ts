import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import request from 'supertest';
import { ROLES, type Role } from '../src/auth/roles';
import { apiAs, createKey, useFreshStack } from './helpers/stack';
import { TEST_DATABASE_URL } from './helpers/test-env';

// Who may do what: every route the API documents, plus what is mounted under /admin outside
// Nest, walked with no key, a bad key, a revoked key and a key of each role.

type Needs = Role | 'public';
interface Route {
  method: string;
  path: string;
}

/** Routes whose role is not the default (GET: reader, anything else: submitter). */
const NOT_DEFAULT: Record<string, Needs> = {
  'GET /health': 'public',
  'PATCH /discrepancies/{id}': 'reviewer',
  'POST /discrepancies/{id}/values/{claimId}/dismiss': 'reviewer',
  'POST /stories/{id}/merge': 'reviewer',
  'POST /articles/reprocess': 'admin',
};
/** Mounted on Express directly (not in the OpenAPI document), admin only. */
const OUTSIDE_NEST: Route[] = [{ method: 'GET', path: '/admin/queues' }];

const SOME_UUID = '00000000-0000-4000-8000-000000000000';

function needs(route: Route): Needs {
  if (route.path.startsWith('/admin')) return 'admin';
  return (
    NOT_DEFAULT[`${route.method} ${route.path}`] ??
    (route.method === 'GET' ? 'reader' : 'submitter')
  );
}

function call(url: string, route: Route, authorization?: string) {
  const path = route.path.replace(/\{[^}]+\}/g, SOME_UUID);
  const req = request(url)[route.method.toLowerCase() as 'get'](path);
  if (authorization) req.set('Authorization', authorization);
  // An empty body: the cells check who gets past the door, never change data.
  return route.method === 'GET' ? req : req.send({});
}

function cli(...args: string[]): string {
  return execFileSync(process.execPath, [join(__dirname, '..', 'dist', 'cli.js'), ...args], {
    env: { ...process.env, DATABASE_URL: TEST_DATABASE_URL },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** How long the API under test trusts a key it has verified (API_KEY_CACHE_MS). */
const KEY_CACHE_MS = 3000;

const sleepUntil = (time: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, time - Date.now())));

describe('API keys and roles', () => {
  const stack = useFreshStack({ API_KEY_CACHE_MS: String(KEY_CACHE_MS) });
  let routes: Route[] = [];
  let revokedKey = '';

  beforeAll(async () => {
    const doc = (await request(stack().url).get('/docs/openapi.json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    routes = [
      ...Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })),
      ),
      ...OUTSIDE_NEST,
    ];
    const revokedName = `revoked-${process.pid}-${Date.now()}`;
    revokedKey = await createKey(stack().db, revokedName, 'admin');
    await stack().db.query('UPDATE api_keys SET revoked_at = now() WHERE name = $1', [revokedName]);
  });

  it('documents the routes it walks', () => {
    const listed = routes.map((r) => `${r.method} ${r.path}`);
    for (const expected of [
      'POST /articles',
      'GET /articles/{id}',
      'PATCH /discrepancies/{id}',
      'GET /health',
    ])
      expect(listed).toContain(expected);
  });

  it('answers every route × caller with 401, 403 or lets the caller in', async () => {
    const cells: string[] = [];
    for (const route of routes) {
      const required = needs(route);
      const callers: [string, string | undefined, (status: number) => string][] = [
        ['no key', undefined, (s) => (required === 'public' ? ok(s) : is(s, 401))],
        [
          'bad key',
          'Bearer ppt_AAAAAAAA_' + 'A'.repeat(43),
          (s) => (required === 'public' ? ok(s) : is(s, 401)),
        ],
        [
          'not bearer',
          `Basic ${Buffer.from('a:b').toString('base64')}`,
          (s) => (required === 'public' ? ok(s) : is(s, 401)),
        ],
        [
          'revoked key',
          `Bearer ${revokedKey}`,
          (s) => (required === 'public' ? ok(s) : is(s, 401)),
        ],
        ...ROLES.map((role): [string, string, (s: number) => string] => [
          role,
          `Bearer ${stack().keys[role]}`,
          (s) =>
            required === 'public' || ROLES.indexOf(role) >= ROLES.indexOf(required)
              ? ok(s)
              : is(s, 403),
        ]),
      ];
      for (const [who, authorization, verdict] of callers) {
        const res = await call(stack().url, route, authorization);
        const problem = verdict(res.status);
        if (problem)
          cells.push(
            `${route.method} ${route.path} as ${who}: ${problem} (${JSON.stringify(res.body)})`,
          );
      }
    }
    expect(cells).toEqual([]);
  });

  it('explains a refusal in JSON and asks for a bearer key', async () => {
    const missing = await request(stack().url).get('/articles');
    expect(missing.status).toBe(401);
    expect(missing.headers['www-authenticate']).toBe('Bearer');
    expect(missing.body.message).toMatch(/API key is required/);
    const revoked = await request(stack().url)
      .get('/articles')
      .set('Authorization', `Bearer ${revokedKey}`);
    expect(revoked.body.message).toMatch(/revoked/);
    const low = await apiAs(stack().url, 'submitter')
      .patch(`/discrepancies/${SOME_UUID}`)
      .send({ status: 'confirmed' });
    expect(low.status).toBe(403);
    expect(low.body.message).toMatch(/needs the reviewer role/);
  });

  it('makes, lists and revokes keys from the CLI; the key works until revoked', async () => {
    const name = `cli-${process.pid}-${Date.now()}`;
    const created = cli('keys', 'create', '--role', 'reader', '--name', name);
    const key = /key \(shown once[^:]*\): (\S+)/.exec(created)?.[1];
    expect(key).toMatch(/^ppt_/);
    expect(
      (await request(stack().url).get('/articles').set('Authorization', `Bearer ${key}`)).status,
    ).toBe(200);
    const lastAccepted = Date.now();
    const listed = cli('keys', 'list');
    expect(listed).toContain(name);
    expect(listed).not.toContain(key!.slice(13));
    const row = listed.split('\n').find((l) => l.includes(name))!;
    expect(row).toMatch(/reader/);
    expect(row).toMatch(/active/);
    expect(row).not.toMatch(/\s-\s/); // last used: a date now, no longer '-'
    cli('keys', 'revoke', name);
    expect(
      cli('keys', 'list')
        .split('\n')
        .find((l) => l.includes(name)),
    ).toMatch(/revoked/);
    await sleepUntil(lastAccepted + KEY_CACHE_MS);
    const after = await request(stack().url).get('/articles').set('Authorization', `Bearer ${key}`);
    expect(after.status).toBe(401);
    expect(() => cli('keys', 'create', '--role', 'overlord', '--name', `${name}-x`)).toThrow(
      /role must be one of/,
    );
  });
});

describe('API keys verified a moment ago', () => {
  const stack = useFreshStack({ API_KEY_CACHE_MS: String(KEY_CACHE_MS) });

  it('trusts a verified key for API_KEY_CACHE_MS without reading it again, then refuses it once revoked', async () => {
    const name = `cached-${process.pid}-${Date.now()}`;
    const key = await createKey(stack().db, name, 'reader');
    const get = () => request(stack().url).get('/articles').set('Authorization', `Bearer ${key}`);
    const firstSent = Date.now();
    expect((await get()).status).toBe(200);
    const verifiedBy = Date.now();
    await stack().db.query('UPDATE api_keys SET revoked_at = now() WHERE name = $1', [name]);
    const meanwhile = await get();
    // The key was verified after firstSent: an answer before firstSent + KEY_CACHE_MS came from the
    // process's memory (on a machine slow enough to take longer, there is nothing to tell).
    if (Date.now() < firstSent + KEY_CACHE_MS) expect(meanwhile.status).toBe(200);
    await sleepUntil(verifiedBy + KEY_CACHE_MS);
    const after = await get();
    expect(after.status).toBe(401);
    expect(after.body.message).toMatch(/revoked/);
  });
});

function ok(status: number): string {
  return status === 401 || status === 403 || status >= 500
    ? `expected to be let in, got ${status}`
    : '';
}

function is(status: number, expected: number): string {
  return status === expected ? '' : `expected ${expected}, got ${status}`;
}
