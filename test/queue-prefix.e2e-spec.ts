import IORedis from 'ioredis';
import { submit, waitForArticle } from './helpers/articles';
import { resetDatabase, startStack, type Stack } from './helpers/stack';
import { TEST_REDIS_URL } from './helpers/test-env';

// Redis Cluster keeps a queue's keys in one slot only when the prefix carries a hash tag; the
// service must run unchanged with one.
describe('a Redis Cluster hash-tagged QUEUE_PREFIX', () => {
  const prefix = `{ppt-test-${process.pid}}`;
  let stack: Stack;
  let redis: IORedis;

  beforeAll(async () => {
    stack = await startStack({ QUEUE_PREFIX: prefix });
    await resetDatabase(stack.db);
    redis = new IORedis(TEST_REDIS_URL);
  });

  afterAll(async () => {
    await stack?.stop();
    redis?.disconnect();
  });

  it('queues and ingests an article, its queue keys all under the braced prefix', async () => {
    const { id } = await submit(stack.url, {
      text: 'At least 12 people were killed in Almaty on Thursday, officials said.',
      story: 'hash-tagged-prefix',
    });
    const article = await waitForArticle(stack.url, id);
    expect(article.status).toBe('processed');
    const keys = await redis.keys(`${prefix}:ingest:*`);
    expect(keys.length).toBeGreaterThan(0);
  });
});
