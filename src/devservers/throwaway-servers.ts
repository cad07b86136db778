// Private, disposable PostgreSQL and Redis servers started from the installed binaries, on spare
// ports, in a temporary directory: for the demo on a machine where none answer, and for the chaos
// harness, which must stop and kill its servers without disturbing anyone else's.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A server process that can be stopped, restarted and killed, always on the same port. */
export interface ThrowawayServer {
  readonly name: string;
  readonly port: number;
  /** A connection URL for clients. */
  readonly url: string;
  readonly running: boolean;
  /** Starts it (again) and resolves once it accepts connections. */
  start(): Promise<void>;
  /** A clean shutdown. */
  stop(): Promise<void>;
  /** SIGKILL, as a crash. */
  kill(): Promise<void>;
  /** Stops it and removes its files. */
  dispose(): Promise<void>;
}

export class ThrowawayServerError extends Error {}

const READY_TIMEOUT_MS = 60000;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no free port')),
      );
    });
  });
}

/** Whether something accepts TCP connections on host:port within `timeoutMs`. */
export function answers(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.connect(port, host, () => done(true));
  });
}

/** The newest installed PostgreSQL's bin directory (Debian layout, then PATH), or null. */
export function findPostgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length) return join(root, versions[0], 'bin');
  }
  const initdb = which('initdb');
  return initdb ? join(initdb, '..') : null;
}

export function findRedisServer(): string | null {
  return which('redis-server');
}

function which(command: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(':'))
    if (dir && existsSync(join(dir, command))) return join(dir, command);
  return null;
}

/**
 * PostgreSQL refuses to run as root: then the server runs as the `postgres` user (or `nobody`),
 * which must own its data directory.
 */
function serverUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  for (const user of ['postgres', 'nobody']) {
    try {
      const uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
      return { uid, gid };
    } catch {
      // no such user: try the next
    }
  }
  throw new ThrowawayServerError(
    'running as root with no postgres or nobody user to run PostgreSQL as',
  );
}

interface ProcessSpec {
  name: string;
  port: number;
  url: string;
  command: string;
  args: string[];
  user: { uid: number; gid: number } | null;
  ready: () => Promise<boolean>;
  dir: string;
}

/**
 * Ctrl-C or a SIGTERM must not leave servers behind: turn them into an ordinary exit, which runs
 * the exit hooks below.
 */
function exitOnSignals(): void {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    if (!process.listenerCount(signal)) process.once(signal, () => process.exit(code));
  }
}

/** Runs one server process; the process exit hook kills it and removes its files if need be. */
class ManagedServer implements ThrowawayServer {
  private child: ChildProcess | null = null;
  private output = '';
  private readonly cleanUpOnExit = () => {
    this.child?.kill('SIGKILL');
    rmSync(this.spec.dir, { recursive: true, force: true });
  };

  constructor(private readonly spec: ProcessSpec) {
    process.once('exit', this.cleanUpOnExit);
    exitOnSignals();
  }

  get name(): string {
    return this.spec.name;
  }
  get port(): number {
    return this.spec.port;
  }
  get url(): string {
    return this.spec.url;
  }
  get running(): boolean {
    return this.child !== null;
  }

  async start(): Promise<void> {
    if (this.child) return;
    const { command, args, user } = this.spec;
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...(user ?? {}) });
    this.child = child;
    const keep = (d: Buffer) => (this.output = (this.output + d.toString()).slice(-4000));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.once('exit', () => {
      if (this.child === child) this.child = null;
    });
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (!(await this.spec.ready().catch(() => false))) {
      if (!this.child || Date.now() > deadline) {
        await this.kill();
        throw new ThrowawayServerError(`${this.spec.name} did not start:\n${this.output}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  stop(): Promise<void> {
    return this.signal('SIGINT');
  }

  kill(): Promise<void> {
    return this.signal('SIGKILL');
  }

  async dispose(): Promise<void> {
    await this.stop();
    process.removeListener('exit', this.cleanUpOnExit);
    rmSync(this.spec.dir, { recursive: true, force: true });
  }

  /** SIGINT is a fast, clean shutdown for both PostgreSQL and Redis; SIGKILL follows after 20 s. */
  private async signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child) return;
    await new Promise<void>((resolve) => {
      const escalate = setTimeout(() => child.kill('SIGKILL'), 20000);
      child.once('exit', () => {
        clearTimeout(escalate);
        resolve();
      });
      child.kill(signal);
    });
  }
}

/** A private PostgreSQL cluster (trust auth, user postgres) on a spare port, started. */
export async function startThrowawayPostgres(): Promise<ThrowawayServer> {
  const bin = findPostgresBin();
  if (!bin) throw new ThrowawayServerError('PostgreSQL is not installed (no initdb found)');
  const user = serverUser();
  const dir = mkdtempSync(join(tmpdir(), 'ppt-postgres-'));
  if (user) chownSync(dir, user.uid, user.gid);
  const data = join(dir, 'data');
  execFileSync(
    join(bin, 'initdb'),
    ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8'],
    { stdio: 'pipe', ...(user ?? {}) },
  );
  const port = await freePort();
  const server = new ManagedServer({
    name: 'PostgreSQL',
    port,
    url: `postgres://postgres@127.0.0.1:${port}`,
    command: join(bin, 'postgres'),
    args: [
      ...['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1'],
      ...['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
    ],
    user,
    ready: () => postgresReady(bin, port),
    dir,
  });
  await server.start();
  return server;
}

async function postgresReady(bin: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = spawn(join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port), '-q']);
    probe.once('error', () => resolve(false));
    probe.once('exit', (code) => resolve(code === 0));
  });
}

/** A private Redis with no persistence on a spare port, started. A restart starts it empty. */
export async function startThrowawayRedis(): Promise<ThrowawayServer> {
  const redisServer = findRedisServer();
  if (!redisServer)
    throw new ThrowawayServerError('Redis is not installed (no redis-server found)');
  const dir = mkdtempSync(join(tmpdir(), 'ppt-redis-'));
  const port = await freePort();
  const server = new ManagedServer({
    name: 'Redis',
    port,
    url: `redis://127.0.0.1:${port}`,
    command: redisServer,
    args: [
      ...['--port', String(port), '--bind', '127.0.0.1', '--dir', dir],
      ...['--save', '', '--appendonly', 'no', '--daemonize', 'no'],
    ],
    user: null,
    ready: () => answers('127.0.0.1', port, 500),
    dir,
  });
  await server.start();
  return server;
}
