// The API and worker as child processes of a script (the demo, the chaos harness), with their
// output kept for the failure message.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const DIST = join(__dirname, '..');

/** Everything the launched processes printed, most recent last (bounded). */
export class ProcessLog {
  private static readonly KEEP = 200_000;
  private text = '';
  /** How many characters have been trimmed off the front: offsets stay absolute. */
  private dropped = 0;
  append(chunk: string): void {
    this.text += chunk;
    const excess = this.text.length - ProcessLog.KEEP;
    if (excess > 0) {
      this.text = this.text.slice(excess);
      this.dropped += excess;
    }
  }
  toString(): string {
    return this.text;
  }
  /** A position to search from later: output printed after this call. */
  mark(): number {
    return this.dropped + this.text.length;
  }
  /**
   * Whether `needle` was printed after `mark`. Counting lines would not do: the trimmed front
   * takes old lines with it, so a count can fall while new lines arrive.
   */
  seenSince(mark: number, needle: string): boolean {
    return this.text.indexOf(needle, Math.max(0, mark - this.dropped)) >= 0;
  }
}

/** Starts dist/<script> (main.js, worker.js) with `env`; the parent's exit takes it down too. */
export function launchApp(script: string, env: NodeJS.ProcessEnv, log: ProcessLog): ChildProcess {
  const child = spawn(process.execPath, [join(DIST, script)], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => log.append(d.toString()));
  child.stderr?.on('data', (d: Buffer) => log.append(d.toString()));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.removeListener('exit', killOnExit));
  return child;
}

export function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

/** Sends `signal` and waits for the exit; SIGTERM becomes SIGKILL after 20 s. */
export async function stopApp(
  child: ChildProcess,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<void> {
  if (!isRunning(child)) return;
  await new Promise<void>((resolve) => {
    const escalate = setTimeout(() => child.kill('SIGKILL'), 20000);
    child.once('exit', () => {
      clearTimeout(escalate);
      resolve();
    });
    child.kill(signal);
  });
}

/** Polls `probe` until it gives a value (not undefined), or fails after `timeoutMs`. */
export async function waitUntil<T>(
  probe: () => Promise<T | undefined>,
  what: string,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
