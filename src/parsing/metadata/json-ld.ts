// JSON-LD (schema.org) article metadata: NewsArticle and friends, @graph, @id references.
import type { CheerioAPI } from 'cheerio';
import { attr, tagName, type Element } from '../util/dom';

type Json = Record<string, unknown>;

export interface JsonLdArticle {
  headline: string | null;
  authors: string[];
  datePublished: string | null;
  dateModified: string | null;
  publisher: string | null;
  url: string | null;
  language: string | null;
  dateline: string | null;
}

/** The schema.org types whose node is the article itself. */
const ARTICLE_TYPES = new Set([
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'Article',
  'BlogPosting',
  'LiveBlogPosting',
  'Report',
  'TechArticle',
  'ScholarlyArticle',
]);

function parseJson(raw: string): unknown {
  const text = raw
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\/\*<!\[CDATA\[\*\/|\/\*\]\]>\*\/$/g, '');
  try {
    return JSON.parse(text);
  } catch {
    try {
      // common breakage: raw newlines/tabs inside strings, trailing commas
      // eslint-disable-next-line no-control-regex -- control characters are what this strips
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return null;
    }
  }
}

function flatten(node: unknown, out: Json[]): void {
  if (Array.isArray(node)) {
    for (const n of node) flatten(n, out);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const obj = node as Json;
  out.push(obj);
  if (obj['@graph']) flatten(obj['@graph'], out);
}

function types(obj: Json): string[] {
  const t = obj['@type'];
  return (Array.isArray(t) ? t : [t])
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.replace(/^.*[/#]/, ''));
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') {
    const o = v as Json;
    return str(o['@value'] ?? o.name ?? o['@id'] ?? o.url);
  }
  return null;
}

const JSON_LD_TYPES = ['application/ld+json', 'application/json+ld'];

/**
 * `script[type="application/ld+json"], script[type="application/json+ld"]`, the type compared as CSS
 * compares it in an HTML page: without regard to case.
 */
export function isJsonLdScript(el: Element): boolean {
  if (tagName(el) !== 'script') return false;
  const type = attr(el, 'type');
  return (
    type !== null && JSON_LD_TYPES.some((t) => type.length === t.length && type.toLowerCase() === t)
  );
}

/** The article node of the page's JSON-LD `scripts` (see isJsonLdScript), or null. */
export function readJsonLd($: CheerioAPI, scripts: readonly Element[]): JsonLdArticle | null {
  const nodes: Json[] = [];
  for (const el of scripts) flatten(parseJson($(el).text()), nodes);
  if (!nodes.length) return null;
  const byId = new Map<string, Json>();
  for (const n of nodes) if (typeof n['@id'] === 'string') byId.set(n['@id'] as string, n);
  const resolve = (v: unknown): unknown => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Json;
      if (
        typeof o['@id'] === 'string' &&
        Object.keys(o).length <= 2 &&
        byId.has(o['@id'] as string)
      )
        return byId.get(o['@id'] as string);
    }
    return v;
  };
  const articles = nodes.filter((n) => types(n).some((t) => ARTICLE_TYPES.has(t)));
  const rank = (n: Json) => (types(n).some((t) => /NewsArticle$/.test(t)) ? 0 : 1);
  const art = articles.sort((a, b) => rank(a) - rank(b))[0];
  if (!art) return null;

  const authors: string[] = [];
  const rawAuthors = art.author ?? art.creator;
  for (const a of Array.isArray(rawAuthors) ? rawAuthors : rawAuthors ? [rawAuthors] : []) {
    const r = resolve(a);
    const name =
      typeof r === 'string' ? r : r && typeof r === 'object' ? str((r as Json).name) : null;
    if (name && !/^https?:\/\//.test(name))
      for (const n of name.split(/\s*(?:,|\band\b)\s*/)) if (n.trim()) authors.push(n.trim());
  }
  const publisher = resolve(art.publisher);
  const mainEntity = resolve(art.mainEntityOfPage);
  const loc = resolve(art.locationCreated ?? art.contentLocation);
  return {
    headline: str(art.headline) ?? str(art.name),
    authors: [...new Set(authors)],
    datePublished: str(art.datePublished) ?? str(art.dateCreated),
    dateModified: str(art.dateModified),
    publisher:
      publisher && typeof publisher === 'object' ? str((publisher as Json).name) : str(publisher),
    url:
      str(art.url) ??
      (typeof mainEntity === 'string'
        ? mainEntity
        : mainEntity && typeof mainEntity === 'object'
          ? str((mainEntity as Json)['@id'])
          : null),
    language: str(art.inLanguage),
    dateline:
      str(art.dateline) ?? (loc && typeof loc === 'object' ? str((loc as Json).name) : null),
  };
}
