// PURE: which figures of one story disagree (DESIGN.md §4, issue 5). No Nest, TypeORM or Redis here.
//
// Quantity and key. Claims are about one quantity when metric and subject match and their
// locations are equal or nested (PlaceRelation.within); a null location is the story's whole area
// and contains every location. Within a (metric, subject) the quantities are the connected
// components of that relation (so with a whole-area claim present, everything is one quantity;
// Almaty and Astana figures without any broader figure are two). Each component yields at most
// one finding, keyed (metric, subject, location) where location = the broadest location in the
// component: null when a whole-area claim is in it, else the location containing all the others
// (see quantityLocation). Components only merge as claims arrive, so a key can only widen
// (Almaty → Kazakhstan → null); the persistence layer upserts by the key and retires keys that no
// longer come out (their claims now belong to the wider quantity).
//
// The story's whole area (options.wholeArea, else inferWholeArea: the place that contains another
// and covers two thirds of the located claims) counts as "no location", so "8 killed in
// Kazakhstan" and an unlocated 12 are the same scope.
//
// Pairs. Every two claims of a quantity whose scopes are equal or nested are judged by the pair
// rules, in this order (the first that applies decides):
//   one source revising     → sameSourceRevision: an update, never a conflict ('same_source_revision'):
//                             one sourceKey, unless two named origins speak in it (twoNamedOrigins),
//                             or one named origin via two publishers at ordered times (oneSourceRevising)
//   nested scopes           → partExceedsWhole: conflict when part.low > whole.high at a time that
//                             does not explain it ('part_exceeds_whole')
//   same scope, time orders → overTime: cumulative counts growing = update ('growth_over_time'),
//                             shrinking = conflict ('decrease_over_time'); deployed/participants
//                             changing = update ('change_over_time')
//   same scope, no order    → disjointIntervals: conflict ('same_day_disagreement' when both are
//                             dated that day, 'disjoint_intervals' when a date is missing)
// Overlapping intervals never relate ("at least 8" and 12 agree).
//
// A figure wholly below its own text's total (one source and origin, same quantity, place and
// day: a part or another day's count the extractor could not name) is history, never judged
// (own-text-total.ts).
//
// Finding. kind = 'conflict' if any pair conflicts, else 'update'; severity from the most severe
// pair of that kind (severity.ts). values = one entry per origin and figure (origin-values.ts):
// each origin's figures in time order, earlier ones superseded. pair = the two values the flag
// leads with (chooseLeadPair: independent origins, current figures, comparable times, on the
// record); rule and explanation come from that pair.
import { withOriginsByName } from './origin-names';
import { compareAsOf, compareTimeKeys, timeKey, type TimeKey } from './as-of';
import { compareClaimContent, groupKey, sortByContent } from './claim-set';
import {
  DISCREPANCY_KINDS,
  type ComparableClaim,
  type DiscrepancyFinding,
  type PlaceRelation,
} from './comparable-claim';
import { disjointIntervals } from './disjoint-intervals.rule';
import { inferEventSite, withEventSite } from './event-site';
import { explainPair, originWords } from './explain';
import { entirelyAbove, intervalOf, overlaps, relativeGap, type Interval } from './interval';
import {
  chooseLeadPair,
  firstSeen,
  orderByOrigin,
  originValues,
  rivalFigures,
  storedValue,
  type OriginValue,
} from './origin-values';
import { overTime } from './over-time.rule';
import { markOwnTextTotals } from './own-text-total';
import { RULE_PRIORITY, type PairContext, type PairRelation } from './pair-relation';
import { partExceedsWhole } from './part-exceeds-whole.rule';
import { oneSourceRevising, sameSourceRevision } from './same-source-revision.rule';
import {
  compareLocations,
  groupScopes,
  quantityLocation,
  sameLocation,
  scopeRelation,
  withSpellingVariants,
  type ScopeRelation,
} from './scope';
import { pairSeverity } from './severity';

export interface DetectOptions {
  /**
   * The story's whole area as a gazetteer name (e.g. its main country). Claims located exactly
   * there are treated like claims without a location (same scope, not nested inside it).
   * undefined: inferred (inferWholeArea); null: no place is the whole area.
   */
  wholeArea?: string | null;
  /**
   * What earlier detections of the same story judged, read and updated here: each quantity's
   * values whose claims are unchanged keep their judged pairs, and only pairs with a new or changed
   * value are judged again (see judgeQuantity). The findings are the same with or without it.
   */
  judged?: JudgedPairsMemo;
}

