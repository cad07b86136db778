// Article metadata from HTML: JSON-LD first, then OpenGraph / article:* / common meta tags, <link
// rel=canonical>, <time>, bylines, <title>/<h1>.
import type { CheerioAPI } from 'cheerio';
import type { ArticleMetadata } from '../parsed-article';
import { normalizeMachineDate } from '../util/dates';
import { textOf } from '../util/dom';
import { canonicalUrl } from '../util/url';
import { parseByline } from './dateline';
import { readJsonLd } from './json-ld';

function metaMap($: CheerioAPI): Map<string, string> {
  const map = new Map<string, string>();
  $('meta').each((_i, el) => {
    const $el = $(el);
    const key = (
      $el.attr('property') ??
      $el.attr('name') ??
      $el.attr('itemprop') ??
      $el.attr('http-equiv') ??
      ''
    )
      .trim()
      .toLowerCase();
    const content = ($el.attr('content') ?? '').trim();
    if (key && content && !map.has(key)) map.set(key, content);
  });
  return map;
}

type Candidate = string | null | undefined;

/**
 * The first non-blank candidate. A candidate that has to search the document is passed as a
 * function, so it runs only when the cheap ones before it (JSON-LD, meta tags) found nothing: on a
 * large page every selector is a walk over all of its elements.
 */
const first = (...xs: (Candidate | (() => Candidate))[]) => {
  for (const x of xs) {
    const value = typeof x === 'function' ? x() : x;
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return null;
};
const notUrl = (s: string | null | undefined) =>
  s && !/^https?:\/\//i.test(s.trim()) ? s.trim() : null;

function cleanAuthorName(s: string): string | null {
  const t = s.replace(/\s+/g, ' ').trim();
  const by = parseByline(t);
  if (by) return by[0];
  if (!t || t.length > 80 || /^https?:/.test(t)) return null;
  return t;
}

function normalizeLang(raw: string | null): string | null {
  if (!raw) return null;
  const m = /^([a-z]{2,3})(?:[-_]([a-z0-9]{2,8}))?/i.exec(raw.trim());
  if (!m) return null;
  return m[2] ? `${m[1].toLowerCase()}-${m[2].toUpperCase()}` : m[1].toLowerCase();
}

export interface HtmlMetadata extends Omit<ArticleMetadata, 'place'> {
  dateline: string | null;
}

export function readHtmlMetadata($: CheerioAPI, baseUrl: string | null): HtmlMetadata {
  const ld = readJsonLd($);
  const meta = metaMap($);

  // authors
  let authors: string[] = ld?.authors.length ? ld.authors : [];
  if (!authors.length) {
    const m = first(
      notUrl(meta.get('author')),
      notUrl(meta.get('article:author')),
      notUrl(meta.get('parsely-author')),
      notUrl(meta.get('sailthru.author')),
      notUrl(meta.get('byl')),
      notUrl(meta.get('dc.creator')),
      notUrl(meta.get('twitter:creator:name')),
    );
    if (m)
      authors = m
        .split(/\s*(?:,|;|\band\b)\s*/)
        .map((a) => cleanAuthorName(a))
        .filter((a): a is string => !!a);
  }
  if (!authors.length) {
    const candidates = [
      '[itemprop="author"] [itemprop="name"]',
      '[itemprop="author"]',
      '[rel="author"]',
      '.byline__name',
      '.author-name',
      '.byline',
      '.article-byline',
      '.author',
    ];
    for (const sel of candidates) {
      const el = $(sel).first()[0];
      if (!el) continue;
      const by = parseByline(textOf(el).replace(/\n/g, ' '));
      const names =
        by ?? [cleanAuthorName(textOf(el).split('\n')[0] ?? '')].filter((a): a is string => !!a);
      if (names.length) {
        authors = names;
        break;
      }
    }
  }

  // dates
  const timeEl = () =>
    $('time[itemprop="datePublished"], [itemprop="datePublished"]').first().attr('datetime') ??
    $('[itemprop="datePublished"]').first().attr('content') ??
    $(
      'article time[datetime], header time[datetime], [class*="date"] time[datetime], [class*="publish"] time[datetime], time[pubdate]',
    )
      .first()
      .attr('datetime') ??
    null;
  const publishedAt = normalizeMachineDate(
    first(
      ld?.datePublished,
      meta.get('article:published_time'),
      meta.get('og:published_time'),
      meta.get('datepublished'),
      meta.get('parsely-pub-date'),
      meta.get('sailthru.date'),
      meta.get('dc.date.issued'),
      meta.get('dc.date'),
      meta.get('date'),
      meta.get('pubdate'),
      meta.get('publish-date'),
      meta.get('publishdate'),
      meta.get('publication_date'),
      meta.get('article.published'),
      meta.get('cxenseparse:recs:publishtime'),
      timeEl,
    ),
  );
  const modifiedAt = normalizeMachineDate(
    first(
      ld?.dateModified,
      meta.get('article:modified_time'),
      meta.get('og:updated_time'),
      meta.get('datemodified'),
      meta.get('last-modified'),
      () =>
        $('[itemprop="dateModified"]').first().attr('datetime') ??
        $('[itemprop="dateModified"]').first().attr('content'),
    ),
  );

  const site = first(
    meta.get('og:site_name'),
    ld?.publisher,
    meta.get('application-name'),
    meta.get('twitter:site')?.replace(/^@/, ''),
  );
  let title = first(
    ld?.headline,
    meta.get('og:title'),
    meta.get('twitter:title'),
    () => $('h1').first().text(),
    () => $('title').first().text(),
  );
  if (title) {
    title = title.replace(/\s+/g, ' ').trim();
    if (site)
      title = title.replace(
        new RegExp(`\\s*[|–—-]\\s*${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i'),
        '',
      );
  }
  const url =
    canonicalUrl(
      first($('link[rel="canonical"]').attr('href'), meta.get('og:url'), ld?.url),
      baseUrl,
    ) ?? canonicalUrl(baseUrl);
  const language = normalizeLang(
    first(
      $('html').attr('lang'),
      meta.get('content-language'),
      meta.get('og:locale'),
      ld?.language,
      meta.get('language'),
    ),
  );

  return {
    title: title || null,
    author: authors[0] ?? null,
    authors,
    publishedAt,
    modifiedAt,
    site,
    url,
    language,
    dateline: ld?.dateline ?? null,
  };
}
