#!/usr/bin/env node
import type { CliCommand, CliIo } from './cli/command';
import { UsageError } from './cli/command';
import { exportCommand } from './cli/export-command';
import { extractCommand } from './cli/extract-command';
import { historyCommand } from './cli/history-command';
import { keysCommand } from './cli/keys-command';
import { reportCommand } from './cli/report-command';
import { reprocessCommand } from './cli/reprocess-command';
import { submitCommand } from './cli/submit-command';

const COMMANDS: CliCommand[] = [
  extractCommand,
  submitCommand,
  reportCommand,
  historyCommand,
  exportCommand,
  reprocessCommand,
  keysCommand,
];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'usage: npm run cli -- <command> [options]   (npm run cli -- <command> --help for its options)',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
  ].join('\n');
}

async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage() + '\n');
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new UsageError(`unknown command "${name}"\n${usage()}`);
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError)
      throw new UsageError(`${err.message} (npm run cli -- ${name} --help)`);
    throw err;
  }
}

const io: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  interactive: Boolean(process.stderr.isTTY),
};

// exitCode, not process.exit(): exiting at once would drop what stdout has not yet written to a
// pipe (all past the first 64 KB when the reader is slower than the extractor)
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`error: ${message}\n`);
    process.exitCode = err instanceof UsageError ? 2 : 1;
  },
);
