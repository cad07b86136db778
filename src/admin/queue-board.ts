import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { IngestQueue } from '../ingestion/ingest-queue.service';

export const QUEUE_BOARD_PATH = '/admin/queues';

type BoardOptions = Parameters<typeof createBullBoard>[0];

/** Bull Board, the ingest queue's dashboard (jobs by state, retries, failures), at /admin/queues. */
export function mountQueueBoard(app: NestExpressApplication): void {
  const board = new ExpressAdapter();
  board.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({
    queues: [new BullMQAdapter(app.get(IngestQueue).bullQueue)],
    // @bull-board/express 9.10.1 nests its own @bull-board/api 9.10.1 beside our 9.10.2: the same
    // interface, declared twice, so TypeScript sees two types.
    serverAdapter: board as unknown as BoardOptions['serverAdapter'],
  });
  app.use(QUEUE_BOARD_PATH, board.getRouter());
}
