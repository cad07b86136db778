import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { extractArticle } from '../pipeline/extract-article';
import { UsageError, type CliCommand, type CliIo } from './command';

export interface ExtractOptions {
  url?: string;
  publishedAt?: string;
  files: string[];
}

/** `extract [--url U] [--published-at D] FILE…`: one JSON line per file, no database, no queue. */
export async function runExtract(
  options: ExtractOptions,
  write: (line: string) => void,
): Promise<void> {
  for (const file of options.files) {
    const content = await readFile(file, 'utf8');
    const format = /^\.html?$/i.test(extname(file)) ? 'html' : 'text';
    const { article, posts, claims } = extractArticle(
      {
        format,
        content,
        url: options.url ?? null,
        publishedAt: options.publishedAt ?? null,
      },
      file,
    );
    write(JSON.stringify({ file, article, posts, claims }));
  }
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgsOffline(argv);
  if (values.help) return (io.out(extractCommand.help + '\n'), 0);
  if (!positionals.length) throw new UsageError('extract needs at least one FILE');
  await runExtract(
    { url: values.url, publishedAt: values['published-at'], files: positionals },
    (line) => io.out(line + '\n'),
  );
  return 0;
}

/** extract runs offline: no --api or --key. */
function parseArgsOffline(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        url: { type: 'string' },
        'published-at': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0]);
  }
}

export const extractCommand: CliCommand = {
  name: 'extract',
  summary: 'run the pipeline on local files (no database, no queue), one JSON line per file',
  help: `usage: npm run cli -- extract [--url U] [--published-at D] FILE…
  FILE               .html/.htm is read as HTML, anything else as plain text
  --url U            the page the files came from
  --published-at D   publication date (ISO) for text without one
Prints {file, article, posts, claims} per file (DESIGN.md §6: the scorer reads this).`,
  run,
};
