import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = join(__dirname, '..', 'dist', 'cli.js');

/**
 * Runs the built CLI as `cli extract … | slow-reader` would: stdout is a real pipe (a shell
 * pipeline) whose reader starts late, so the CLI fills the pipe's 64 KB and must wait for it.
 */
function runThroughSlowPipe(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'sh',
      ['-c', '"$0" "$@" | { sleep 3; cat; }', process.execPath, CLI, ...args],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

describe('cli extract through a pipe', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cli-extract-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes every line of an output far over 64 KB before it exits', async () => {
    const sentence = (i: number) =>
      `In Almaty ${i + 10} people were killed and ${i + 200} injured on Jan ${(i % 28) + 1}, police said.`;
    const files = Array.from({ length: 40 }, (_, f) => {
      const file = join(dir, `report-${f}.txt`);
      writeFileSync(file, Array.from({ length: 8 }, (_, i) => sentence(i + f)).join('\n\n'));
      return file;
    });
    const stdout = await runThroughSlowPipe(['extract', ...files]);
    expect(Buffer.byteLength(stdout)).toBeGreaterThan(128 * 1024);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { file: string }).file)).toEqual(files);
  });
});
