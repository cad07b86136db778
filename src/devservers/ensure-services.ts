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

/** A service that neither answers nor can be started here, and how to get it. */
export interface MissingService {
  name: 'PostgreSQL' | 'Redis';
  address: string;
  /** The Debian package that provides it. */
  aptPackage: string;
  /** Its service in docker-compose.yml. */
  composeService: string;
}

/** One line naming every missing service and both ways to get them. */
export function missingServicesMessage(missing: MissingService[]): string {
  const where = missing.map((m) => `${m.name} does not answer on ${m.address}`).join(' and ');
  const [neither, it] =
    missing.length > 1 ? ['neither is installed', 'them'] : ['it is not installed', 'it'];
  const packages = missing.map((m) => m.aptPackage).join(' ');
  const services = missing.map((m) => m.composeService).join(' ');
  return `${where}, and ${neither}: install ${it} (apt-get install -y ${packages}) or run \`docker compose up -d ${services}\`, then try again`;
}

function hostPort(url: string, defaultPort: number): { host: string; port: number } {
  const parsed = new URL(url);
  return { host: parsed.hostname || '127.0.0.1', port: Number(parsed.port || defaultPort) };
}

/**
 * The configured URLs when they answer; otherwise throwaway servers in their place. Both are
 * checked before anything starts, so a machine missing one gets the whole answer at once and
 * nothing is started in vain.
 */
export async function ensureServices(
  databaseUrl: string,
  redisUrl: string,
  say: (line: string) => void,
): Promise<Services> {
  const pg = hostPort(databaseUrl, 5432);
  const redis = hostPort(redisUrl, 6379);
  const pgDown = !(await answers(pg.host, pg.port));
  const redisDown = !(await answers(redis.host, redis.port));
  const missing: MissingService[] = [];
  if (pgDown && !findPostgresBin())
    missing.push({
      name: 'PostgreSQL',
      address: `${pg.host}:${pg.port}`,
      aptPackage: 'postgresql',
      composeService: 'postgres',
    });
  if (redisDown && !findRedisServer())
    missing.push({
      name: 'Redis',
      address: `${redis.host}:${redis.port}`,
      aptPackage: 'redis-server',
      composeService: 'redis',
    });
  if (missing.length) throw new MissingServiceError(missingServicesMessage(missing));
  const started: ThrowawayServer[] = [];
  const result = { databaseUrl, redisUrl, started };
  try {
    if (pgDown) {
      say(`PostgreSQL does not answer on ${pg.host}:${pg.port}: starting a throwaway one…`);
      const server = await startThrowawayPostgres();
      started.push(server);
      result.databaseUrl = `${server.url}/provenance`;
    }
    if (redisDown) {
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
