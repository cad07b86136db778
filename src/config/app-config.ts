// The one place that reads the environment. Everything else receives an AppConfig.
import { ALL_ADDRESSES, parseRanges } from '../fetching/address-policy';

export interface AppConfig {
  databaseUrl: string;
  redisUrl: string;
  port: number;
  workerConcurrency: number;
  /** BullMQ key prefix, so two deployments (or the tests) can share one Redis. */
  queuePrefix: string;
  /** Tries per ingest job before the article is marked failed. */
  ingestAttempts: number;
  /** First retry delay; BullMQ doubles it on each further try. */
  ingestBackoffMs: number;
  fetchTimeoutMs: number;
  fetchMaxBytes: number;
  /** Redirects a fetch follows (each hop's address is checked). */
  fetchMaxRedirects: number;
  /**
   * Private or loopback ranges (CIDR) the fetcher may reach anyway: none in a deployment (with
   * any, a submitted URL can read services inside the network). Tests that serve pages on
   * 127.0.0.1 set FETCH_ALLOW_PRIVATE=true (every range) or a list of ranges.
   */
  fetchAllowedPrivateRanges: readonly string[];
  /** Largest JSON body the API accepts (html/text submissions). */
  maxBodyBytes: number;
  /** How often the worker re-enqueues articles left queued (e.g. while Redis was down). */
  reconcileIntervalMs: number;
  /**
   * How long a worker holds an article (its Postgres lease and its BullMQ job lock), renewed while
   * the job runs. Longer than any one synchronous stretch of extraction (timers cannot renew the
   * lock while it runs); a crashed worker's articles are taken up again about this long after.
   */
  jobLockMs: number;
  /** Requests one client (address) may make in a window, across every API instance. */
  rateLimitMax: number;
  rateLimitWindowMs: number;
  /**
   * How long the API trusts a key it has verified before reading it from Postgres again (0: every
   * request reads it). A key revoked with the CLI keeps working this long in an API process that had
   * just verified it.
   */
  apiKeyCacheMs: number;
  /**
   * Which proxies in front of the API to believe about the client's address (X-Forwarded-For),
   * as Express's `trust proxy`: false (none, the default: the socket's peer is the client), a
   * hop count, or addresses/CIDR ranges/`loopback`/`linklocal`/`uniquelocal`. Behind a proxy
   * without it, every client shares the proxy's rate-limit budget.
   */
  trustProxy: false | number | readonly string[];
  /** Origins a browser may call the API from; none (no CORS headers at all) unless configured. */
  corsOrigins: readonly string[];
  /** How often each worker publishes its counters to Redis, for the API's GET /metrics. */
  metricsPublishMs: number;
  /**
   * A bearer token that opens GET /metrics and nothing else, for a Prometheus scraper (null: only
   * API keys open it). It is checked without Postgres, so metrics still answer while it is down.
   */
  metricsToken: string | null;
  /** pino level for the JSON logs of the API and the worker. */
  logLevel: LogLevel;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

/** A comma-separated list of http(s) origins ("https://desk.example.org"). */
function origins(env: Env, name: string): readonly string[] {
  const listed = (env[name] ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of listed) {
    const parsed = URL.canParse(origin) ? new URL(origin) : null;
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin)
      throw new ConfigError(
        `${name} must list origins like https://desk.example.org, got "${origin}"`,
      );
  }
  return listed;
}

/** "true" (every range), "false" or unset (none), or a comma-separated list of CIDR ranges. */
function allowedRanges(env: Env, name: string): readonly string[] {
  const raw = env[name]?.trim().toLowerCase() ?? '';
  if (raw === '' || raw === 'false') return [];
  if (raw === 'true') return ALL_ADDRESSES;
  const { ranges, invalid } = parseRanges(raw);
  if (invalid !== null)
    throw new ConfigError(
      `${name} must be true, false or a list of CIDR ranges (127.0.0.1/32,::1/128), got "${invalid}"`,
    );
  return ranges;
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** "false"/unset, a hop count ("1"), or a list of addresses, CIDR ranges and proxy-addr names. */
function trustProxy(env: Env): false | number | readonly string[] {
  const raw = env.TRUST_PROXY?.trim().toLowerCase() ?? '';
  if (raw === '' || raw === 'false' || raw === '0') return false;
  if (/^\d+$/.test(raw)) return integer(env, 'TRUST_PROXY', 0, 0, 32);
  const listed = raw
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const cidr = (p: string) => (p.includes('/') ? p : `${p}/${p.includes(':') ? 128 : 32}`);
  const invalid = listed.find((p) => !PROXY_NAMES.includes(p) && parseRanges(cidr(p)).invalid);
  if (invalid !== undefined)
    throw new ConfigError(
      `TRUST_PROXY must be false, a hop count or a list of addresses, CIDR ranges, loopback, linklocal or uniquelocal, got "${invalid}"`,
    );
  return listed;
}

function url(env: Env, name: string, fallback: string, protocols: string[]): string {
  const raw = env[name]?.trim() || fallback;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a valid URL: "${raw}"`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must use ${protocols.join(' or ')}, got "${parsed.protocol}"`);
  }
  return raw;
}

