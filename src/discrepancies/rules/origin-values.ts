// PURE: a finding's values as a reviewer reads them (DESIGN.md §4): one entry per origin and
// figure, each origin's figures in time order, the earlier ones marked superseded (an origin that
// raised its count has not disagreed with itself), and the pair the flag leads with.
import { contentKey, groupKey } from './claim-set';
import { compareAsOf, compareTimeKeys, timeKey, type TimeKey } from './as-of';
import type { Metric } from '../../domain/vocabulary';
import type { ComparableClaim, DiscrepancyKind, DiscrepancyValue } from './comparable-claim';
import { intervalOf } from './interval';
import type { PairRelation } from './pair-relation';

/** One origin's figure for one scope, with the claims that assert it, earliest first. */
export interface OriginValue {
  origin: string;
  value: number;
  low: number | null;
  high: number | null;
  location: string | null;
  claims: ComparableClaim[];
  superseded: boolean;
}

/**
 * Groups claims by (origin, scope, figure); marks a figure superseded by a later one of its origin
 * for the same scope.
 */
export function originValues(claims: readonly ComparableClaim[]): OriginValue[] {
  const groups = new Map<string, OriginValue>();
  for (const c of claims) {
    const key = groupKey(c, 'originFigure');
    const group = groups.get(key) ?? {
      origin: c.originKey,
      value: c.value,
      low: c.low,
      high: c.high,
      location: c.location,
      claims: [],
      superseded: false,
    };
    group.claims.push(c);
    groups.set(key, group);
  }
  const all = [...groups.values()];
  for (const g of all) if (g.claims.length > 1) sortByFirstSeen(g.claims);
  const series = new OriginSeries();
  for (const g of all) {
    if (firstSeen(g).earlier) continue;
    const known = series.latest(g);
    if (!known || cameBefore(known, g)) series.setLatest(g);
  }
  // a figure its source names as earlier ("up from 310") is superseded whatever its date
  for (const g of all) {
    const current = series.latest(g);
    g.superseded =
      !!firstSeen(g).earlier ||
      (!!current && cameBefore(g, current) && !anotherGathering(g, current));
  }
  return all;
}

/**
 * A crowd is counted per gathering: the police's 338,000 at the 16 June march is no revision of
 * their 240,000 at the 9 June march a week before. An origin's crowd figures given more than a day
 * apart count two gatherings, and the earlier stays current; within a day (the march's own
 * evening, the next morning's report of it) the later one revises it.
 */
export const CROWD_PER_GATHERING = {
  name: 'a crowd figure days later counts another gathering',
  metrics: ['participants'] as readonly Metric[],
  maxDaysApart: 1,
  examples: [
    'police: 240,000 at the 9 June march, 338,000 at the 16 June march (Hong Kong 2019)',
    'a union: 450,000 on the march day, 3.5 million in the next morning’s report (a revision)',
  ],
};

function anotherGathering(a: OriginValue, b: OriginValue): boolean {
  const [x, y] = [firstSeen(a), firstSeen(b)];
  if (!CROWD_PER_GATHERING.metrics.includes(x.metric)) return false;
  const [dx, dy] = [timeKey(x).day, timeKey(y).day];
  if (!dx || !dy) return false;
  const days = Math.abs(Date.parse(dy) - Date.parse(dx)) / 86_400_000;
  return days > CROWD_PER_GATHERING.maxDaysApart;
}

/**
 * Whether `a` came before `b` in their origin's series: their times order them; else, when nothing
 * dates one of them (or both fall on one day), `b` is worded as the count rising to it from below
 * `a`'s figure ("the toll has risen to 69", "climbed to 121" beside the same origin's undated 60).
 */
function cameBefore(a: OriginValue, b: OriginValue): boolean {
  const order = compareAsOf(firstSeen(a), firstSeen(b));
  if (order === -1 || order === 1) return order === -1;
  return b.claims.some((c) => c.rose) && intervalOf(a).high < intervalOf(b).low;
}

/**
 * One origin's series for one scope: a figure for a part of the area is no update of the whole
 * ("119,000 in Paris" on Thursday is not replaced by the same union's "3.5 million" nationwide on
 * Friday), so an origin's figures supersede each other only within one location. The latest figure
 * of each, by origin then location (no key written per figure: a quantity of a large story has
 * hundreds, looked up three times each).
 */
