// Renders discrepancies as a plain-text table a reviewer can read in a terminal.

export interface DiscrepancyEvidence {
  quote: string;
  /** The whole sentence around the quote, when the source text is stored. */
  sentence?: string | null;
  attribution: string[];
  asOf: string | null;
  source:
    | {
        kind: 'article';
        title?: string | null;
        site?: string | null;
        author?: string | null;
        url?: string | null;
      }
    | {
        kind: 'post';
        platform?: string;
        handle?: string | null;
        authorName?: string | null;
        url?: string | null;
      };
}

export interface DiscrepancyRow {
  story: string;
  metric: string;
  subject: string;
  location: string | null;
  kind: string;
  status: string;
  severity: number;
  explanation?: string;
  /** The two values the flag leads with. */
  pair?: DiscrepancyValueRow[] | null;
  /** Grouped by origin, each origin's figures in time order. */
  values: DiscrepancyValueRow[];
}

export interface DiscrepancyValueRow {
  value: number;
  low: number | null;
  high: number | null;
  originLabel?: string | null;
  superseded?: boolean;
  claims: DiscrepancyEvidence[];
}

function sourceLabel(e: DiscrepancyEvidence): string {
  const via = (chain: string[]) => (chain.length ? ` via ${chain.join(' > ')}` : '');
  if (e.source.kind === 'post') {
    const { handle, authorName } = e.source;
    const who = handle ? `@${handle}` : (authorName ?? 'a post');
    // a post's author heads its attribution chain; the label already names them
    const chain = e.attribution.filter((a) => a !== authorName && a.replace(/^@/, '') !== handle);
    return `${e.source.platform ?? 'post'} ${who}${via(chain)}`;
  }
  const { site, title, author, url } = e.source;
  const where =
    site ?? title ?? (url ? hostOf(url) : null) ?? (author ? `by ${author}` : 'untitled');
  return `article (${where})${via(e.attribution)}`;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

const figure = (v: DiscrepancyValueRow) =>
  `${v.value}${v.originLabel ? ` (${v.originLabel})` : ''}`;

export function renderDiscrepancyTable(rows: DiscrepancyRow[]): string {
  if (!rows.length) return 'No discrepancies flagged.\n';
  const lines: string[] = [];
  for (const d of rows) {
    const place = d.location ? `in ${d.location}` : 'story-wide';
    lines.push(
      `${d.kind.toUpperCase()}  ${d.metric} / ${d.subject}  ${place}   [${d.status}, severity ${d.severity.toFixed(2)}, story ${d.story}]`,
    );
    if (d.explanation) lines.push(`  ${d.explanation}`);
    if (d.pair?.length === 2) lines.push(`  pair: ${figure(d.pair[0])}  vs  ${figure(d.pair[1])}`);
    for (const v of d.values) {
      const note = v.superseded ? ', superseded' : '';
      lines.push(
        `  ${String(v.value).padStart(8)}  ${v.originLabel ?? ''} — ${v.claims.length} claim(s)${note}`,
      );
      for (const c of v.claims) {
        lines.push(
          `            - ${sourceLabel(c)}${c.asOf ? `, as of ${c.asOf.slice(0, 10)}` : ''}: "${clip(c.quote, 90)}"`,
        );
        if (c.sentence) lines.push(`              ${clip(c.sentence, 160)}`);
      }
    }
    lines.push('');
  }
  return lines.join('\n');
}
