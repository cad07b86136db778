// The claim shape (DESIGN.md §3), shared by the extractor, the API and the discrepancy rules.

export const METRICS = [
  'killed',
  'injured',
  'detained',
  'missing',
  'displaced',
  'deployed',
  'participants',
] as const;
export type Metric = (typeof METRICS)[number];

export const SUBJECTS = [
  'law_enforcement',
  'military',
  'protesters',
  'civilians',
  'people',
  'journalists',
  'children',
  'other',
] as const;
export type Subject = (typeof SUBJECTS)[number];

export const QUALIFIERS = [
  'exact',
  'at_least',
  'more_than',
  'at_most',
  'approx',
  'range',
  'vague',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

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
}

export interface Claim extends ExtractedClaim {
  source: ClaimSource;
}

/** What the extractor knows about the text it reads. */
export interface ExtractionContext {
  /** Article publication date (ISO), to resolve "on Wednesday" and as the fallback asOf. */
  publishedAt?: string | null;
  /** Post timestamp (ISO) when the text is a post's; wins over publishedAt as fallback asOf. */
  postedAt?: string | null;
  /** The post's author (name or handle) when the text is a post's: the outermost source. */
  postAuthor?: string | null;
  /** The article's main country (gazetteer name), the last resort for `location`. */
  defaultCountry?: string | null;
  /** Which article (id, URL or file) the text belongs to, named when extraction fails. */
  articleLabel?: string | null;
}
