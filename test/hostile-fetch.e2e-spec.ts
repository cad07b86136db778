import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { type ArticleDoc, submit, waitForArticle } from './helpers/articles';
import { apiAs, type Stack, useFreshStack } from './helpers/stack';

// The "public" site is served on 127.0.0.3, the only range this stack may reach
// (FETCH_ALLOW_PRIVATE=127.0.0.3/32); the "internal" service on 127.0.0.1 must never be reached,
// whichever way its address is spelled or reached.
const PUBLIC_HOST = '127.0.0.3';
const MAX_BYTES = 1024 * 1024;
const SECRET = 'INTERNAL-SECRET-PAGE';

const page = (title: string, body: string) =>
  `<html><head><title>${title}</title></head><body><article><p>${body}</p></article></body></html>`;
const ARTICLE = page(
  'Public report',
  'AKTAU, Jan 5 - At least 9 protesters were killed in Aktau, police said.',
);

interface Site {
  origin: string;
  port: number;
  hits: (path: string) => number;
  close: () => Promise<void>;
}

async function serveOn(
  host: string,
  handle: (req: IncomingMessage, res: ServerResponse, origin: string) => void,
): Promise<Site> {
  const hits = new Map<string, number>();
  let origin = '';
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    hits.set(path, (hits.get(path) ?? 0) + 1);
    handle(req, res, origin);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://${host}:${port}`;
  return {
    origin,
    port,
    hits: (path) => hits.get(path) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function html(res: ServerResponse, body: string | Buffer, headers: Record<string, string> = {}) {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
  res.end(body);
}

function redirect(res: ServerResponse, location: string, status = 302) {
  res.writeHead(status, { location });
  res.end();
}

/** The public site: each path is one way a page can be hostile. */
function publicRoutes(internal: () => Site) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://public');
    const hop = /^\/hop\/(\d+)$/.exec(url.pathname);
    if (hop) {
      const n = Number(hop[1]);
      const end = Number(url.searchParams.get('end'));
      return n >= end ? html(res, ARTICLE) : redirect(res, `/hop/${n + 1}?end=${end}`);
    }
    const status = /^\/status\/(\d+)$/.exec(url.pathname);
    if (status) {
      res.writeHead(Number(status[1]), { 'content-type': 'text/html' });
      return res.end('<p>no</p>');
    }
    const route = ROUTES[url.pathname];
    if (route) return route(res, internal());
    res.writeHead(404);
    res.end();
  };
}

const ROUTES: Record<string, (res: ServerResponse, internal: Site) => void> = {
  '/article': (res) => html(res, ARTICLE),
  '/plain': (res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('AKTAU, Jan 5 - At least 9 protesters were killed in Aktau, police said.');
  },
  '/to-internal': (res, internal) => redirect(res, `${internal.origin}/secret`),
  '/to-localhost': (res, internal) =>
    redirect(res, `http://localhost:${internal.port}/secret`, 307),
  '/to-mapped': (res, internal) =>
    redirect(res, `http://[::ffff:127.0.0.1]:${internal.port}/secret`, 301),
  '/to-decimal': (res, internal) => redirect(res, `http://2130706433:${internal.port}/secret`, 308),
  '/to-ftp': (res) => redirect(res, 'ftp://example.com/file'),
  '/to-nowhere': (res) => {
    res.writeHead(302);
    res.end();
  },
  '/json': (res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"killed": 12}');
  },
  '/png': (res) => {
    res.writeHead(200, { 'content-type': 'image/png' });
    res.end(randomBytes(512));
  },
  '/no-type': (res) => {
    res.writeHead(200);
    res.end(ARTICLE);
  },
  '/bomb': (res) =>
    html(res, gzipSync(Buffer.alloc(10 * MAX_BYTES, 0x20)), { 'content-encoding': 'gzip' }),
  '/gzip-article': (res) => html(res, gzipSync(ARTICLE), { 'content-encoding': 'gzip' }),
  '/corrupt-gzip': (res) => html(res, randomBytes(4096), { 'content-encoding': 'gzip' }),
  '/odd-encoding': (res) => html(res, ARTICLE, { 'content-encoding': 'x-rot13' }),
  '/big': (res) => html(res, 'x'.repeat(2 * MAX_BYTES)),
  '/big-chunked': (res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = `<p>${'y'.repeat(64 * 1024)}</p>`;
    for (let i = 0; i < 40; i++) res.write(chunk);
    res.end();
  },
  '/latin1': (res) =>
    html(
      res,
      Buffer.from(page('Café in Aktau', 'At least 9 protesters were killed in Aktau.'), 'latin1'),
      {
        'content-type': 'text/html; charset=iso-8859-1',
      },
    ),
  '/binary': (res) => html(res, randomBytes(64 * 1024)),
  '/slow': (res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html><body>'); // and never ends: the fetch deadline must
  },
};

