import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generatedArticle } from '../../src/chaos/generated-articles';

/**
 * A local site whose pages answer only when the test says so: a job fetching one stays in flight
 * (its worker can be killed, or told to stop, mid-job). /article/N serves generated article N;
 * /missing/N answers 404, a failure no retry can mend.
 */
export interface HeldPages {
  url(index: number): string;
  missingUrl(index: number): string;
  /** How many requests each page has had. */
  requests(index: number): number;
  /** Answers the requests waiting now and every later one. */
  release(): void;
  close(): Promise<void>;
}

export async function startHeldPages(): Promise<HeldPages> {
  const counts = new Map<number, number>();
  const waiting: { path: string; res: ServerResponse }[] = [];
  let held = true;
  const answer = (path: string, res: ServerResponse) => {
    if (res.destroyed) return;
    const [, kind, index] = /^\/(article|missing)\/(\d+)$/.exec(path) ?? [];
    if (kind !== 'article') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('no such page');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(generatedArticle(Number(index)));
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '';
    const index = Number(/^\/(?:article|missing)\/(\d+)$/.exec(path)?.[1] ?? NaN);
    if (!Number.isNaN(index)) counts.set(index, (counts.get(index) ?? 0) + 1);
    if (held) waiting.push({ path, res });
    else answer(path, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (index) => `http://127.0.0.1:${port}/article/${index}`,
    missingUrl: (index) => `http://127.0.0.1:${port}/missing/${index}`,
    requests: (index) => counts.get(index) ?? 0,
    release: () => {
      held = false;
      for (const { path, res } of waiting.splice(0)) answer(path, res);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const { res } of waiting.splice(0)) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
