// What the extractor is told about the text it reads, beside the text itself.

/** What the extractor knows about the text it reads. */
export interface ExtractionContext {
  /** Article publication date (ISO), to resolve "on Wednesday" and as the fallback asOf. */
  publishedAt?: string | null;
  /** Post timestamp (ISO) when the text is a post's; wins over publishedAt as fallback asOf. */
  postedAt?: string | null;
  /** The post's author (name or handle) when the text is a post's: the outermost source. */
  postAuthor?: string | null;
  /** Where the article is datelined, as its parser read it ("Balasore" of "Balasore, June 4"). */
  dateline?: string | null;
  /** The article's main country (gazetteer name), the last resort for `location`. */
  defaultCountry?: string | null;
  /** Which article (id, URL or file) the text belongs to, named when extraction fails. */
  articleLabel?: string | null;
}