/**
 * The story's whole area when its claims show it: a location that contains another of the story's
 * locations and covers at least two thirds of the located claims (all metrics, one vote per source
 * and location) — {Almaty,
 * Kazakhstan ×46, Russia ×4} → Kazakhstan. The best-covering one wins, the broader on a tie.
 * A lone location ({Almaty}) is not inferred to be the whole area: the story's unlocated figures
 * may well be nationwide.
 */
export function inferWholeArea(
  claims: readonly ComparableClaim[],
  relation: PlaceRelation,
): string | null {
  const places = memoisePlaces(relation);
  // Each source counts once per location: one article naming Kazakhstan twenty times is one vote.
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  for (const c of claims) {
    if (typeof c.location !== 'string' || !c.location.trim()) continue;
    const vote = JSON.stringify([c.location, c.sourceKey]);
    if (seen.has(vote)) continue;
    seen.add(vote);
    counts.set(c.location, (counts.get(c.location) ?? 0) + 1);
  }
  const locs = [...counts.keys()].sort();
  const located = [...counts.values()].reduce((a, b) => a + b, 0);
  let best: { loc: string; covered: number } | null = null;
  for (const outer of locs) {
    const inside = locs.filter((inner) => places.within(inner, outer));
    if (!inside.some((inner) => !sameLocation(inner, outer, places))) continue;
    const covered = inside.reduce((n, inner) => n + counts.get(inner)!, 0);
    if (covered * 3 < located * 2) continue;
    if (
      !best ||
      covered > best.covered ||
      (covered === best.covered &&
        places.within(best.loc, outer) &&
        !places.within(outer, best.loc))
    ) {
      best = { loc: outer, covered };
    }
  }
  return best?.loc ?? null;
}

/** How two claims of one metric and subject relate, or null when they do not disagree. */
export function relateClaims(
  a: ComparableClaim,
  b: ComparableClaim,
  places: PlaceRelation,
): PairRelation | null {
  const scope = scopeRelation(a.location, b.location, places);
  if (scope === 'apart') return null;
  return judgePair({ a, b, scope, time: compareAsOf(a, b) });
}

/** The pair rules in order; the first that applies decides. */
export function judgePair(ctx: PairContext): PairRelation | null {
  if (ctx.a.earlier || ctx.b.earlier) return null;
  if (oneSourceRevising(ctx, twoNamedOrigins(ctx.a, ctx.b))) return sameSourceRevision(ctx);
  return partExceedsWhole(ctx) ?? overTime(ctx) ?? disjointIntervals(ctx);
}

/**
 * One text quoting two named origins ("the governor said 106; the county said 101") reports two
 * sources that are compared like any others. A vague amount beside a figure in one text
 * ("hundreds were detained … 5,969 detained") is the same source's rough and exact word.
 */
function twoNamedOrigins(a: ComparableClaim, b: ComparableClaim): boolean {
  return (
    a.articleId === b.articleId &&
    a.originKey !== b.originKey &&
    a.originKey.startsWith('origin:') &&
    b.originKey.startsWith('origin:') &&
    !rough(a) &&
    !rough(b)
  );
}

/** A vague amount: "hundreds" spans an order of magnitude ([100, 999]). */
function rough(c: ComparableClaim): boolean {
  return (
    c.qualifier === 'vague' ||
    (c.low !== null && c.high !== null && c.high >= 9 * Math.max(1, c.low))
  );
}

