import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('gives safe local defaults', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/provenance');
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.port).toBe(3000);
    expect(config.queuePrefix).toBe('ppt');
    expect(config.fetchAllowedPrivateRanges).toEqual([]);
    expect(config.fetchMaxRedirects).toBe(5);
  });

  it('allows private fetch addresses only when FETCH_ALLOW_PRIVATE says so', () => {
    const allowed = (value: string) =>
      loadConfig({ FETCH_ALLOW_PRIVATE: value }).fetchAllowedPrivateRanges;
    expect(allowed('true')).toEqual(['0.0.0.0/0', '::/0']);
    expect(allowed('false')).toEqual([]);
    expect(allowed('127.0.0.1/32, ::1/128')).toEqual(['127.0.0.1/32', '::1/128']);
  });

  it('opens /metrics to a scrape token only when METRICS_TOKEN is long enough to be a secret', () => {
    expect(loadConfig({}).metricsToken).toBeNull();
    const token = 'a3f1c9e07b5d42e8a6c1f0b9d3e7a2c4';
    expect(loadConfig({ METRICS_TOKEN: ` ${token} ` }).metricsToken).toBe(token);
    expect(() => loadConfig({ METRICS_TOKEN: 'prometheus' })).toThrow(ConfigError);
    expect(() => loadConfig({ METRICS_TOKEN: `${token} x` })).toThrow(/without spaces/);
  });

  it('trusts a verified API key for 5 s unless API_KEY_CACHE_MS says otherwise (0: never)', () => {
    expect(loadConfig({}).apiKeyCacheMs).toBe(5000);
    expect(loadConfig({ API_KEY_CACHE_MS: '0' }).apiKeyCacheMs).toBe(0);
    expect(() => loadConfig({ API_KEY_CACHE_MS: '3600000' })).toThrow(/API_KEY_CACHE_MS/);
  });

  it('believes no proxy unless TRUST_PROXY names one', () => {
    const trusted = (value?: string) => loadConfig({ TRUST_PROXY: value }).trustProxy;
    expect(trusted()).toBe(false);
    expect(trusted('false')).toBe(false);
    expect(trusted('1')).toBe(1);
    expect(trusted('loopback, 10.0.0.0/8, 192.168.1.7, ::1')).toEqual([
      'loopback',
      '10.0.0.0/8',
      '192.168.1.7',
      '::1',
    ]);
    expect(() => trusted('everyone')).toThrow(/TRUST_PROXY/);
    expect(() => trusted('10.0.0.0/99')).toThrow(/TRUST_PROXY/);
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

  it.each(['{ppt}', 'staging-{ppt}', '{ppt}.eu'])(
    'takes the Redis Cluster hash-tagged queue prefix %s as it is',
    (prefix) => {
      expect(loadConfig({ QUEUE_PREFIX: prefix }).queuePrefix).toBe(prefix);
    },
  );

  it.each([
    [{ PORT: 'abc' }, /PORT must be an integer/],
    [{ PORT: '70000' }, /PORT must be an integer between 0 and 65535/],
    [{ WORKER_CONCURRENCY: '0' }, /WORKER_CONCURRENCY/],
    [{ JOB_LOCK_MS: '10' }, /JOB_LOCK_MS must be an integer between 1000/],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL is not a valid URL/],
    [{ DATABASE_URL: 'mysql://x/y' }, /DATABASE_URL must use postgres/],
    [{ REDIS_URL: 'http://x' }, /REDIS_URL must use redis/],
    [{ QUEUE_PREFIX: 'a b' }, /QUEUE_PREFIX/],
    [{ FETCH_ALLOW_PRIVATE: 'yes' }, /FETCH_ALLOW_PRIVATE must be true, false or a list/],
    [{ FETCH_ALLOW_PRIVATE: '127.0.0.1/99' }, /FETCH_ALLOW_PRIVATE must be true, false or/],
    [{ QUEUE_PREFIX: '{}' }, /QUEUE_PREFIX/],
    [{ QUEUE_PREFIX: '{a}{b}' }, /QUEUE_PREFIX/],
    [{ QUEUE_PREFIX: '{ppt' }, /QUEUE_PREFIX/],
  ])('fails fast on %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
