#!/usr/bin/env node
import { runExtract } from './cli/extract-command';

const USAGE = `usage: npm run cli -- <command>
  extract [--url U] [--published-at D] FILE…   print {file, article, posts, claims} per file, one JSON line each`;

function takeOption(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value`);
  args.splice(i, 2);
  return value;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const args = [...rest];
  switch (command) {
    case 'extract': {
      const url = takeOption(args, '--url');
      const publishedAt = takeOption(args, '--published-at');
      const unknown = args.find((a) => a.startsWith('--'));
      if (unknown) throw new Error(`unknown option ${unknown}`);
      if (!args.length) throw new Error('extract needs at least one FILE');
      await runExtract({ url, publishedAt, files: args }, (line) =>
        process.stdout.write(line + '\n'),
      );
      return 0;
    }
    default:
      process.stderr.write(USAGE + '\n');
      return command ? 2 : 0;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