export function detectDiscrepancies(
  claims: ComparableClaim[],
  places: PlaceRelation,
  options: DetectOptions = {},
): DiscrepancyFinding[] {
  const relation = places;
  const spelled = withSpellingVariants(places);
  // A figure worded as survivors is no figure of the dead or missing (survivor-words.ts).
  const valid = claims.filter(
    (c) =>
      c &&
      typeof c.value === 'number' &&
      Number.isFinite(c.value) &&
      c.metric &&
      c.subject &&
      !c.survivors,
  );
  const site = inferEventSite(
    valid.map((c) => c.location),
    spelled,
  );
  places = memoisePlaces(withEventSite(spelled, site));
  const scopeKey = site ? `${[...site.names].join('/')}=${site.place}` : null;
  const wholeArea =
    options.wholeArea === undefined ? inferWholeArea(valid, places) : options.wholeArea;
  const usable = markOwnTextTotals(
    valid.map((c) => normaliseLocation(c, places, { wholeArea, scopeKey }, relation)),
  );
  const bySeries = new Map<string, ComparableClaim[]>();
  for (const c of usable) {
    const key = `${c.metric}|${c.subject}`;
    const series = bySeries.get(key);
    if (series) series.push(c);
    else bySeries.set(key, [c]);
  }
  const findings: DiscrepancyFinding[] = [];
  // Each series sorted on its own: the same order as sorting them all, in fewer comparisons.
  for (const series of [...bySeries.values()].map((s) => sortByContent(withOriginsByName(s)))) {
    for (const group of groupScopes(
      series.map((c) => c.location),
      places,
    )) {
      const members = series.filter((c) => group.includes(c.location));
      const location = quantityLocation(group, places);
      const judged = options.judged && { memo: options.judged, scopeKey };
      const finding = buildFinding(members, location, places, wholeArea, judged);
      if (finding) findings.push(finding);
    }
  }
  return findings.sort(
    (x, y) =>
      cmp(x.metric, y.metric) ||
      cmp(x.subject, y.subject) ||
      compareLocations(x.location, y.location),
  );
}

/** The persistence key of a finding: one row per (story, metric, subject, location). */
export function quantityKey(
  f: Pick<DiscrepancyFinding, 'metric' | 'subject' | 'location'>,
): string {
  return `${f.metric}|${f.subject}|${f.location ?? ''}`;
}

/**
 * The lead pair is chosen among at most this many related value pairs (rival figures, then the most
 * severe).
 */
export const MAX_PAIRS = 50;

interface ValueGroup {
  /** Its location and figure: names the value from one detection to the next. */
  key: string;
  value: number;
  low: number | null;
  high: number | null;
  location: string | null;
  claims: ComparableClaim[];
  origins: Set<string>;
}

/**
 * What the pair rules read of a claim, computed once. Claims alike in it (one figure at one time,
 * however many articles and posts repeat it) relate to others identically, so the rules run on one
 * representative per class; `alt`, a claim of the class from another source, stands in when the
 * representative shares its source with the other side (a source never conflicts with itself, but
 * the figure's other sources do). Classes grow with the distinct figures and dates of a quantity,
 * not with the number of articles repeating them.
 */
interface ClaimClass {
  rep: ComparableClaim;
  alt: ComparableClaim | null;
  value: number;
  interval: Interval;
  loc: number;
  time: TimeKey;
}

function classify(values: ValueGroup[], locs: (string | null)[]): ClaimClass[] {
  const classes = new Map<string, ClaimClass>();
  values.forEach((v, value) => {
    for (const c of v.claims) {
      // an earlier figure is never judged: it must not stand for the current claims of its value
      const key = `${value}|${groupKey(c, 'time')}`;
      const known = classes.get(key);
      if (known) {
        if (!known.alt && c.sourceKey !== known.rep.sourceKey) known.alt = c;
        continue;
      }
      classes.set(key, {
        rep: c,
        alt: null,
        value,
        interval: intervalOf(c),
        loc: locs.indexOf(c.location),
        time: timeKey(c),
      });
    }
  });
  return [...classes.values()];
}

/** The two claims that stand for a pair of classes: from different sources whenever the classes allow. */
function representatives(p: ClaimClass, q: ClaimClass): [ComparableClaim, ComparableClaim] {
  if (p.rep.sourceKey !== q.rep.sourceKey) return [p.rep, q.rep];
  if (q.alt) return [p.rep, q.alt];
  if (p.alt) return [p.alt, q.rep];
  return [p.rep, q.rep];
}

/** A related pair of values as the finding weighs it. */
interface JudgedPair {
  kind: PairRelation['kind'];
  rep: PairRelation;
  /** Value indices in the relation's order (part then whole, earlier then later, else lower first). */
  first: number;
  second: number;
  severity: number;
  rival: boolean;
}

