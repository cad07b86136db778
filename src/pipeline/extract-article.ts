// The pure pipeline: article in, metadata + posts + claims out. The worker and `cli extract`
// both run exactly this, so what the scorer measures is what the service stores.
import type { Claim } from '../domain/claim';
import { extractClaims } from '../claims/extract/extract-claims';
import { mainCountry } from '../geo/gazetteer';
import { countryOfUrl } from '../geo/url-country';
import type { ArticleInput, ArticleMetadata, ParsedPost } from '../parsing/parsed-article';
import { parseArticle } from '../parsing/parse-article';
import { readableText } from '../parsing/util/readable-text';

export interface ExtractionResult {
  article: ArticleMetadata;
  /** The article's main text, with the posts' text cut out. */
  body: string;
  posts: ParsedPost[];
  claims: Claim[];
  /** The country the article is mostly about (gazetteer name), or null. */
  mainCountry: string | null;
}

/** `articleLabel` (an id, URL or file name) names the article in the log if extraction fails. */
export function extractArticle(input: ArticleInput, articleLabel?: string): ExtractionResult {
  const { article, body, posts } = parseArticle({
    ...input,
    content: readableText(input.content, input.format),
  });
  const label = articleLabel ?? input.url ?? null;
  const defaultCountry = mainCountry(
    [article.title ?? '', body, ...posts.map((p) => p.text)].join('\n'),
    countryOfUrl(input.url),
  );
  const publishedAt = article.publishedAt;
  const bodyClaims: Claim[] = extractClaims(body, {
    publishedAt,
    dateline: article.place,
    defaultCountry,
    articleLabel: label,
  }).map((c) => ({
    ...c,
    source: { kind: 'article' },
  }));
  const postClaims: Claim[] = posts.flatMap((post, index) =>
    extractClaims(post.text, {
      publishedAt,
      postedAt: post.postedAt,
      postAuthor: post.authorName ?? post.handle,
      defaultCountry,
      articleLabel: label && `${label} (post ${index})`,
    }).map((c): Claim => ({ ...c, source: { kind: 'post', index } })),
  );
  return {
    article,
    body,
    posts,
    claims: [...bodyClaims, ...postClaims],
    mainCountry: defaultCountry,
  };
}

const WARM_UP_PAGE =
  '<html><head><title>Clashes in Almaty</title></head><body><article><p>ALMATY, Jan 6 (Reuters) - ' +
  'At least 12 police officers were killed and 353 injured, the interior ministry said.</p>' +
  '<blockquote class="twitter-tweet"><p>8 police killed in Almaty</p>&mdash; Desk (@desk) ' +
  '<a href="https://twitter.com/desk/status/1478784651937652737">January 5, 2022</a></blockquote>' +
  '</article></body></html>';

/**
 * Runs the pipeline once on a small page so a worker takes its first job ready: the gazetteer's
 * index (about half a second, several on a busy machine) and the parsers' first compilation are
 * paid at start-up, not by the first article.
 */
export function warmUpPipeline(): void {
  extractArticle({ format: 'html', content: WARM_UP_PAGE });
}
