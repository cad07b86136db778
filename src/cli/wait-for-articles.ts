import { MultiBar, Presets } from 'cli-progress';
import type { ApiClient } from './api-client';
import type { CliIo } from './command';

export interface ArticleOutcome {
  id: string;
  status: 'processed' | 'failed';
  error: string | null;
}

const POLL_MS = 500;
const BATCH = 10;

/**
 * Polls GET /articles/:id until each article is processed or failed, drawing queued / processed /
 * failed bars on a terminal (plain counts otherwise). Gives up after `timeoutMs`.
 */
export async function waitForArticles(
  client: ApiClient,
  ids: string[],
  io: CliIo,
  timeoutMs: number,
): Promise<Map<string, ArticleOutcome>> {
  const done = new Map<string, ArticleOutcome>();
  const bars = io.interactive
    ? new MultiBar(
        { format: ' {name} |{bar}| {value}/{total}', hideCursor: true },
        Presets.shades_classic,
      )
    : null;
  const counts = {
    queued: bars?.create(ids.length, ids.length, { name: 'queued   ' }),
    processed: bars?.create(ids.length, 0, { name: 'processed' }),
    failed: bars?.create(ids.length, 0, { name: 'failed   ' }),
  };
  const deadline = Date.now() + timeoutMs;
  let reported = -1;
  try {
    while (done.size < ids.length) {
      if (Date.now() > deadline)
        throw new Error(
          `gave up waiting after ${Math.round(timeoutMs / 1000)} s: ${ids.length - done.size} article(s) still queued`,
        );
      const pending = ids.filter((id) => !done.has(id));
      for (let i = 0; i < pending.length; i += BATCH) {
        const docs = await Promise.all(
          pending
            .slice(i, i + BATCH)
            .map((id) =>
              client.get<{ id: string; status: string; error: string | null }>(`/articles/${id}`),
            ),
        );
        for (const doc of docs)
          if (doc.status === 'processed' || doc.status === 'failed')
            done.set(doc.id, { id: doc.id, status: doc.status, error: doc.error });
      }
      const failed = [...done.values()].filter((o) => o.status === 'failed').length;
      counts.queued?.update(ids.length - done.size);
      counts.processed?.update(done.size - failed);
      counts.failed?.update(failed);
      if (!bars && done.size !== reported) {
        reported = done.size;
        io.err(
          `${ids.length - done.size} queued, ${done.size - failed} processed, ${failed} failed\n`,
        );
      }
      if (done.size < ids.length) await new Promise((r) => setTimeout(r, POLL_MS));
    }
  } finally {
    bars?.stop();
  }
  return done;
}
