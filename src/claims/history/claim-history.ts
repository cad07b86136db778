// PURE: one quantity's history (GET /claims/history). No Nest, TypeORM or Redis here.
//
// Input: every stored claim of one (story, metric, subject, place) with the independent origin it
// speaks for (the same originKey the discrepancy rules use: a post is one origin however many
// articles embed it; an outlet quoting "the interior ministry" speaks for the ministry).
// Output: the claims in time order, each distinct figure with the time it was first seen, the
// interval envelope over all of them, and a conservative figure.

export interface HistoryClaimInput {
  id: string;
  value: number;
  /** Interval the wording asserts; null where unbounded. */
  low: number | null;
  high: number | null;
  /** ISO date or datetime the figure is stated for (null: unknown). */
  asOf: string | null;
  /** When the tracker stored it (ISO): orders claims with the same or no asOf. */
  recordedAt: string;
  /** The independent origin asserting it. */
  originKey: string;
  /** True when a later revision of the same article replaced it: history, not a current figure. */
  superseded?: boolean;
}

export interface DistinctValue {
  value: number;
  low: number | null;
  high: number | null;
  /** Earliest asOf among the claims asserting it (else the earliest recordedAt). */
  firstSeenAt: string;
  /** The claim that first asserted it. */
  firstClaimId: string;
  claimIds: string[];
  /** How many independent origins assert it. */
  origins: number;
}

export interface Envelope {
  /** The lowest lower bound over the claims; null when one of them is unbounded below. */
  low: number | null;
  /** The highest upper bound over the claims; null when one of them is unbounded above. */
  high: number | null;
}

export interface ConservativeFigure {
  value: number;
  /** The origins whose current figure it is, and the claims saying it. */
  originKeys: string[];
  claimIds: string[];
}

export interface ClaimHistorySummary<T extends HistoryClaimInput> {
  /** The claims, earliest asOf first (unknown asOf last), then in the order they were recorded. */
  timeline: T[];
  /** Each distinct (value, low, high), in the order it was first seen. */
  values: DistinctValue[];
  envelope: Envelope | null;
  /**
   * The lowest figure an independent origin currently asserts: each origin's latest figure (an
   * origin that updated 8 to 12 now says 12), then the lowest of those, as ACLED codes disputed
   * fatalities. Figures replaced by a later revision of their article do not count. null when
   * there are no claims.
   */
  conservative: ConservativeFigure | null;
}

const timeOf = (iso: string | null): number => {
  if (!iso) return NaN;
  const t = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(t) ? NaN : t;
};

/** Earliest asOf first; claims without a (parseable) asOf after the dated ones; then recordedAt, then id. */
export function compareByTime(a: HistoryClaimInput, b: HistoryClaimInput): number {
  const ta = timeOf(a.asOf);
  const tb = timeOf(b.asOf);
  const aKnown = !Number.isNaN(ta);
  const bKnown = !Number.isNaN(tb);
  if (aKnown !== bKnown) return aKnown ? -1 : 1;
  if (aKnown && ta !== tb) return ta - tb;
  const ra = timeOf(a.recordedAt);
  const rb = timeOf(b.recordedAt);
  if (ra !== rb && !Number.isNaN(ra) && !Number.isNaN(rb)) return ra - rb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function envelopeOf(
  claims: Pick<HistoryClaimInput, 'value' | 'low' | 'high'>[],
): Envelope | null {
  if (!claims.length) return null;
  let low: number | null = Infinity;
  let high: number | null = -Infinity;
  for (const c of claims) {
    if (low !== null) low = c.low === null ? null : Math.min(low, c.low);
    if (high !== null) high = c.high === null ? null : Math.max(high, c.high);
  }
  return { low, high };
}

const valueKey = (c: Pick<HistoryClaimInput, 'value' | 'low' | 'high'>): string =>
  JSON.stringify([c.value, c.low, c.high]);

export function distinctValues(timeline: HistoryClaimInput[]): DistinctValue[] {
  const groups = new Map<
    string,
    { first: HistoryClaimInput; claimIds: string[]; origins: Set<string> }
  >();
  for (const c of timeline) {
    const key = valueKey(c);
    const g = groups.get(key) ?? { first: c, claimIds: [], origins: new Set<string>() };
    g.claimIds.push(c.id);
    g.origins.add(c.originKey);
    groups.set(key, g);
  }
  return [...groups.values()].map(({ first, claimIds, origins }) => ({
    value: first.value,
    low: first.low,
    high: first.high,
    firstSeenAt: first.asOf ?? first.recordedAt,
    firstClaimId: first.id,
    claimIds,
    origins: origins.size,
  }));
}

export function conservativeFigure(claims: HistoryClaimInput[]): ConservativeFigure | null {
  const byOrigin = new Map<string, HistoryClaimInput[]>();
  // A figure its own outlet corrected in a later revision is no longer asserted by anyone.
  const live = claims.some((c) => !c.superseded) ? claims.filter((c) => !c.superseded) : claims;
  for (const c of live) byOrigin.set(c.originKey, [...(byOrigin.get(c.originKey) ?? []), c]);
  let best: ConservativeFigure | null = null;
  for (const [originKey, said] of byOrigin) {
    // An origin's current figures: those stated for its latest date (all of them when it gave no
    // date); two figures for that same time (two sentences) count as the lower one.
    const dated = said.filter((c) => !Number.isNaN(timeOf(c.asOf)));
    const latest = Math.max(...dated.map((c) => timeOf(c.asOf)));
    const current = dated.length ? dated.filter((c) => timeOf(c.asOf) === latest) : said;
    const value = Math.min(...current.map((c) => c.value));
    const ids = current.filter((c) => c.value === value).map((c) => c.id);
    if (!best || value < best.value) best = { value, originKeys: [originKey], claimIds: ids };
    else if (value === best.value)
      best = {
        value,
        originKeys: [...best.originKeys, originKey],
        claimIds: [...best.claimIds, ...ids],
      };
  }
  return best;
}

export function summariseHistory<T extends HistoryClaimInput>(claims: T[]): ClaimHistorySummary<T> {
  const timeline = [...claims].sort(compareByTime);
  return {
    timeline,
    values: distinctValues(timeline),
    envelope: envelopeOf(timeline),
    conservative: conservativeFigure(timeline),
  };
}