/**
 * Letters, digits, "_", "." and "-", optionally with one non-empty Redis Cluster hash tag such as
 * "{ppt}": BullMQ keys are "<prefix>:<queue>:…", and a queue's keys must share a cluster slot, which
 * the braced part decides.
 */
const QUEUE_PREFIX_RE = /^(?=.{1,64}$)[\w.-]*(?:\{[\w.-]+\}[\w.-]*)?$/;

function logLevel(env: Env): LogLevel {
  const raw = env.LOG_LEVEL?.trim() || 'info';
  if (!LOG_LEVELS.includes(raw as LogLevel))
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return raw as LogLevel;
}

/** Long enough not to be guessed, and free of spaces so that it fits in a bearer header. */
const MIN_METRICS_TOKEN = 24;

function metricsToken(env: Env): string | null {
  const raw = env.METRICS_TOKEN?.trim();
  if (!raw) return null;
  if (raw.length < MIN_METRICS_TOKEN || /\s/.test(raw))
    throw new ConfigError(
      `METRICS_TOKEN must be at least ${MIN_METRICS_TOKEN} characters without spaces (e.g. openssl rand -hex 24)`,
    );
  return raw;
}

export function loadConfig(env: Env = process.env): AppConfig {
  const queuePrefix = env.QUEUE_PREFIX?.trim() || 'ppt';
  if (!QUEUE_PREFIX_RE.test(queuePrefix)) {
    throw new ConfigError(
      `QUEUE_PREFIX may hold only letters, digits, "_", "." and "-", with at most one {hash tag} for Redis Cluster, got "${queuePrefix}"`,
    );
  }
  return {
    databaseUrl: url(env, 'DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/provenance', [
      'postgres:',
      'postgresql:',
    ]),
    redisUrl: url(env, 'REDIS_URL', 'redis://127.0.0.1:6379', ['redis:', 'rediss:']),
    port: integer(env, 'PORT', 3000, 0, 65535),
    workerConcurrency: integer(env, 'WORKER_CONCURRENCY', 4, 1, 256),
    queuePrefix,
    ingestAttempts: integer(env, 'INGEST_ATTEMPTS', 3, 1, 50),
    ingestBackoffMs: integer(env, 'INGEST_BACKOFF_MS', 2000, 0, 3_600_000),
    fetchTimeoutMs: integer(env, 'FETCH_TIMEOUT_MS', 15000, 100, 600_000),
    fetchMaxBytes: integer(env, 'FETCH_MAX_BYTES', 5 * 1024 * 1024, 1024, 512 * 1024 * 1024),
    fetchMaxRedirects: integer(env, 'FETCH_MAX_REDIRECTS', 5, 0, 20),
    fetchAllowedPrivateRanges: allowedRanges(env, 'FETCH_ALLOW_PRIVATE'),
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 5 * 1024 * 1024, 1024, 512 * 1024 * 1024),
    reconcileIntervalMs: integer(env, 'RECONCILE_INTERVAL_MS', 30000, 100, 86_400_000),
    jobLockMs: integer(env, 'JOB_LOCK_MS', 60000, 1000, 3_600_000),
    rateLimitMax: integer(env, 'RATE_LIMIT_MAX', 6000, 1, 100_000_000),
    rateLimitWindowMs: integer(env, 'RATE_LIMIT_WINDOW_MS', 60_000, 1000, 86_400_000),
    apiKeyCacheMs: integer(env, 'API_KEY_CACHE_MS', 5000, 0, 60_000),
    trustProxy: trustProxy(env),
    corsOrigins: origins(env, 'CORS_ORIGINS'),
    metricsPublishMs: integer(env, 'METRICS_PUBLISH_MS', 5000, 100, 3_600_000),
    metricsToken: metricsToken(env),
    logLevel: logLevel(env),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** What the CLI needs to reach the API; flags (--api, --key) win over these. */
export interface CliConfig {
  apiUrl: string;
  apiKey: string | null;
}

export function loadCliConfig(env: Env = process.env): CliConfig {
  return {
    apiUrl: url(env, 'PPT_API_URL', 'http://127.0.0.1:3000', ['http:', 'https:']),
    apiKey: env.PPT_API_KEY?.trim() || null,
  };
}
