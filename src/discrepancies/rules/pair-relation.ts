// What the pair rules return: how two claims about one quantity relate.
import type { TimeOrder } from './as-of';
import type { ComparableClaim, DiscrepancyKind } from './comparable-claim';
import type { Metric } from '../../domain/vocabulary';
import type { ScopeRelation } from './scope';

export type ConflictRule =
  'part_exceeds_whole' | 'decrease_over_time' | 'same_day_disagreement' | 'disjoint_intervals';
export type UpdateRule = 'growth_over_time' | 'change_over_time' | 'same_source_revision';
export type RuleName = ConflictRule | UpdateRule;

export interface PairRelation {
  kind: DiscrepancyKind;
  rule: RuleName;
  /** In the rule's order: part then whole, earlier then later, else the lower figure first. */
  first: ComparableClaim;
  second: ComparableClaim;
  time: TimeOrder;
}

/** The input of every pair rule: two claims of one metric and subject whose scopes are comparable. */
export interface PairContext {
  a: ComparableClaim;
  b: ComparableClaim;
  /** How a's scope relates to b's (never 'apart'). */
  scope: Exclude<ScopeRelation, 'apart'>;
  /** How a's time relates to b's. */
  time: TimeOrder;
}

/** Counts that only grow over time (DESIGN.md §4). deployed and participants go up and down. */
export const CUMULATIVE_METRICS: ReadonlySet<Metric> = new Set<Metric>([
  'killed',
  'injured',
  'detained',
  'missing',
  'displaced',
]);

/** Rule priority inside one pair of values: the most telling reason first. */
export const RULE_PRIORITY: readonly RuleName[] = [
  'part_exceeds_whole',
  'decrease_over_time',
  'same_day_disagreement',
  'disjoint_intervals',
  'growth_over_time',
  'change_over_time',
  'same_source_revision',
];

export function flip(t: TimeOrder): TimeOrder {
  return t === -1 ? 1 : t === 1 ? -1 : t;
}
