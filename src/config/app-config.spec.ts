import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('gives safe local defaults', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/provenance');
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.port).toBe(3000);
    expect(config.queuePrefix).toBe('ppt');
    expect(config.fetchAllowPrivateAddresses).toBe(false);
    expect(config.fetchMaxRedirects).toBe(5);
  });

  it('allows private fetch addresses only when FETCH_ALLOW_PRIVATE says so', () => {
    expect(loadConfig({ FETCH_ALLOW_PRIVATE: 'true' }).fetchAllowPrivateAddresses).toBe(true);
    expect(loadConfig({ FETCH_ALLOW_PRIVATE: 'false' }).fetchAllowPrivateAddresses).toBe(false);
  });

  it('reads the environment', () => {
    const config = loadConfig({
      PORT: '8080',
      WORKER_CONCURRENCY: '2',
      QUEUE_PREFIX: 'staging',
      REDIS_URL: 'redis://cache:6379',
    });
    expect(config).toMatchObject({
      port: 8080,
      workerConcurrency: 2,
      queuePrefix: 'staging',
      redisUrl: 'redis://cache:6379',
    });
  });

  it.each([
    [{ PORT: 'abc' }, /PORT must be an integer/],
    [{ PORT: '70000' }, /PORT must be an integer between 0 and 65535/],
    [{ WORKER_CONCURRENCY: '0' }, /WORKER_CONCURRENCY/],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL is not a valid URL/],
    [{ DATABASE_URL: 'mysql://x/y' }, /DATABASE_URL must use postgres/],
    [{ REDIS_URL: 'http://x' }, /REDIS_URL must use redis/],
    [{ QUEUE_PREFIX: 'a b' }, /QUEUE_PREFIX/],
    [{ FETCH_ALLOW_PRIVATE: 'yes please' }, /FETCH_ALLOW_PRIVATE must be true or false/],
  ])('fails fast on %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
