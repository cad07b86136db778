import {
  API_OPTIONS_HELP,
  apiClient,
  oneOf,
  parseCommandArgs,
  type CliCommand,
  type CliIo,
} from './command';
import { toCsv } from './csv';
import { renderDiscrepancyTable, type DiscrepancyRow } from './discrepancy-table';
import { fetchAll } from './fetch-all';

const FORMATS = ['table', 'csv', 'json'] as const;

type ReportRow = DiscrepancyRow & { id: string; pair?: { value: number }[] | null };

/** One CSV row per discrepancy: its pair (or all values) and explanation. */
function reportCsv(rows: ReportRow[]): string {
  return toCsv(
    [
      'id',
      'story',
      'metric',
      'subject',
      'location',
      'kind',
      'status',
      'severity',
      'pair',
      'values',
      'explanation',
    ],
    rows.map((d) => [
      d.id,
      d.story,
      d.metric,
      d.subject,
      d.location,
      d.kind,
      d.status,
      d.severity,
      (d.pair ?? []).map((v) => v.value).join(' vs '),
      d.values.map((v) => v.value).join(' | '),
      d.explanation ?? '',
    ]),
  );
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    story: { type: 'string' },
    status: { type: 'string', default: 'open' },
    format: { type: 'string', default: 'table' },
  });
  if (values.help) return (io.out(reportCommand.help + '\n'), 0);
  if (positionals.length) throw new Error(`report takes no arguments, got "${positionals[0]}"`);
  const format = oneOf('--format', values.format, FORMATS);
  const status = values.status === 'all' ? undefined : values.status;
  const rows = await fetchAll<ReportRow>(apiClient(values), '/discrepancies', {
    story: values.story,
    status,
    sort: 'severity',
  });
  if (format === 'json') io.out(JSON.stringify(rows, null, 2) + '\n');
  else if (format === 'csv') io.out(reportCsv(rows));
  else io.out(renderDiscrepancyTable(rows));
  return 0;
}

export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'print flagged discrepancies, most severe first',
  help: `usage: npm run cli -- report [--story S] [--status open|confirmed|dismissed|resolved|all] [--format table|csv|json]
  --story S          only story S (key or id)
  --status X         only discrepancies with this status (default open)
  --format F         table (default), csv (one row per discrepancy) or json (the API's items)
${API_OPTIONS_HELP}`,
  run,
};
