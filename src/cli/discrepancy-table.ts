// Renders discrepancies as a plain-text table a reviewer can read in a terminal.

export interface DiscrepancyEvidence {
  quote: string;
  attribution: string[];
  asOf: string | null;
  source: { kind: 'article'; title?: string | null; site?: string | null; url?: string | null } | { kind: 'post'; platform?: string; handle?: string | null; authorName?: string | null; url?: string | null };
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
  values: { value: number; low: number | null; high: number | null; claims: DiscrepancyEvidence[] }[];
}

function sourceLabel(e: DiscrepancyEvidence): string {
  const origin = e.attribution.length ? ` via ${e.attribution.join(' > ')}` : '';
  if (e.source.kind === 'post') {
    const who = e.source.handle ? `@${e.source.handle}` : e.source.authorName ?? 'a post';
    return `${e.source.platform ?? 'post'} ${who}${origin}`;
  }
  const where = e.source.site ?? e.source.title ?? (e.source.url ? new URL(e.source.url).hostname : 'article');
  return `article (${where})${origin}`;
}

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

export function renderDiscrepancyTable(rows: DiscrepancyRow[]): string {
  if (!rows.length) return 'No discrepancies flagged.\n';
  const lines: string[] = [];
  for (const d of rows) {
    const place = d.location ?? 'whole story area';
    lines.push(`${d.kind.toUpperCase()}  ${d.metric} / ${d.subject}  in ${place}   [${d.status}, severity ${d.severity.toFixed(2)}, story ${d.story}]`);
    if (d.explanation) lines.push(`  ${d.explanation}`);
    for (const v of [...d.values].sort((a, b) => a.value - b.value)) {
      lines.push(`  ${String(v.value).padStart(8)}  ${v.claims.length} claim(s)`);
      for (const c of v.claims) {
        lines.push(`            - ${sourceLabel(c)}${c.asOf ? `, as of ${c.asOf.slice(0, 10)}` : ''}: "${clip(c.quote, 90)}"`);
      }
    }
    lines.push('');
  }
  return lines.join('\n');
}
