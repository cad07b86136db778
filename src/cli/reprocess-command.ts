import {
  API_OPTIONS_HELP,
  apiClient,
  parseCommandArgs,
  UsageError,
  type CliCommand,
  type CliIo,
} from './command';
import { waitForArticles } from './wait-for-articles';

const WAIT_MS = 30 * 60 * 1000;

async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    story: { type: 'string' },
    all: { type: 'boolean' },
  });
  if (values.help) return (io.out(reprocessCommand.help + '\n'), 0);
  if (positionals.length)
    throw new UsageError(`reprocess takes no arguments, got "${positionals[0]}"`);
  if (!values.story === !values.all)
    throw new UsageError('reprocess needs exactly one of --story S or --all');
  const client = apiClient(values);
  const res = await client.request<{ ids?: string[]; message?: unknown }>(
    'POST',
    '/articles/reprocess',
    values.all ? { all: true } : { story: values.story },
  );
  if (res.status !== 202)
    throw new Error(
      `POST /articles/reprocess answered ${res.status}: ${[res.body?.message].flat().join('; ')}`,
    );
  const ids = res.body.ids ?? [];
  io.err(`${ids.length} article(s) queued again\n`);
  const outcomes = await waitForArticles(client, ids, io, WAIT_MS);
  const failed = [...outcomes.values()].filter((o) => o.status === 'failed');
  io.out(`${ids.length - failed.length} reprocessed, ${failed.length} failed\n`);
  for (const f of failed) io.out(`  failed: ${f.id}: ${f.error ?? 'failed'}\n`);
  return failed.length ? 1 : 0;
}

export const reprocessCommand: CliCommand = {
  name: 'reprocess',
  summary: 'run stored articles through the pipeline again (after an extractor upgrade)',
  help: `usage: npm run cli -- reprocess --story S | --all
  --story S          every article of story S (key or id)
  --all              every stored article
Re-extracts from the stored content (nothing is fetched again), posts' claims included;
discrepancies follow, and a changed value re-opens a reviewed one.
${API_OPTIONS_HELP}`,
  run,
};
