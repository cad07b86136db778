// Article metadata from HTML: JSON-LD first, then OpenGraph / article:* / common meta tags, <link
// rel=canonical>, <time>, bylines, <title>/<h1>.
import type { CheerioAPI } from 'cheerio';
import type { ArticleMetadata } from '../parsed-article';
import { normalizeMachineDate } from '../util/dates';
import { attr, eachElement, tagName, textOf, type AnyNode, type Element } from '../util/dom';
import { canonicalUrl } from '../util/url';
import { parseByline } from './dateline';
import { isJsonLdScript, readJsonLd } from './json-ld';

/**
 * The elements the metadata is read from, found in one walk over the page: a CSS selector per
 * field would walk all of a large page's elements again each time.
 */
interface MetadataElements {
  /** `meta` */
  metas: Element[];
  /** the JSON-LD scripts (isJsonLdScript) */
  jsonLd: Element[];
  /** the first `html` */
  html: Element | null;
  /** the first `link[rel="canonical"]` (`rel` compared without regard to case, as CSS does in HTML) */
  canonical: Element | null;
  /** the first `[itemprop="dateModified"]` */
  dateModified: Element | null;
}

const isCanonicalLink = (el: Element) => {
  const rel = attr(el, 'rel');
  return (
    tagName(el) === 'link' && rel !== null && rel.length === 9 && rel.toLowerCase() === 'canonical'
  );
};

function findMetadataElements($: CheerioAPI): MetadataElements {
  const found: MetadataElements = {
    metas: [],
    jsonLd: [],
    html: null,
    canonical: null,
    dateModified: null,
  };
  eachElement($.root()[0] as unknown as AnyNode, (el) => {
    const name = tagName(el);
    if (name === 'meta') found.metas.push(el);
    else if (name === 'html') found.html ??= el;
    else if (isJsonLdScript(el)) found.jsonLd.push(el);
    else if (!found.canonical && isCanonicalLink(el)) found.canonical = el;
    if (!found.dateModified && attr(el, 'itemprop') === 'dateModified') found.dateModified = el;
  });
  return found;
}

function metaMap(metas: readonly Element[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of metas) {
    const key = (
      attr(el, 'property') ??
      attr(el, 'name') ??
      attr(el, 'itemprop') ??
      attr(el, 'http-equiv') ??
      ''
    )
      .trim()
      .toLowerCase();
    const content = (attr(el, 'content') ?? '').trim();
    if (key && content && !map.has(key)) map.set(key, content);
  }
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

/** Meta tags naming the author, in the order they are trusted. */
const AUTHOR_META_KEYS = [
  'author',
  'article:author',
  'parsely-author',
  'sailthru.author',
  'byl',
  'dc.creator',
  'twitter:creator:name',
];

/** Elements holding the byline, the most specific first. */
const BYLINE_SELECTORS = [
  '[itemprop="author"] [itemprop="name"]',
  '[itemprop="author"]',
  '[rel="author"]',
  '.byline__name',
  '.author-name',
  '.byline',
  '.article-byline',
  '.author',
];

/** Meta tags giving the publication time, in the order they are trusted. */
const PUBLISHED_META_KEYS = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dc.date',
  'date',
  'pubdate',
  'publish-date',
  'publishdate',
  'publication_date',
  'article.published',
  'cxenseparse:recs:publishtime',
];

/** Where a page without a datePublished item prints its publication <time>. */
const PUBLISHED_TIME_SELECTORS = [
  'article time[datetime]',
  'header time[datetime]',
  '[class*="date"] time[datetime]',
  '[class*="publish"] time[datetime]',
  'time[pubdate]',
];

const MODIFIED_META_KEYS = [
  'article:modified_time',
  'og:updated_time',
  'datemodified',
  'last-modified',
];

type JsonLd = ReturnType<typeof readJsonLd>;
type MetaTags = Map<string, string>;

function authorsFromMeta(meta: MetaTags): string[] {
  const names = first(...AUTHOR_META_KEYS.map((key) => notUrl(meta.get(key))));
  if (!names) return [];
  return names
    .split(/\s*(?:,|;|\band\b)\s*/)
    .map((a) => cleanAuthorName(a))
    .filter((a): a is string => !!a);
}

