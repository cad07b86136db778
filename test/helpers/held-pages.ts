import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generatedArticle } from '../../src/chaos/generated-articles';

/**
 * A local site whose pages answer only when the test says so: a job fetching one stays in flight
 * (its worker can be killed, or told to stop, mid-job). /article/N serves generated article N.
 */
export interface HeldPages {
  url(index: number): string;
  /** How many requests each page has had. */
  requests(index: number): number;
  /** Answers the requests waiting now and every later one. */
  release(): void;
  close(): Promise<void>;
}

export async function startHeldPages(): Promise<HeldPages> {
  const counts = new Map<number, number>();
  const waiting: { index: number; res: ServerResponse }[] = [];
  let held = true;
  const answer = (index: number, res: ServerResponse) => {
    if (res.destroyed) return;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(generatedArticle(index));
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const index = Number(/^\/article\/(\d+)$/.exec(req.url ?? '')?.[1] ?? NaN);
    if (Number.isNaN(index)) {
      res.writeHead(404).end();
      return;
    }
    counts.set(index, (counts.get(index) ?? 0) + 1);
    if (held) waiting.push({ index, res });
    else answer(index, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (index) => `http://127.0.0.1:${port}/article/${index}`,
    requests: (index) => counts.get(index) ?? 0,
    release: () => {
      held = false;
      for (const { index, res } of waiting.splice(0)) answer(index, res);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const { res } of waiting.splice(0)) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
