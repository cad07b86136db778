// The demo on a machine where PostgreSQL or Redis does not answer: start throwaway ones from the
// installed binaries on spare ports, or say in one line what to install instead.
import {
  answers,
  findPostgresBin,
  findRedisServer,
  startThrowawayPostgres,
  startThrowawayRedis,
  type ThrowawayServer,
} from './throwaway-servers';

export class MissingServiceError extends Error {}

export interface Services {
  databaseUrl: string;
  redisUrl: string;
  /** The throwaway servers started (to dispose of at the end). */
  started: ThrowawayServer[];
}

const INSTALL_HINT =
  'install postgresql and redis-server (e.g. apt-get install -y postgresql redis-server), or run `docker compose up -d postgres redis`';

function hostPort(url: string, defaultPort: number): { host: string; port: number } {
  const parsed = new URL(url);
  return { host: parsed.hostname || '127.0.0.1', port: Number(parsed.port || defaultPort) };
}

/** The configured URLs when they answer; otherwise throwaway servers in their place. */
export async function ensureServices(
  databaseUrl: string,
  redisUrl: string,
  say: (line: string) => void,
): Promise<Services> {
  const started: ThrowawayServer[] = [];
  const result = { databaseUrl, redisUrl, started };
  try {
    const pg = hostPort(databaseUrl, 5432);
    if (!(await answers(pg.host, pg.port))) {
      if (!findPostgresBin())
        throw new MissingServiceError(
          `PostgreSQL does not answer on ${pg.host}:${pg.port} and is not installed: ${INSTALL_HINT}`,
        );
      say(`PostgreSQL does not answer on ${pg.host}:${pg.port}: starting a throwaway one…`);
      const server = await startThrowawayPostgres();
      started.push(server);
      result.databaseUrl = `${server.url}/provenance`;
    }
    const redis = hostPort(redisUrl, 6379);
    if (!(await answers(redis.host, redis.port))) {
      if (!findRedisServer())
        throw new MissingServiceError(
          `Redis does not answer on ${redis.host}:${redis.port} and is not installed: ${INSTALL_HINT}`,
        );
      say(`Redis does not answer on ${redis.host}:${redis.port}: starting a throwaway one…`);
      const server = await startThrowawayRedis();
      started.push(server);
      result.redisUrl = server.url;
    }
    return result;
  } catch (err) {
    await Promise.all(started.map((s) => s.dispose()));
    throw err;
  }
}
