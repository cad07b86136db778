#!/usr/bin/env node
import { runExtract } from './cli/extract-command';
import { runKeys, type KeysAction } from './cli/keys-command';
import { loadConfig } from './config/app-config';

const USAGE = `usage: npm run cli -- <command>
  extract [--url U] [--published-at D] FILE…   print {file, article, posts, claims} per file, one JSON line each
  keys create --role R --name N                 make an API key (reader, submitter, reviewer, admin); printed once
  keys list                                     the keys, their roles and when they were last used
  keys revoke ID|NAME                           stop a key from working`;

function takeOption(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value`);
  args.splice(i, 2);
  return value;
}

function keysAction(args: string[]): KeysAction {
  const [action, ...rest] = args;
  const options = [...rest];
  const done = (result: KeysAction): KeysAction => {
    if (options.length) throw new Error(`unexpected argument ${options[0]} for keys ${action}`);
    return result;
  };
  switch (action) {
    case 'create': {
      const role = takeOption(options, '--role');
      const name = takeOption(options, '--name');
      if (!role || !name) throw new Error('keys create needs --role R and --name N');
      return done({ action, role, name });
    }
    case 'list':
      return done({ action });
    case 'revoke': {
      const idOrName = options.shift();
      if (!idOrName) throw new Error('keys revoke needs the key id or name');
      return done({ action, idOrName });
    }
    default:
      throw new Error('keys needs one of: create, list, revoke');
  }
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
    case 'keys':
      await runKeys(loadConfig(), keysAction(args), (line) => process.stdout.write(line + '\n'));
      return 0;
    default:
      process.stderr.write(USAGE + '\n');
      return command ? 2 : 0;
  }
}

// exitCode, not process.exit(): exiting at once would drop what stdout has not yet written to a
// pipe (all past the first 64 KB when the reader is slower than the extractor)
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
