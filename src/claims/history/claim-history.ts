// PURE: one quantity's history (GET /claims/history). No Nest, TypeORM or Redis here.
//
// Input: every stored claim of one (story, metric, subject, place) with the independent origin it
// speaks for (the same originKey the discrepancy rules use: a post is one origin however many
// articles embed it; an outlet quoting "the interior ministry" speaks for the ministry).
// Output: the claims in time order, each distinct figure with the time it was first seen (the
// source's own date, never the time the tracker stored it: undated figures say so), one series
// per origin and place with its earlier figures superseded, the interval envelope over the current
// figures, and a conservative figure a desk would defend (DESIGN.md §4). A part and the whole are
// different quantities: an origin's figure for Almaty is never superseded by its figure for
// Kazakhstan (nor a count of a part, "nine of them", by its total), and where figures for the
// whole area exist, the envelope and the conservative figure are read from those.

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
  /** True when the figure is for a part of the quantity's area (Almaty in a Kazakhstan story). */
  partOfArea?: boolean;
  /** The place the figure is for (null: the story's whole area); one series per origin and place. */
  location?: string | null;
  /** True when the figure counts a part its fields cannot name ("nine of them"): its own series. */
  countsPart?: boolean;
  /** True when its wording gives the figure as a count that rose to it ("the toll has risen to 69"). */
  rose?: boolean;
}

/** A named origin or a post's author speaks on the record; an outlet's unattributed figure does not. */
export function onRecord(originKey: string): boolean {
  return originKey.startsWith('origin:') || originKey.startsWith('post:');
}

