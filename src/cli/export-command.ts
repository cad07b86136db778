import { claimsCsv, claimsJsonLd, type ExportClaim, type ExportDiscrepancy } from './claim-export';
import {
  API_OPTIONS_HELP,
  apiClient,
  oneOf,
  parseCommandArgs,
  UsageError,
  type CliCommand,
  type CliIo,
} from './command';
import { fetchAll } from './fetch-all';

const FORMATS = ['csv', 'jsonld'] as const;

async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    story: { type: 'string' },
    format: { type: 'string', default: 'csv' },
  });
  if (values.help) return (io.out(exportCommand.help + '\n'), 0);
  if (positionals.length)
    throw new UsageError(`export takes no arguments, got "${positionals[0]}"`);
  if (!values.story) throw new UsageError('export needs --story');
  const format = oneOf('--format', values.format, FORMATS);
  const client = apiClient(values);
  await client.get(`/stories/${encodeURIComponent(values.story)}`);
  const [claims, discrepancies] = await Promise.all([
    fetchAll<ExportClaim>(client, '/claims', { story: values.story }),
    fetchAll<ExportDiscrepancy>(client, '/discrepancies', { story: values.story }),
  ]);
  if (format === 'csv') io.out(claimsCsv(claims, discrepancies));
  else io.out(JSON.stringify(claimsJsonLd(values.story, claims, discrepancies), null, 2) + '\n');
  return 0;
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: "a story's claims as CSV or JSON-LD (schema.org Claim / ClaimReview)",
  help: `usage: npm run cli -- export --story S [--format csv|jsonld]
  --story S          the story (key or id)
  --format F         csv (default): one row per claim (value, low, high, qualifier, subject,
                     location, source, attribution, asOf, discrepancy id, quote);
                     jsonld: schema.org Claim and ClaimReview nodes, with conflictsWith,
                     updates and sameOriginAs between claims
${API_OPTIONS_HELP}`,
  run,
};
