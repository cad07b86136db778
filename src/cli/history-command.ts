import { plot } from 'asciichart';
import type { ApiClient } from './api-client';
import {
  API_OPTIONS_HELP,
  apiClient,
  parseCommandArgs,
  UsageError,
  type CliCommand,
  type CliIo,
} from './command';
import { fetchAll } from './fetch-all';

interface HistoryClaim {
  value: number;
  low: number | null;
  high: number | null;
  asOf: string | null;
  quote: string;
  attribution: string[];
  originKey: string;
  superseded: boolean;
  article: { title: string | null; site: string | null; publishedAt: string | null } | null;
  post: { platform: string; handle: string | null; postedAt: string | null } | null;
}

interface History {
  story: string;
  metric: string;
  subject: string;
  location: string | null;
  claims: HistoryClaim[];
  envelope: { low: number; high: number } | null;
  conservative: { value: number } | null;
}

const CHART_HEIGHT = 8;

function source(c: HistoryClaim): string {
  if (c.post) return `${c.post.platform} @${c.post.handle ?? '?'}`;
  return c.article?.site ?? c.article?.title ?? 'article';
}

/**
 * When a figure was first seen: its source's own date (the post's time, else the article's date),
 * as on the review page's chart; the asOf a sentence names ("on Wednesday") only when the source
 * has no date.
 */
export function firstSeen(c: HistoryClaim): string | null {
  return c.post?.postedAt ?? c.article?.publishedAt ?? c.asOf;
}

const day = (iso: string | null): string => (iso ?? 'no date').slice(0, 10).padEnd(10);

/** The figures in the order they were first seen, as a small terminal chart, then one line each. */
export function renderHistory(h: History): string {
  const place = h.location ? `in ${h.location}` : 'story-wide';
  const lines = [
    `${h.metric} / ${h.subject} ${place}, story ${h.story}: ${h.claims.length} value(s)`,
  ];
  if (!h.claims.length) return lines.join('\n') + '\n';
  // undated last; sort is stable, so equal dates keep the API's order
  const time = (c: HistoryClaim) => Date.parse(firstSeen(c) ?? '') || Infinity;
  const claims = [...h.claims].sort((a, b) => time(a) - time(b));
  const values = claims.map((c) => c.value);
  // asciichart needs at least two points to draw a line
  lines.push(plot(values.length > 1 ? values : [values[0], values[0]], { height: CHART_HEIGHT }));
  lines.push(
    '  first seen  as of       value  interval        source                      attribution',
  );
  for (const c of claims) {
    const interval = `${c.low ?? 0}–${c.high ?? '∞'}`;
    const mark = c.superseded ? ' (superseded)' : '';
    lines.push(
      `  ${day(firstSeen(c))}  ${day(c.asOf)}  ${String(c.value).padStart(6)}  ${interval.padEnd(14)}  ${source(c).padEnd(26)}  ${c.attribution.join(' > ') || '-'}${mark}`,
    );
  }
  if (h.envelope) lines.push(`  envelope ${h.envelope.low}–${h.envelope.high}`);
  if (h.conservative) lines.push(`  conservative figure ${h.conservative.value}`);
  return lines.join('\n') + '\n';
}

/** The stories holding claims of this quantity, when no story is named. */
async function storiesWith(
  client: ApiClient,
  filters: Record<string, string | undefined>,
): Promise<string[]> {
  const claims = await fetchAll<{ story: string | null }>(client, '/claims', filters);
  return [...new Set(claims.map((c) => c.story).filter((s): s is string => !!s))];
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    metric: { type: 'string' },
    subject: { type: 'string' },
    location: { type: 'string' },
    story: { type: 'string' },
  });
  if (values.help) return (io.out(historyCommand.help + '\n'), 0);
  if (positionals.length)
    throw new UsageError(`history takes no arguments, got "${positionals[0]}"`);
  if (!values.metric || !values.subject)
    throw new UsageError('history needs --metric and --subject');
  const client = apiClient(values);
  const filters = { metric: values.metric, subject: values.subject, location: values.location };
  const stories = values.story ? [values.story] : await storiesWith(client, filters);
  if (!stories.length) {
    io.out(
      `No ${values.metric} / ${values.subject} claims${values.location ? ` in ${values.location}` : ''}.\n`,
    );
    return 0;
  }
  for (const story of stories) {
    const query = new URLSearchParams({ story, metric: values.metric, subject: values.subject });
    if (values.location) query.set('location', values.location);
    io.out(renderHistory(await client.get<History>(`/claims/history?${query.toString()}`)) + '\n');
  }
  return 0;
}

export const historyCommand: CliCommand = {
  name: 'history',
  summary: "one quantity's values over time, as a terminal chart and a table",
  help: `usage: npm run cli -- history --metric M --subject S [--location L] [--story S]
  --metric M         killed, injured, detained, … (GET /vocabulary lists them)
  --subject S        law_enforcement, civilians, people, …
  --location L       only this place and places inside it
  --story S          one story (key or id); else every story with such claims
${API_OPTIONS_HELP}`,
  run,
};
