// Renders discrepancies as a plain-text table a reviewer can read in a terminal.

export interface DiscrepancyEvidence {
  quote: string;
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
  values: {
    value: number;
    low: number | null;
    high: number | null;
    claims: DiscrepancyEvidence[];
  }[];
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

export function renderDiscrepancyTable(rows: DiscrepancyRow[]): string {
  if (!rows.length) return 'No discrepancies flagged.\n';
  const lines: string[] = [];
  for (const d of rows) {
    const place = d.location ?? 'whole story area';
    lines.push(
      `${d.kind.toUpperCase()}  ${d.metric} / ${d.subject}  in ${place}   [${d.status}, severity ${d.severity.toFixed(2)}, story ${d.story}]`,
    );
    if (d.explanation) lines.push(`  ${d.explanation}`);
    for (const v of [...d.values].sort((a, b) => a.value - b.value)) {
      lines.push(`  ${String(v.value).padStart(8)}  ${v.claims.length} claim(s)`);
      for (const c of v.claims) {
        lines.push(
          `            - ${sourceLabel(c)}${c.asOf ? `, as of ${c.asOf.slice(0, 10)}` : ''}: "${clip(c.quote, 90)}"`,
        );
      }
    }
    lines.push('');
  }
  return lines.join('\n');
}