describe('fetching URLs: the worker never reaches inside the network', () => {
  const stackOf = useFreshStack({
    FETCH_ALLOW_PRIVATE: `${PUBLIC_HOST}/32`,
    FETCH_MAX_BYTES: String(MAX_BYTES),
    FETCH_TIMEOUT_MS: '2000',
  });
  let stack: Stack;
  let internal: Site;
  let site: Site;

  beforeAll(async () => {
    stack = stackOf();
    internal = await serveOn('127.0.0.1', (_req, res) =>
      html(res, page(SECRET, `${SECRET}: 999 people were killed in Almaty, police said.`)),
    );
    site = await serveOn(
      PUBLIC_HOST,
      publicRoutes(() => internal),
    );
  });
  afterAll(async () => {
    await site?.close();
    await internal?.close();
  });

  async function ingestUrl(url: string): Promise<ArticleDoc & { attempts: number }> {
    const { id } = await submit(stack.url, { url });
    const doc = await waitForArticle(stack.url, id);
    const { rows } = await stack.db.query('SELECT attempts FROM articles WHERE id = $1', [id]);
    return { ...doc, attempts: rows[0].attempts as number };
  }

  async function expectRefused(url: string, reason: RegExp): Promise<ArticleDoc> {
    const doc = await ingestUrl(url);
    expect(doc.status).toBe('failed');
    expect(doc.error).toMatch(reason);
    expect(doc.attempts).toBe(1); // a refusal is final: never retried
    expect(doc.claims).toEqual([]);
    expect(doc.article.title).toBeNull();
    return doc;
  }

  describe('every spelling of an internal address is refused', () => {
    it.each([
      ['127.0.0.1', (p: number) => `http://127.0.0.1:${p}/secret`, /127\.0\.0\.1 is a loopback/],
      ['localhost', (p: number) => `http://localhost:${p}/secret`, /localhost: .*loopback/],
      ['decimal 2130706433', (p: number) => `http://2130706433:${p}/secret`, /loopback/],
      ['hex 0x7f000001', (p: number) => `http://0x7f000001:${p}/secret`, /loopback/],
      ['octal 0177.0.0.1', (p: number) => `http://0177.0.0.1:${p}/secret`, /loopback/],
      ['short 127.1', (p: number) => `http://127.1:${p}/secret`, /loopback/],
      [
        'mapped [::ffff:127.0.0.1]',
        (p: number) => `http://[::ffff:127.0.0.1]:${p}/secret`,
        /loopback/,
      ],
      ['127.0.0.2', (p: number) => `http://127.0.0.2:${p}/secret`, /127\.0\.0\.2 is a loopback/],
      ['[::1]', (p: number) => `http://[::1]:${p}/secret`, /::1 is a loopback/],
      ['0.0.0.0', (p: number) => `http://0.0.0.0:${p}/secret`, /0\.0\.0\.0 is an unspecified/],
      ['link-local metadata', () => 'http://169.254.169.254/latest/meta-data/', /link-local/],
      ['private 10/8', () => 'http://10.0.0.1/admin', /private/],
      ['private 192.168/16', (p: number) => `https://192.168.1.1:${p}/`, /private/],
      ['unique-local IPv6', () => 'http://[fd00::1]/', /unique-local/],
    ])('%s', async (_name, urlFor, reason) => {
      await expectRefused(urlFor(internal.port), reason);
    });
  });

  describe('redirects', () => {
    it.each([
      ['302 to the internal address', '/to-internal', /refused .*loopback/],
      ['307 to localhost', '/to-localhost', /refused localhost: .*loopback/],
      ['301 to a mapped IPv6 loopback', '/to-mapped', /loopback/],
      ['308 to a decimal loopback', '/to-decimal', /loopback/],
      ['to ftp', '/to-ftp', /only http and https/],
      ['without a Location', '/to-nowhere', /redirect without a Location/],
      ['more than 5', '/hop/0?end=6', /more than 5 redirects/],
    ])('%s is refused', async (_name, path, reason) => {
      await expectRefused(`${site.origin}${path}`, reason);
    });

    it('follows up to 5 redirects', async () => {
      const doc = await ingestUrl(`${site.origin}/hop/0?end=5`);
      expect(doc.status).toBe('processed');
      expect(doc.article.title).toBe('Public report');
    });
  });

  describe('what a page may be', () => {
    it.each([
      ['JSON', '/json', /content type application\/json is not HTML or plain text/],
      ['an image', '/png', /content type image\/png/],
      ['without a content type', '/no-type', /content type none given/],
      ['a gzip bomb', '/bomb', /over the 1048576-byte limit/],
      ['over the limit, declared', '/big', /over the 1048576-byte limit/],
      ['over the limit, chunked', '/big-chunked', /over the 1048576-byte limit/],
      ['gzip that is corrupt', '/corrupt-gzip', /gzip body is corrupt/],
      ['in an unknown encoding', '/odd-encoding', /unknown content encoding x-rot13/],
    ])('%s is refused', async (_name, path, reason) => {
      await expectRefused(`${site.origin}${path}`, reason);
    });

    it.each([
      ['HTML', '/article', 'Public report'],
      ['gzip-compressed HTML', '/gzip-article', 'Public report'],
      ['Latin-1 HTML', '/latin1', 'Café in Aktau'],
    ])('%s is read', async (_name, path, title) => {
      const doc = await ingestUrl(`${site.origin}${path}`);
      expect(doc.status).toBe('processed');
      expect(doc.article.title).toBe(title);
      expect(doc.claims).toEqual([expect.objectContaining({ metric: 'killed', value: 9 })]);
    });

    it('plain text is read as text', async () => {
      const doc = await ingestUrl(`${site.origin}/plain`);
      expect(doc.status).toBe('processed');
      expect(doc.claims).toEqual([expect.objectContaining({ metric: 'killed', value: 9 })]);
    });

    it('random bytes served as HTML end processed, never stuck', async () => {
      const doc = await ingestUrl(`${site.origin}/binary`);
      expect(doc.status).toBe('processed');
      expect(doc.error).toBeNull();
    });
  });

  describe('only what may pass is retried', () => {
    it.each([
      ['404', 404, 1],
      ['410', 410, 1],
      ['403', 403, 1],
      ['429', 429, 2],
      ['503', 503, 2],
    ])('HTTP %s (status %i) is tried %i time(s)', async (_name, status, tries) => {
      const doc = await ingestUrl(`${site.origin}/status/${status}`);
      expect(doc.status).toBe('failed');
      expect(doc.error).toMatch(new RegExp(`HTTP ${status}`));
      expect(doc.attempts).toBe(tries); // INGEST_ATTEMPTS=2 in the test stack
      expect(site.hits(`/status/${status}`)).toBe(tries);
    });

    it('a page that never finishes times out and is retried', async () => {
      const doc = await ingestUrl(`${site.origin}/slow`);
      expect(doc.status).toBe('failed');
      expect(doc.error).toMatch(/timed out after 2000 ms/);
      expect(doc.attempts).toBe(2);
    });
  });

  it('the internal page was never requested, and nothing of it is readable through the API', async () => {
    expect(internal.hits('/secret')).toBe(0);
    const articles = await apiAs(stack.url, 'reader').get('/articles?limit=100');
    expect(articles.status).toBe(200);
    expect(JSON.stringify(articles.body)).not.toContain(SECRET);
    const claims = await apiAs(stack.url, 'reader').get('/claims');
    expect(claims.status).toBe(200);
    const items = (claims.body as { items: { value: number; quote: string }[] }).items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.filter((c) => c.value === 999 || c.quote.includes(SECRET))).toEqual([]);
  });
});
