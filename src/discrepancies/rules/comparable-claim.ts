// What the discrepancy rules compare: a stored claim with the provenance needed to judge it.
import type { Metric, Qualifier, Subject } from '../../domain/vocabulary';
import type { TimePrecision } from '../../domain/vocabulary';

export interface ComparableClaim {
  id: string;
  metric: Metric;
  subject: Subject;
  value: number;
  low: number | null;
  high: number | null;
  /** Gazetteer name, or null: the claim then speaks for the story's whole area. */
  location: string | null;
  /** ISO date or datetime; with its precision ('day' for a date only). */
  asOf: string | null;
  asOfPrecision: TimePrecision | null;
  /**
   * Who asserts it, independently: the post id for a post's claim (a post embedded by five
   * articles is one source), else the attributed origin (last element of the attribution chain,
   * normalised), else the article's site or id.
   */
  originKey: string;
  /** Set by withOriginsByName: `originKey` is a person's or a body's name, one origin wherever quoted. */
  namedOrigin?: boolean;
  /**
   * The publishing source of this version of the figure: the post id, or the article's
   * canonical identity (shared by its revisions). Figures from one source that differ over time
   * are updates, never conflicts between sources.
   */
  sourceKey: string;
  articleId: string;
  postId: string | null;
  /** Optional: a human label for explanations ("@_Stmatrix", "Khabar-24"); defaults to originKey. */
  sourceLabel?: string | null;
  /**
   * Optional: the publisher as a reader names it (the article's site or host, a post's handle),
   * to tell apart two outlets quoting one origin with two figures.
   */
  outlet?: string | null;
  /** Optional: the attribution chain, outermost first, to name the origin in words. */
  attribution?: string[];
  /** Optional: the wording's qualifier, used only to phrase the figure ("more than 5,135"). */
  qualifier?: Qualifier | null;
  /**
   * Optional: its wording gives the figure as a count that grew to it ("has risen to 69"): one
   * origin's smaller figure elsewhere is then its earlier count (rise-words.ts).
   */
  rose?: boolean;
  /**
   * Optional: its wording gives the figure as a tally of bodies recovered or received ("63 bodies
   * were recovered"), a count so far rather than a total (tally-words.ts): it leads a flag only
   * when no figure worded as a total does.
   */
  tally?: boolean;
  /**
   * Optional: its wording gives a figure of people as some of a larger group ("10 women were among
   * those killed"), a subset rather than a total (subset-words.ts): it leads a flag only when no
   * figure worded as a total does.
   */
  subset?: boolean;
  /**
   * Optional: its clause gives the figure as a possibility or a fear ("There could be 100 people
   * who died", "800 feared dead"), not a stated count (hedge-words.ts): it leads a flag only when no
   * stated count does.
   */
  hedged?: boolean;
  /**
   * Optional: its clause gives the figure as a report made before the text's own time
   * ("Authorities said earlier that … 24 were injured"), not the text's current count
   * (hedge-words.ts): it leads a flag only when no current count does.
   */
  reportedEarlier?: boolean;
  /**
   * Optional: its wording gives the figure as people who survived ("23 rescued alive and four
   * confirmed dead"): no figure of the dead or the missing, left out of the comparison
   * (survivor-words.ts).
   */
  survivors?: boolean;
  /**
   * Optional: a figure its source names as superseded ("up from 310 dead earlier this morning").
   * It is shown in its origin's timeline, superseded, and never judged against another figure.
   */
  earlier?: boolean;
}

export const DISCREPANCY_KINDS = ['conflict', 'update'] as const;
export type DiscrepancyKind = (typeof DISCREPANCY_KINDS)[number];

export interface DiscrepancyValue {
  value: number;
  low: number | null;
  high: number | null;
  claimIds: string[];
  /** Optional: the location the claims of this value are scoped to (null = the story's whole area). */
  location?: string | null;
  /** The origin asserting it (ComparableClaim.originKey) and that origin named in words. */
  origin?: string;
  originLabel?: string;
  /** When the origin first gave this figure (null: undated). */
  asOf?: string | null;
  /** A later figure of the same origin replaced it: history, not a current total. */
  superseded?: boolean;
}

export interface DiscrepancyFinding {
  metric: Metric;
  subject: Subject;
  /** The broadest location among the compared claims (null = the story's whole area). */
  location: string | null;
  kind: DiscrepancyKind;
  /** 0..1: grows with the relative gap and the number of independent origins per side. */
  severity: number;
  /** Which rule fired: 'disjoint_intervals', 'part_exceeds_whole', 'decrease_over_time', 'same_day_disagreement', 'growth_over_time', 'change_over_time', 'same_source_revision'. */
  rule: string;
  /** One readable sentence a reviewer can act on. */
  explanation: string;
  /** One entry per origin and figure: the pair's origins first, each origin's figures in time order. */
  values: DiscrepancyValue[];
  /** The two values the flag leads with, in the rule's order (part→whole, earlier→later). */
  pair: [DiscrepancyValue, DiscrepancyValue];
}

export interface PlaceRelation {
  /** True when `inner` is `outer` or lies inside it (Almaty inside Kazakhstan). */
  within(inner: string, outer: string): boolean;
  /** Optional: whether the gazetteer knows the place; an unknown one is matched by spelling (scope.ts). */
  known?(name: string): boolean;
  /** Optional: whether the place is a first-level region (a state, a province): event-site.ts. */
  region?(name: string): boolean;
}
