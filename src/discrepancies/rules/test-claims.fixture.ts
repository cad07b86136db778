// Test helpers for the rule specs (hand-made claim sets; no corpus files are read).
import type { ComparableClaim, DiscrepancyFinding, PlaceRelation } from './comparable-claim';

let seq = 0;

/** A claim with sensible defaults: exact figure, whole area, one article, dated by day. */
export function claim(
  over: Partial<ComparableClaim> & Pick<ComparableClaim, 'metric' | 'subject' | 'value'>,
): ComparableClaim {
  seq += 1;
  const id = over.id ?? `c${String(seq).padStart(4, '0')}`;
  const articleId = over.articleId ?? `a-${id}`;
  return {
    id,
    low: over.value,
    high: over.value,
    location: null,
    asOf: '2022-01-06',
    asOfPrecision: 'day',
    originKey: over.originKey ?? `origin:${id}`,
    sourceKey: over.sourceKey ?? `article:${articleId}`,
    articleId,
    postId: null,
    ...over,
  } as ComparableClaim;
}

/** A small gazetteer: Almaty and Astana in Kazakhstan, Itaewon in Seoul in South Korea. */
const PARENT: Record<string, string> = {
  Almaty: 'Kazakhstan',
  Astana: 'Kazakhstan',
  Itaewon: 'Seoul',
  Seoul: 'South Korea',
};
export const places: PlaceRelation = {
  within(inner, outer) {
    for (let p: string | undefined = inner; p; p = PARENT[p]) if (p === outer) return true;
    return false;
  },
};

/** The evaluation scorer's judgement (../shared/tools/score.mjs scoreConflicts), restated for specs. */
export function scoreConflicts(
  gold: {
    conflicts: { metric: string; subject: string; values: number[] }[];
    acceptable: { metric: string; subject: string; values: number[] }[];
  },
  found: DiscrepancyFinding[],
): { precision: number; recall: number; unexpected: string[]; missed: string[] } {
  const key = (m: string, s: string, a: number, b: number) =>
    `${m}|${s}|${Math.min(a, b)}|${Math.max(a, b)}`;
  const must = new Set(
    gold.conflicts.map((c) => key(c.metric, c.subject, c.values[0], c.values[1])),
  );
  const allowed = new Set([
    ...must,
    ...gold.acceptable.map((c) => key(c.metric, c.subject, c.values[0], c.values[1])),
  ]);
  const covered = new Set<string>();
  let ok = 0;
  let flagged = 0;
  const unexpected: string[] = [];
  for (const d of found) {
    if (d.kind !== 'conflict') continue;
    flagged++;
    const values = [...new Set(d.values.map((v) => v.value))];
    const pairs: string[] = [];
    for (let i = 0; i < values.length; i++)
      for (let j = i + 1; j < values.length; j++)
        pairs.push(key(d.metric, d.subject, values[i], values[j]));
    pairs.forEach((k) => covered.add(k));
    if (pairs.some((k) => allowed.has(k))) ok++;
    else unexpected.push(`${d.metric}|${d.subject}|${values.join('/')}`);
  }
  const missed = [...must].filter((k) => !covered.has(k));
  return {
    precision: flagged ? ok / flagged : 1,
    recall: must.size ? (must.size - missed.length) / must.size : 1,
    unexpected,
    missed,
  };
}