/** The order in which pairs lead: conflicts first, then severity, rule priority and value order. */
function compareJudged(p: JudgedPair, q: JudgedPair): number {
  return (
    (p.kind === q.kind ? 0 : p.kind === 'conflict' ? -1 : 1) ||
    q.severity - p.severity ||
    RULE_PRIORITY.indexOf(p.rep.rule) - RULE_PRIORITY.indexOf(q.rep.rule) ||
    p.first - q.first ||
    p.second - q.second
  );
}

/**
 * The order in which pairs are offered to chooseLeadPair: rival figures first (the widest gaps are
 * more often a part against a total, 68 Indian pilgrims against 550, than the disagreement a desk
 * checks), then the leading order.
 */
function compareCandidates(p: JudgedPair, q: JudgedPair): number {
  return Number(q.rival) - Number(p.rival) || compareJudged(p, q);
}

/**
 * The `size` first items in `compare` order among those offered, kept sorted. A quantity with
 * hundreds of distinct figures relates tens of thousands of pairs, and only the first few lead.
 */
class Shortlist<T> {
  readonly items: T[] = [];
  constructor(
    private readonly size: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  offer(item: T): void {
    const { items, compare } = this;
    if (items.length >= this.size && compare(item, items[items.length - 1]) >= 0) return;
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(items[mid], item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    items.splice(lo, 0, item);
    if (items.length > this.size) items.pop();
  }
}

/** Per kind of relation: the pair that would lead the finding, and the lead pair's candidates. */
interface KindShortlists {
  top: Shortlist<JudgedPair>;
  candidates: Shortlist<JudgedPair>;
}

/** What judging a pair of a quantity's values reads, computed once per quantity. */
interface PairJudging {
  values: ValueGroup[];
  byValue: ClaimClass[][];
  intervals: Interval[];
  scopes: ScopeRelation[][];
  indexOf: Map<ComparableClaim, number>;
}

function pairJudging(
  values: ValueGroup[],
  classes: ClaimClass[],
  scopes: ScopeRelation[][],
  indexOf: Map<ComparableClaim, number>,
): PairJudging {
  const byValue: ClaimClass[][] = values.map(() => []);
  for (const c of classes) byValue[c.value].push(c);
  return { values, byValue, intervals: values.map((v) => intervalOf(v)), scopes, indexOf };
}

/** The best relation of values i and j as the finding weighs it, or null when they do not relate. */
function judgeTwoValues(at: PairJudging, i: number, j: number): JudgedPair | null {
  const best = bestRelation(at.byValue[i], at.byValue[j], at.scopes);
  if (!best) return null;
  const first = at.indexOf.get(best.first)!;
  const second = at.indexOf.get(best.second)!;
  const oa = at.values[first].origins;
  const ob = at.values[second].origins;
  const shared = sharedCount(oa, ob);
  const gap = relativeGap(at.intervals[i], at.intervals[j]);
  return {
    kind: best.kind,
    rep: best,
    first,
    second,
    severity: pairSeverity(best.kind, gap, oa.size - shared, ob.size - shared),
    rival: rivalFigures(at.values[i], at.values[j]),
  };
}

function emptyShortlists(): KindShortlists {
  return {
    top: new Shortlist(1, compareJudged),
    candidates: new Shortlist(MAX_PAIRS, compareCandidates),
  };
}

/**
 * Every two values of a quantity whose scopes and intervals can disagree, judged by the pair rules
 * on their claim classes; the best relation of each value pair is weighed at once and only the
 * leading pairs of each kind are kept (so memory stays linear in the values).
 */
function judgeValuePairs(at: PairJudging): Map<PairRelation['kind'], KindShortlists> {
  const { values, intervals } = at;
  const kinds = new Map<PairRelation['kind'], KindShortlists>();
  let conflicts: KindShortlists | undefined;
  // Widest gaps first (lowest against highest figures), so the leading pairs are met early and
  // most others are passed over on their bound alone; the result does not depend on the order.
  for (let i = 0; i < values.length; i++) {
    for (let j = values.length - 1; j > i; j--) {
      if (conflicts) {
        const gap = relativeGap(intervals[i], intervals[j]);
        const bound = conflictBound(values[i], values[j], gap);
        if (cannotLead(conflicts, bound, rivalFigures(values[i], values[j]))) continue;
      }
      const judged = judgeTwoValues(at, i, j);
      if (!judged) continue;
      let lists = kinds.get(judged.kind);
      if (!lists) {
        lists = emptyShortlists();
        kinds.set(judged.kind, lists);
        if (judged.kind === 'conflict') conflicts = lists;
      }
      lists.top.offer(judged);
      lists.candidates.offer(judged);
    }
  }
  return kinds;
}

/** Per story: what its quantities' pair judging concluded, by quantity key (see judgeQuantity). */
export type JudgedPairsMemo = Map<string, JudgedQuantity>;

/** A judged pair kept from one detection to the next, its values named by key (indices move). */
interface KeptPair {
  kind: PairRelation['kind'];
  rep: PairRelation;
  firstKey: string;
  secondKey: string;
  severity: number;
  rival: boolean;
}

interface JudgedQuantity {
  /** Per value key, a digest of its claims (ids and content): an unchanged value relates as before. */
  digests: Map<string, string>;
  kinds: Map<PairRelation['kind'], { top: KeptPair[]; candidates: KeptPair[] }>;
}

/**
 * judgeValuePairs with what the quantity's last detection judged: a pair of two values whose
 * claims did not change relates as it did, so only pairs with a new or changed value are judged
 * (a new article's few values against the others: linear in the values, not quadratic), and the
 * shortlists come out exactly as judging every pair would make them (else it judges every pair).
 */
function judgeQuantity(
  at: PairJudging,
  memo: JudgedPairsMemo,
  key: string,
): Map<PairRelation['kind'], KindShortlists> {
  const digests = new Map(at.values.map((v) => [v.key, valueDigest(v)]));
  const before = memo.get(key);
  const kinds = (before && rejudgeChanged(at, before, digests)) ?? judgeValuePairs(at);
  memo.set(key, { digests, kinds: keptKinds(kinds, at.values) });
  return kinds;
}

/**
 * Claims are never changed once built, so the same claim objects say the same thing: a value's
 * digest is the numbers of its claim objects. A caller that keeps its claims from one detection to
 * the next (DiscrepancyRefreshService) has most values unchanged without reading what they say; one
 * that builds them afresh has every value judged again, as when nothing was kept.
 */
function valueDigest(v: ValueGroup): string {
  return v.claims.map(claimNumber).join(',');
}

const claimNumbers = new WeakMap<ComparableClaim, number>();
let claimsNumbered = 0;

function claimNumber(c: ComparableClaim): number {
  let n = claimNumbers.get(c);
  if (n === undefined) {
    n = ++claimsNumbered;
    claimNumbers.set(c, n);
  }
  return n;
}

function keptKinds(
  kinds: Map<PairRelation['kind'], KindShortlists>,
  values: ValueGroup[],
): JudgedQuantity['kinds'] {
  const kept = (p: JudgedPair): KeptPair => ({
    kind: p.kind,
    rep: p.rep,
    firstKey: values[p.first].key,
    secondKey: values[p.second].key,
    severity: p.severity,
    rival: p.rival,
  });
  return new Map(
    [...kinds].map(([kind, lists]) => [
      kind,
      { top: lists.top.items.map(kept), candidates: lists.candidates.items.map(kept) },
    ]),
  );
}

/**
 * The shortlists judging every pair would give, from the kept ones and every pair of a changed
 * value judged again; null when the kept lists cannot tell. A list that held every pair of its
 * kind (not full, nothing passed over) stays exact. A full one that lost pairs to changed values
 * stays exact only when it fills again with pairs ranking above its former last (every pair it
 * never held ranks below that one). The quantity's conflicts gone, judging starts over.
 */
function rejudgeChanged(
  at: PairJudging,
  before: JudgedQuantity,
  digests: Map<string, string>,
): Map<PairRelation['kind'], KindShortlists> | null {
  const indexByKey = new Map(at.values.map((v, i) => [v.key, i]));
  const same = (key: string) => digests.has(key) && before.digests.get(key) === digests.get(key);
  const keptPair = (p: KeptPair) => same(p.firstKey) && same(p.secondKey);
  // A kept pair's claims are looked up in its two values only (not an index of every claim).
  const claimOf = (valueKey: string, id: string) =>
    at.values[indexByKey.get(valueKey)!].claims.find((c) => c.id === id)!;
  const revive = (p: KeptPair): JudgedPair => ({
    ...atIndices(p, indexByKey)!,
    rep: {
      ...p.rep,
      first: claimOf(p.firstKey, p.rep.first.id),
      second: claimOf(p.secondKey, p.rep.second.id),
    },
  });
  const rejudged = judgeChangedValues(at, (key) => !same(key));
  const conflictsBefore = before.kinds.get('conflict');
  // The full judging passes over pairs that cannot lead once the conflict candidates are full.
  const passedOver = conflictsBefore?.candidates.length === MAX_PAIRS;
  const kinds = new Map<PairRelation['kind'], KindShortlists>();
  for (const kind of DISCREPANCY_KINDS) {
    const was = before.kinds.get(kind) ?? { top: [], candidates: [] };
    const kept = new Map(
      [...was.top, ...was.candidates]
        .filter(keptPair)
        .map((p) => [`${p.firstKey}|${p.secondKey}`, p]),
    );
    const offered = [...[...kept.values()].map(revive), ...rejudged.filter((p) => p.kind === kind)];
    if (!offered.length) continue;
    const lists = emptyShortlists();
    for (const p of offered) {
      lists.top.offer(p);
      lists.candidates.offer(p);
    }
    const complete = !passedOver && was.candidates.length < MAX_PAIRS;
    // Update pairs matter only while the quantity has no conflict.
    const weighed = kind === 'conflict' || (!conflictsBefore && !kinds.has('conflict'));
    if (weighed && !complete) {
      const exact = (list: KeptPair[], now: Shortlist<JudgedPair>, compare: typeof compareJudged) =>
        list.every(keptPair) || stillFull(list, now, compare, indexByKey);
      if (!exact(was.top, lists.top, compareJudged)) return null;
      if (!exact(was.candidates, lists.candidates, compareCandidates)) return null;
    }
    kinds.set(kind, lists);
  }
  if (conflictsBefore && !kinds.has('conflict')) return null;
  return kinds;
}

/**
 * Every pair of values one of which `changed`, judged (none passed over), each pair once: a new
 * article changes a few of a quantity's hundreds of values, so only their rows and columns of the
 * pair matrix are visited.
 */
function judgeChangedValues(at: PairJudging, changed: (key: string) => boolean): JudgedPair[] {
  const isChanged = at.values.map((v) => changed(v.key));
  const judged: JudgedPair[] = [];
  isChanged.forEach((changedValue, i) => {
    if (!changedValue) return;
    for (let j = 0; j < at.values.length; j++) {
      // A pair of two changed values is judged once, from the lower index.
      if (j === i || (isChanged[j] && j < i)) continue;
      const pair = judgeTwoValues(at, Math.min(i, j), Math.max(i, j));
      if (pair) judged.push(pair);
    }
  });
  return judged;
}

/** The kept pair at the values' indices now, or null when one of its values is gone. */
function atIndices(p: KeptPair, indexByKey: Map<string, number>): JudgedPair | null {
  const first = indexByKey.get(p.firstKey);
  const second = indexByKey.get(p.secondKey);
  if (first === undefined || second === undefined) return null;
  return { kind: p.kind, rep: p.rep, first, second, severity: p.severity, rival: p.rival };
}

/**
 * Whether the list is full again with pairs that all rank at or above the last one it held before:
 * every pair it never held ranked strictly below that one (distinct pairs never rank equal), so
 * the list is the leading pairs. Its last may be that very pair, kept or judged again to the same
 * rank (a new claim of a figure already listed): requiring it to rank strictly above sent one
 * refresh in twelve of a 5,000-article story to judging every pair again.
 */
function stillFull(
  was: KeptPair[],
  now: Shortlist<JudgedPair>,
  compare: (a: JudgedPair, b: JudgedPair) => number,
  indexByKey: Map<string, number>,
): boolean {
  const formerLast = atIndices(was[was.length - 1], indexByKey);
  const last = now.items[now.items.length - 1];
  return !!formerLast && now.items.length === was.length && compare(last, formerLast) <= 0;
}

/**
 * The highest severity a conflict between two values can have: their gap, with every origin of each
 * counted as independent (origins they share only lower it).
 */
function conflictBound(a: ValueGroup, b: ValueGroup, gap: number): number {
  return pairSeverity('conflict', gap, a.origins.size, b.origins.size);
}

/**
 * Once a conflict is found, update pairs no longer matter, and a conflict whose severity cannot
 * reach the leading pair's nor the last lead candidate's (rival figures before others) cannot
 * change the finding: such a pair need not be judged.
 */
function cannotLead(conflicts: KindShortlists, bound: number, rival: boolean): boolean {
  if (bound >= conflicts.top.items[0].severity) return false;
  const candidates = conflicts.candidates.items;
  if (candidates.length < MAX_PAIRS) return false;
  const last = candidates[candidates.length - 1];
  if (rival !== last.rival) return !rival;
  return bound < last.severity;
}

/**
 * The narrowest interval a value's claims can be judged by against the other value's (every class
 * of a value has its interval): its own, or its floor alone when it is open-ended and the other is
 * a vague word (judgedIntervals). Intervals this narrow that overlap cannot be judged disjoint.
 */
function screenInterval(own: ClaimClass[], other: ClaimClass[]): Interval {
  const i = own[0].interval;
  return i.high === Infinity && other.some((c) => c.rep.qualifier === 'vague')
    ? { low: i.low, high: i.low }
    : i;
}

/** The most telling relation between two values' claim classes, or null when none relates. */
function bestRelation(
  ps: ClaimClass[],
  qs: ClaimClass[],
  scopes: ScopeRelation[][],
): PairRelation | null {
  const [p0, q0] = [ps[0], qs[0]];
  const scope = scopes[p0.loc][q0.loc];
  if (scope === 'apart') return null;
  // Cheap pre-checks: every rule needs disjoint intervals, and nested scopes a part above its whole.
  const [pi, qi] = [screenInterval(ps, qs), screenInterval(qs, ps)];
  if (
    scope === 'same'
      ? overlaps(pi, qi)
      : scope === 'inside'
        ? !entirelyAbove(pi, qi)
        : !entirelyAbove(qi, pi)
  )
    return null;
  let best: PairRelation | null = null;
  for (const p of ps) {
    for (const q of qs) {
      const [a, b] = representatives(p, q);
      const rel = judgePair({ a, b, scope, time: compareTimeKeys(p.time, q.time) });
      if (rel && (!best || compareRelations(rel, best) < 0)) best = rel;
    }
  }
  return best;
}

function buildFinding(
  claims: ComparableClaim[],
  location: string | null,
  places: PlaceRelation,
  wholeArea: string | null,
  judged: { memo: JudgedPairsMemo; scopeKey: string | null } | undefined,
): DiscrepancyFinding | null {
  if (claims.length < 2) return null;
  const values = valueGroups(claims);
  const locs = [...new Set(claims.map((c) => c.location))];
  const scopes = locs.map((a) => locs.map((b) => scopeRelation(a, b, places)));
  const indexOf = new Map<ComparableClaim, number>();
  values.forEach((v, i) => v.claims.forEach((c) => indexOf.set(c, i)));
  const at = pairJudging(values, classify(values, locs), scopes, indexOf);
  const kinds = judged
    ? judgeQuantity(at, judged.memo, judgedKey(claims[0], location, judged.scopeKey))
    : judgeValuePairs(at);
  const lists = kinds.get('conflict') ?? kinds.get('update');
  if (!lists) return null;
  const top = lists.top.items[0];

  const byOrigin = originValues(claims);
  const ofFigure: OriginValue[][] = values.map(() => []);
  for (const v of byOrigin) ofFigure[indexOf.get(firstSeen(v))!].push(v);
  const lead = chooseLeadPair(
    lists.candidates.items.map((p) => ({ first: ofFigure[p.first], second: ofFigure[p.second] })),
    top.kind,
    (a, b) => judgeValues(a, b, places),
  ) ?? { first: ofFigure[top.first][0], second: ofFigure[top.second][0], relation: top.rep };
  const stored = new Map(byOrigin.map((v) => [v, storedValue(v, originWordsOf(firstSeen(v)))]));
  return {
    metric: claims[0].metric,
    subject: claims[0].subject,
    location,
    kind: top.kind,
    severity: top.severity,
    rule: lead.relation.rule,
    explanation: explainPair(lead.first, lead.second, lead.relation, { wholeArea }),
    values: orderByOrigin(byOrigin, lead).map((v) => stored.get(v)!),
    pair: [stored.get(lead.first)!, stored.get(lead.second)!],
  };
}

/**
 * The memo's key of a quantity: its persistence key and the event's site the scopes were judged
 * with (a site found later relates kept values anew).
 */
function judgedKey(c: ComparableClaim, location: string | null, scopeKey: string | null): string {
  return `${quantityKey({ metric: c.metric, subject: c.subject, location })}|${scopeKey ?? ''}`;
}

/**
 * originWords, built once per claim object: every value of a quantity is named by its origin on
 * every refresh, and a kept claim names the same origin.
 */
const originWordsByClaim = new WeakMap<ComparableClaim, string>();

function originWordsOf(c: ComparableClaim): string {
  let words = originWordsByClaim.get(c);
  if (words === undefined) {
    words = originWords(c);
    originWordsByClaim.set(c, words);
  }
  return words;
}

function judgeValues(a: OriginValue, b: OriginValue, places: PlaceRelation): PairRelation | null {
  if (a.value === b.value && a.low === b.low && a.high === b.high) return null;
  return relateClaims(firstSeen(a), firstSeen(b), places);
}

function sharedCount(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

/** Distinct (location, value, low, high), lowest figure first. */
function valueGroups(claims: ComparableClaim[]): ValueGroup[] {
  const groups = new Map<string, ValueGroup>();
  for (const c of claims) {
    const key = groupKey(c, 'figure');
    const g = groups.get(key) ?? {
      key,
      value: c.value,
      low: c.low,
      high: c.high,
      location: c.location,
      claims: [],
      origins: new Set<string>(),
    };
    g.claims.push(c);
    g.origins.add(c.originKey);
    groups.set(key, g);
  }
  return [...groups.values()].sort(
    (x, y) =>
      x.value - y.value ||
      (x.low ?? 0) - (y.low ?? 0) ||
      cmpHigh(x.high, y.high) ||
      compareLocations(x.location, y.location),
  );
}

/** Gazetteer look-ups are repeated for every pair of claims: ask once per pair of place names. */
function memoisePlaces(places: PlaceRelation): PlaceRelation {
  const cache = new Map<string, boolean>();
  return {
    within(inner, outer) {
      const key = JSON.stringify([inner, outer]);
      let hit = cache.get(key);
      if (hit === undefined) {
        try {
          hit = places.within(inner, outer) === true;
        } catch {
          hit = false;
        }
        cache.set(key, hit);
      }
      return hit;
    },
  };
}

/** What a claim's normalised location depends on beside the place relation. */
interface AreaScope {
  wholeArea: string | null;
  /** The event's site the places were read with (inferEventSite), as a key. */
  scopeKey: string | null;
}

/**
 * Each claim with its location normalised, built once per place relation (the caller's, before
 * memoising), claim, whole area and site, so a kept claim stays the same object (see valueDigest).
 */
const normalised = new WeakMap<
  PlaceRelation,
  WeakMap<ComparableClaim, AreaScope & { claim: ComparableClaim }>
>();

function normaliseLocation(
  c: ComparableClaim,
  places: PlaceRelation,
  { wholeArea, scopeKey }: AreaScope,
  relation: PlaceRelation,
): ComparableClaim {
  let ofRelation = normalised.get(relation);
  if (!ofRelation) {
    ofRelation = new WeakMap();
    normalised.set(relation, ofRelation);
  }
  const known = ofRelation.get(c);
  if (known?.wholeArea === wholeArea && known.scopeKey === scopeKey) return known.claim;
  const raw = typeof c.location === 'string' && c.location.trim() ? c.location : null;
  const location = raw !== null && wholeArea && sameLocation(raw, wholeArea, places) ? null : raw;
  const claim = location === c.location ? c : { ...c, location };
  ofRelation.set(c, { wholeArea, scopeKey, claim });
  return claim;
}

function compareClaims(a: ComparableClaim, b: ComparableClaim): number {
  return compareClaimContent(a, b);
}

function compareRelations(p: PairRelation, q: PairRelation): number {
  return (
    (p.kind === q.kind ? 0 : p.kind === 'conflict' ? -1 : 1) ||
    RULE_PRIORITY.indexOf(p.rule) - RULE_PRIORITY.indexOf(q.rule) ||
    compareClaims(p.first, q.first) ||
    compareClaims(p.second, q.second)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function cmpHigh(a: number | null, b: number | null): number {
  const x = a ?? Infinity;
  const y = b ?? Infinity;
  return x === y ? 0 : x < y ? -1 : 1;
}