class OriginSeries {
  private readonly byOrigin = new Map<string, Map<string | null, OriginValue>>();

  latest(g: OriginValue): OriginValue | undefined {
    return this.byOrigin.get(g.origin)?.get(g.location ?? null);
  }

  setLatest(g: OriginValue): void {
    let ofOrigin = this.byOrigin.get(g.origin);
    if (!ofOrigin) {
      ofOrigin = new Map();
      this.byOrigin.set(g.origin, ofOrigin);
    }
    ofOrigin.set(g.location ?? null, g);
  }
}

/** The claim that first gave this origin's figure: it stands for the value in time comparisons. */
export function firstSeen(g: OriginValue): ComparableClaim {
  return g.claims[0];
}

/** Earlier first; undated claims last; ties by content, so re-processing keeps the order. */
function compareFirstSeen(a: ComparableClaim, b: ComparableClaim): number {
  return compareSortKeys(sortKey(a), sortKey(b));
}

/** What compareFirstSeen reads of a claim, looked up once per sort rather than per comparison. */
interface FirstSeenKey {
  time: TimeKey;
  dated: boolean;
  content: string;
  id: string;
}

function sortKey(c: ComparableClaim): FirstSeenKey {
  return { time: timeKey(c), dated: !!c.asOf, content: contentKey(c), id: c.id };
}

