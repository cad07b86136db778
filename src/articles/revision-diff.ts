// PURE: what changed between two revisions of one article, figure by figure, and the order of
// revisions. No Nest, TypeORM or Redis here.

export interface RevisionFigure {
  metric: string;
  subject: string;
  location: string | null;
  value: number;
  low: number | null;
  high: number | null;
  quote: string;
}

export interface FigureChange {
  /** metric|subject|location: the quantity the figure is about. */
  key: string;
  metric: string;
  subject: string;
  location: string | null;
  change: 'added' | 'removed' | 'changed';
  /** The figures before (empty when added) and after (empty when removed), lowest first. */
  before: { value: number; low: number | null; high: number | null; quote: string }[];
  after: { value: number; low: number | null; high: number | null; quote: string }[];
}

export const figureKey = (f: Pick<RevisionFigure, 'metric' | 'subject' | 'location'>): string =>
  `${f.metric}|${f.subject}|${f.location ?? ''}`;

const figureSignature = (fs: RevisionFigure[]): string =>
  JSON.stringify(
    fs
      .map((f) => [f.value, f.low, f.high])
      .sort(
        (a, b) =>
          (a[0] as number) - (b[0] as number) ||
          (a[1] ?? -1) - (b[1] ?? -1) ||
          (a[2] ?? Infinity) - (b[2] ?? Infinity),
      ),
  );

const byValue = (fs: RevisionFigure[]) =>
  [...fs]
    .sort((a, b) => a.value - b.value)
    .map((f) => ({ value: f.value, low: f.low, high: f.high, quote: f.quote }));

/**
 * The figures of `after` compared with those of `before`, keyed by metric+subject+location: a
 * quantity only after is `added`, only before `removed`, in both with different figures (value or
 * interval) `changed`. The same figures reworded are no change. Sorted by key.
 */
export function diffRevisions(before: RevisionFigure[], after: RevisionFigure[]): FigureChange[] {
  const group = (fs: RevisionFigure[]) => {
    const m = new Map<string, RevisionFigure[]>();
    for (const f of fs) m.set(figureKey(f), [...(m.get(figureKey(f)) ?? []), f]);
    return m;
  };
  const a = group(before);
  const b = group(after);
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
  const changes: FigureChange[] = [];
  for (const key of keys) {
    const was = a.get(key) ?? [];
    const now = b.get(key) ?? [];
    const sample = now[0] ?? was[0];
    const change = !was.length
      ? 'added'
      : !now.length
        ? 'removed'
        : figureSignature(was) !== figureSignature(now)
          ? 'changed'
          : null;
    if (!change) continue;
    changes.push({
      key,
      metric: sample.metric,
      subject: sample.subject,
      location: sample.location,
      change,
      before: byValue(was),
      after: byValue(now),
    });
  }
  return changes;
}

export interface RevisionStamp {
  id: string;
  /** The page's own modified / published dates (ISO), if it gave them. */
  modifiedAt: string | null;
  publishedAt: string | null;
  /** When it was submitted to the tracker. */
  submittedAt: Date | string;
}

const instant = (iso: string | null): number => {
  if (!iso) return NaN;
  return Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
};

/**
 * Oldest revision first. The page's own date (modified, else published) decides when both revisions
 * give one and they differ; otherwise the order they were submitted in (a page re-fetched later is
 * the newer revision).
 */
export function compareRevisions(a: RevisionStamp, b: RevisionStamp): number {
  const da = instant(a.modifiedAt ?? a.publishedAt);
  const db = instant(b.modifiedAt ?? b.publishedAt);
  if (!Number.isNaN(da) && !Number.isNaN(db) && da !== db) return da - db;
  const sa = new Date(a.submittedAt).getTime();
  const sb = new Date(b.submittedAt).getTime();
  if (sa !== sb) return sa - sb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The ids of the latest revision of each URL, among the given articles (articles without a URL are their own). */
export function latestRevisions<T extends RevisionStamp & { url: string | null }>(
  articles: T[],
): Set<string> {
  const latest = new Map<string, T>();
  for (const a of articles) {
    const key = a.url ?? `id:${a.id}`;
    const current = latest.get(key);
    if (!current || compareRevisions(current, a) < 0) latest.set(key, a);
  }
  return new Set([...latest.values()].map((a) => a.id));
}