function authorsFromBylineElement($: CheerioAPI): string[] {
  for (const selector of BYLINE_SELECTORS) {
    const el = $(selector).first()[0];
    if (!el) continue;
    const by = parseByline(textOf(el).replace(/\n/g, ' '));
    const names =
      by ?? [cleanAuthorName(textOf(el).split('\n')[0] ?? '')].filter((a): a is string => !!a);
    if (names.length) return names;
  }
  return [];
}

function readAuthors($: CheerioAPI, ld: JsonLd, meta: MetaTags): string[] {
  if (ld?.authors.length) return ld.authors;
  const fromMeta = authorsFromMeta(meta);
  return fromMeta.length ? fromMeta : authorsFromBylineElement($);
}

function publishedTimeInMarkup($: CheerioAPI): string | null {
  return (
    $('time[itemprop="datePublished"], [itemprop="datePublished"]').first().attr('datetime') ??
    $('[itemprop="datePublished"]').first().attr('content') ??
    $(PUBLISHED_TIME_SELECTORS.join(', ')).first().attr('datetime') ??
    null
  );
}

function readPublishedAt($: CheerioAPI, ld: JsonLd, meta: MetaTags): string | null {
  return normalizeMachineDate(
    first(ld?.datePublished, ...PUBLISHED_META_KEYS.map((key) => meta.get(key)), () =>
      publishedTimeInMarkup($),
    ),
  );
}

function readModifiedAt(ld: JsonLd, meta: MetaTags, dateModified: Element | null): string | null {
  return normalizeMachineDate(
    first(
      ld?.dateModified,
      ...MODIFIED_META_KEYS.map((key) => meta.get(key)),
      dateModified && (attr(dateModified, 'datetime') ?? attr(dateModified, 'content')),
    ),
  );
}

function readSite(ld: JsonLd, meta: MetaTags): string | null {
  return first(
    meta.get('og:site_name'),
    ld?.publisher,
    meta.get('application-name'),
    meta.get('twitter:site')?.replace(/^@/, ''),
  );
}

/** "Headline | Site", "Headline - Site": the headline without the site's name after it. */
function withoutSiteSuffix(title: string, site: string): string {
  const escapedSite = site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return title.replace(new RegExp(`\\s*[|–—-]\\s*${escapedSite}\\s*$`, 'i'), '');
}

function readTitle($: CheerioAPI, ld: JsonLd, meta: MetaTags, site: string | null): string | null {
  const title = first(
    ld?.headline,
    meta.get('og:title'),
    meta.get('twitter:title'),
    () => $('h1').first().text(),
    () => $('title').first().text(),
  );
  if (!title) return null;
  const spaced = title.replace(/\s+/g, ' ').trim();
  return (site ? withoutSiteSuffix(spaced, site) : spaced) || null;
}

function readUrl(
  ld: JsonLd,
  meta: MetaTags,
  canonical: Element | null,
  baseUrl: string | null,
): string | null {
  return (
    canonicalUrl(
      first(canonical && attr(canonical, 'href'), meta.get('og:url'), ld?.url),
      baseUrl,
    ) ?? canonicalUrl(baseUrl)
  );
}

function readLanguage(ld: JsonLd, meta: MetaTags, html: Element | null): string | null {
  return normalizeLang(
    first(
      html && attr(html, 'lang'),
      meta.get('content-language'),
      meta.get('og:locale'),
      ld?.language,
      meta.get('language'),
    ),
  );
}

export interface HtmlMetadata extends Omit<ArticleMetadata, 'place'> {
  dateline: string | null;
}

export function readHtmlMetadata($: CheerioAPI, baseUrl: string | null): HtmlMetadata {
  const elements = findMetadataElements($);
  const ld = readJsonLd($, elements.jsonLd);
  const meta = metaMap(elements.metas);
  const authors = readAuthors($, ld, meta);
  const site = readSite(ld, meta);
  return {
    title: readTitle($, ld, meta, site),
    author: authors[0] ?? null,
    authors,
    publishedAt: readPublishedAt($, ld, meta),
    modifiedAt: readModifiedAt(ld, meta, elements.dateModified),
    site,
    url: readUrl(ld, meta, elements.canonical, baseUrl),
    language: readLanguage(ld, meta, elements.html),
    dateline: ld?.dateline ?? null,
  };
}