function compareSortKeys(a: FirstSeenKey, b: FirstSeenKey): number {
  const order = compareTimeKeys(a.time, b.time);
  if (order === -1 || order === 1) return order;
  if (a.dated !== b.dated) return a.dated ? -1 : 1;
  if (a.content !== b.content) return a.content < b.content ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Sorts in place in compareFirstSeen's order. */
function sortByFirstSeen(claims: ComparableClaim[]): void {
  sortBy(claims, (c) => c);
}

/** Sorts `items` in place by compareFirstSeen of the claim each stands for. */
function sortBy<T>(items: T[], claimOf: (item: T) => ComparableClaim): void {
  const keyed = items.map((item) => ({ item, key: sortKey(claimOf(item)) }));
  keyed.sort((x, y) => compareSortKeys(x.key, y.key));
  keyed.forEach(({ item }, i) => (items[i] = item));
}

/** A source speaking on the record: a named origin or a post's author, not an outlet's own voice. */
export function onRecord(v: Pick<OriginValue, 'origin'>): boolean {
  return !v.origin.startsWith('site:') && !v.origin.startsWith('article:');
}

export interface LeadPair {
  first: OriginValue;
  second: OriginValue;
  relation: PairRelation;
}

/** How the pair rules judge two origin values (their first-seen claims stand for them). */
export type JudgeValues = (a: OriginValue, b: OriginValue) => PairRelation | null;

/** Candidates per figure are capped so a story with thousands of origins stays cheap. */
const MAX_VALUES_PER_FIGURE = 12;

/**
 * The two values a flag leads with: of the value pairs the rules relate with the finding's kind,
 * the one between independent origins with neither figure superseded, worded as totals rather than
 * tallies of bodies recovered (tally-words.ts), subsets (subset-words.ts), possibilities, fears or
 * earlier reports (hedge-words.ts), rival accounts of one count
 * (within RIVAL_RATIO), at comparable times (the same day, else undated), on the record, and
 * closest in size; earlier listed pairs win ties.
 */
export function chooseLeadPair(
  figurePairs: readonly { first: OriginValue[]; second: OriginValue[] }[],
  kind: DiscrepancyKind,
  judge: JudgeValues,
): LeadPair | null {
  let best: { pair: LeadPair; score: number[] } | null = null;
  for (const { first, second } of figurePairs) {
    for (const a of preferred(first)) {
      for (const b of preferred(second)) {
        const relation = judge(a, b);
        if (!relation || relation.kind !== kind) continue;
        const score = pairScore(a, b, relation);
        if (!best || compareScores(score, best.score) > 0) {
          const [x, y] = relation.first === firstSeen(a) ? [a, b] : [b, a];
          best = { pair: { first: x, second: y, relation }, score };
        }
      }
    }
  }
  return best?.pair ?? null;
}

function preferred(values: OriginValue[]): OriginValue[] {
  return [...values]
    .sort(
      (x, y) =>
        Number(x.superseded) - Number(y.superseded) ||
        Number(onRecord(y)) - Number(onRecord(x)) ||
        y.claims.length - x.claims.length,
    )
    .slice(0, MAX_VALUES_PER_FIGURE);
}

function pairScore(a: OriginValue, b: OriginValue, relation: PairRelation): number[] {
  const time = relation.time === 'same' ? 2 : relation.time === 'unknown' ? 1 : 0;
  return [
    a.origin !== b.origin ? 1 : 0,
    -(Number(a.superseded) + Number(b.superseded)),
    -(Number(notTotal(a)) + Number(notTotal(b))),
    rivalFigures(a, b) ? 1 : 0,
    time,
    Number(onRecord(a)) + Number(onRecord(b)),
    -ratio(a, b),
  ];
}

/**
 * Every claim of the value words it as something less than a stated total: a tally of bodies
 * recovered, some of a larger group, a possibility or fear, or a report from before the text's time.
 */
function notTotal(v: OriginValue): boolean {
  return v.claims.every((c) => c.tally || c.subset || c.hedged || c.reportedEarlier);
}

/** Two figures at most this far apart read as rival accounts of one count. */
const RIVAL_RATIO = 2;

/**
 * How far apart two figures are, as a ratio (≥ 1). Two accounts of one count differ by a margin;
 * a figure ten times another is more often a part (one town, one hospital) than a rival total.
 */
function ratio(a: Pick<OriginValue, 'value'>, b: Pick<OriginValue, 'value'>): number {
  const lo = Math.max(1, Math.min(a.value, b.value));
  return Math.max(a.value, b.value) / lo;
}

/** Rival accounts of one count (8 against 12), not a part against a whole (68 against 550). */
export function rivalFigures(
  a: Pick<OriginValue, 'value'>,
  b: Pick<OriginValue, 'value'>,
): boolean {
  return ratio(a, b) <= RIVAL_RATIO;
}

function compareScores(x: number[], y: number[]): number {
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}

/**
 * The values in reading order: the pair's two origins first, then the others by when each was
 * first seen; inside an origin, its figures in time order.
 */
export function orderByOrigin(values: OriginValue[], lead: LeadPair | null): OriginValue[] {
  const byOrigin = new Map<string, OriginValue[]>();
  for (const v of values) {
    const list = byOrigin.get(v.origin);
    if (list) list.push(v);
    else byOrigin.set(v.origin, [v]);
  }
  const timelines = [...byOrigin.values()].map((list) => {
    sortBy(list, firstSeen);
    const rank = list.includes(lead?.first as OriginValue)
      ? 0
      : list.includes(lead?.second as OriginValue)
        ? 1
        : 2;
    return { list, rank };
  });
  timelines.sort(
    (x, y) => x.rank - y.rank || compareFirstSeen(firstSeen(x.list[0]), firstSeen(y.list[0])),
  );
  return timelines.flatMap((t) => t.list);
}

/**
 * toDiscrepancyValue, the very object it gave last time while the origin value holds the same claim
 * objects under the same label and supersession: a refresh keeps a story's claims (see
 * story-claims.ts) and a new article changes a few of a flag's hundreds of values, so the refresh
 * can tell the others unchanged by identity (discrepancy-refresh.service.ts matchValues) instead of
 * building and comparing every claim id of every value again.
 */
export function storedValue(v: OriginValue, label: string): DiscrepancyValue {
  const first = firstSeen(v);
  const known = storedValues.get(first);
  if (
    known &&
    known.label === label &&
    known.value.superseded === v.superseded &&
    sameObjects(known.claims, v.claims)
  )
    return known.value;
  const value = toDiscrepancyValue(v, label);
  storedValues.set(first, { claims: v.claims, label, value });
  return value;
}

/** Each origin value's stored shape by its first-seen claim, with what it was built from. */
const storedValues = new WeakMap<
  ComparableClaim,
  { claims: ComparableClaim[]; label: string; value: DiscrepancyValue }
>();

function sameObjects<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The stored shape of one origin value. */
export function toDiscrepancyValue(v: OriginValue, label: string): DiscrepancyValue {
  return {
    value: v.value,
    low: v.low,
    high: v.high,
    claimIds: [...new Set(v.claims.map((c) => c.id))].sort(),
    location: v.location,
    origin: v.origin,
    originLabel: label,
    asOf: firstSeen(v).asOf,
    superseded: v.superseded,
  };
}
