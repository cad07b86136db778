// The shapes the parser produces (DESIGN.md §3). The CLI prints them and the API serves them,
// so field names here are a contract with the review page and the evaluation scorer.
import type { Platform, PostKind, TimePrecision } from '../domain/vocabulary';

export interface ParsedPost {
  kind: PostKind;
  platform: Platform;
  /** Platform id of the post (tweet id, Instagram shortcode, …); null when the markup has none. */
  externalId: string | null;
  /** Canonical URL, tracking parameters dropped. */
  url: string | null;
  authorName: string | null;
  /** Without "@"; Mastodon handles keep their instance: "user@instance.social". */
  handle: string | null;
  /**
   * ISO 8601 or null. precision "ms" (decoded from the id): a full instant, in UTC unless the embed
   * printed another calendar day, then with the reader's offset so that the first 10 characters are
   * the printed day (same instant). "minute": printed time ("…Z" when the zone was printed, else
   * local "YYYY-MM-DDTHH:mm"). "day": "YYYY-MM-DD" as printed.
   */
  postedAt: string | null;
  postedAtPrecision: TimePrecision | null;
  text: string;
  links: string[];
  mentions: string[];
  hashtags: string[];
  media: string[];
  /** sha256 (hex) of the embed's markup (or of the plain-text signature block). */
  markupSha256: string | null;
}

export interface ArticleMetadata {
  title: string | null;
  /** First author, as the scorer reads it. */
  author: string | null;
  authors: string[];
  /** ISO 8601; a date only ("2022-01-06") when that is all the source gives. */
  publishedAt: string | null;
  modifiedAt: string | null;
  /** Dateline place ("Brussels", "ALMATY" → "Almaty"). */
  place: string | null;
  site: string | null;
  url: string | null;
  language: string | null;
}

export interface ParsedArticle {
  article: ArticleMetadata;
  /**
   * The article's main text: paragraphs joined by "\n\n", with navigation, related stories,
   * comments and footers removed, and with the text of embedded posts cut out (their figures
   * belong to the posts, not to the article).
   */
  body: string;
  posts: ParsedPost[];
}

export type ArticleFormat = 'html' | 'text';

export interface ArticleInput {
  format: ArticleFormat;
  content: string;
  /** The URL the article came from or was submitted with. */
  url?: string | null;
  /** Publication date given beside the content (wins over nothing, loses to nothing found in it? see parser). */
  publishedAt?: string | null;
}
