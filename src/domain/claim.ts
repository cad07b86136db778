// The claim shape (DESIGN.md §3), shared by the extractor, the API and the discrepancy rules.
import type { Metric, Qualifier, Subject } from './vocabulary';

export type ClaimSource = { kind: 'article' } | { kind: 'post'; index: number };

/** What the extractor finds in one text (the article body, or one post's text). */
export interface ExtractedClaim {
  metric: Metric;
  subject: Subject;
  /** The figure written, or a vague word's conservative point. */
  value: number;
  /** Interval the wording asserts; null where unbounded. */
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  /** Gazetteer name of the most specific place the figure is scoped to. */
  location: string | null;
  /** Country of `location` (gazetteer name), or the article's main country. */
  country: string | null;
  /** Outermost source first: ["Khabar-24", "Almaty commandant's office"]. */
  attribution: string[];
  /** ISO date or datetime the figure is stated for. */
  asOf: string | null;
  /** Exact substring of the source text. */
  quote: string;
  /** Character offsets of `quote` in the source text. */
  start: number;
  end: number;
  /**
   * Set on a figure the text names as superseded beside the current one ("the toll, initially put
   * at 30, rose to 48": 30). Never a current total (DESIGN.md §3).
   */
  earlier?: true;
  /**
   * Set on a figure that counts a part of the quantity its fields cannot name ("nine of them were
   * declared dead", "149 remained in hospital", "20,000 since 2014"). Never a total (DESIGN.md §3).
   */
  part?: true;
}

export interface Claim extends ExtractedClaim {
  source: ClaimSource;
}