export interface DistinctValue {
  value: number;
  low: number | null;
  high: number | null;
  /** Earliest asOf among the claims asserting it; null when no source dates it. */
  firstSeenAt: string | null;
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

/** One origin's figures for one place over time; all but its latest are superseded. */
export interface OriginSeries {
  originKey: string;
  /** The place the series is for (null: the story's whole area). */
  location: string | null;
  /** True for a series of figures that count a part ("nine of them"), not the quantity. */
  part: boolean;
  values: {
    value: number;
    low: number | null;
    high: number | null;
    /** The source's own date for the figure, or null (undated). */
    firstSeenAt: string | null;
    superseded: boolean;
    claimIds: string[];
  }[];
}

export interface ConservativeFigure {
  value: number;
  /** 'on_record': from named origins; 'any_origin' when no figure of the area is on the record. */
  basis: 'on_record' | 'any_origin';
  /** The origins whose current figure it is, and the claims saying it. */
  originKeys: string[];
  claimIds: string[];
}

export interface ClaimHistorySummary<T extends HistoryClaimInput> {
  /** The claims, earliest asOf first (unknown asOf last), then in the order they were recorded. */
  timeline: T[];
  /** Each distinct (value, low, high), in the order it was first seen. */
  values: DistinctValue[];
  /** One series per origin and place (and part), in the order they were first seen. */
  series: OriginSeries[];
  /** Ids of claims superseded: by a later revision of their article, or by their origin's later figure. */
  superseded: Set<string>;
  /**
   * Over the current figures for the whole area (for its parts when no figure is for the whole; all
   * figures when every one is superseded).
   */
  envelope: Envelope | null;
  /**
   * The lowest figure an on-the-record origin currently asserts for the whole area: each origin's
   * latest figure (an origin that updated 8 to 12 now says 12), then the lowest of those, as ACLED
   * codes disputed fatalities. Superseded figures and figures for a part of the area do not count;
   * when no origin is on the record, any origin's. null when nothing qualifies.
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
    firstSeenAt: datedOrNull(first.asOf),
    firstClaimId: first.id,
    claimIds,
    origins: origins.size,
  }));
}

const datedOrNull = (asOf: string | null): string | null =>
  Number.isNaN(timeOf(asOf)) ? null : asOf;

/** The series a claim belongs to: its origin, the place its figure is for, and whether it counts a part. */
const seriesKey = (c: HistoryClaimInput): string =>
  JSON.stringify([c.originKey, c.location ?? null, !!c.countsPart]);

/**
 * Claims replaced by a later revision of their article, or by a later-dated figure of their origin
 * for the same place (a figure for Almaty is never replaced by one for Kazakhstan), or, where no
 * date puts it first, by a figure of their origin for the same place worded as the count rising to
 * it from below theirs ("the toll has risen to 69" beside the same origin's undated 60).
 */
export function supersededClaims(timeline: HistoryClaimInput[]): Set<string> {
  const latest = new Map<string, number>();
  const risen = new Map<string, HistoryClaimInput[]>();
  for (const c of timeline) {
    const t = timeOf(c.asOf);
    const key = seriesKey(c);
    if (!Number.isNaN(t)) latest.set(key, Math.max(latest.get(key) ?? t, t));
    if (c.rose) risen.set(key, [...(risen.get(key) ?? []), c]);
  }
  const overtaken = (c: HistoryClaimInput) =>
    (risen.get(seriesKey(c)) ?? []).some(
      (r) => (r.low ?? 0) > (c.high ?? Infinity) && !(timeOf(r.asOf) < timeOf(c.asOf)),
    );
  return new Set(
    timeline
      .filter(
        (c) =>
          c.superseded || timeOf(c.asOf) < (latest.get(seriesKey(c)) ?? -Infinity) || overtaken(c),
      )
      .map((c) => c.id),
  );
}

export function originSeries(
  timeline: HistoryClaimInput[],
  superseded: Set<string>,
): OriginSeries[] {
  const byOrigin = new Map<string, OriginSeries>();
  for (const c of timeline) {
    const key = seriesKey(c);
    const series = byOrigin.get(key) ?? {
      originKey: c.originKey,
      location: c.location ?? null,
      part: !!c.countsPart,
      values: [],
    };
    byOrigin.set(key, series);
    const known = series.values.find(
      (v) => valueKey(v) === valueKey(c) && v.firstSeenAt === datedOrNull(c.asOf),
    );
    if (known) {
      known.claimIds.push(c.id);
      known.superseded &&= superseded.has(c.id);
    } else
      series.values.push({
        value: c.value,
        low: c.low,
        high: c.high,
        firstSeenAt: datedOrNull(c.asOf),
        superseded: superseded.has(c.id),
        claimIds: [c.id],
      });
  }
  return [...byOrigin.values()];
}

/** The current figures that speak for the whole area; with no such figure, the parts are the quantity. */
function currentForArea<T extends HistoryClaimInput>(claims: T[], superseded: Set<string>): T[] {
  const live = claims.filter((c) => !superseded.has(c.id));
  const whole = live.filter((c) => !c.partOfArea);
  return whole.length ? whole : live;
}

export function conservativeFigure(
  claims: HistoryClaimInput[],
  superseded: Set<string> = supersededClaims(claims),
): ConservativeFigure | null {
  const current = currentForArea(claims, superseded);
  const recorded = current.filter((c) => onRecord(c.originKey));
  const basis = recorded.length ? 'on_record' : 'any_origin';
  let best: ConservativeFigure | null = null;
  for (const c of recorded.length ? recorded : current) {
    if (!best || c.value < best.value)
      best = { value: c.value, basis, originKeys: [c.originKey], claimIds: [c.id] };
    else if (c.value === best.value) {
      if (!best.originKeys.includes(c.originKey)) best.originKeys.push(c.originKey);
      best.claimIds.push(c.id);
    }
  }
  return best;
}

export function summariseHistory<T extends HistoryClaimInput>(claims: T[]): ClaimHistorySummary<T> {
  const timeline = [...claims].sort(compareByTime);
  const superseded = supersededClaims(timeline);
  const current = currentForArea(timeline, superseded);
  return {
    timeline,
    values: distinctValues(timeline),
    series: originSeries(timeline, superseded),
    superseded,
    envelope: envelopeOf(current.length ? current : timeline),
    conservative: conservativeFigure(timeline, superseded),
  };
}
