// The API and worker as child processes of a script (the demo, the chaos harness), with their
// output kept for the failure message.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const DIST = join(__dirname, '..');

/** Everything the launched processes printed, most recent last (bounded). */
export class ProcessLog {
  private text = '';
  append(chunk: string): void {
    this.text = (this.text + chunk).slice(-200_000);
  }
  toString(): string {
    return this.text;
  }
  count(needle: string): number {
    return this.text.split(needle).length - 1;
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
