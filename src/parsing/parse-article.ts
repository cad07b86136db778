// Entry point of the pure parsing core: article in (HTML or plain text), metadata + main text +
// embedded and referenced posts out. Never throws on malformed input.
import * as cheerio from 'cheerio';
import type { ArticleInput, ArticleMetadata, ParsedArticle, ParsedPost } from './parsed-article';
import { unwrapHardWrapped } from './hard-wrap';
import { streamDocument } from './main-text';
import {
  findCapitalsDateline,
  findCreditAuthors,
  findDateline,
  findLeadPlace,
} from './metadata/dateline';
import { readHtmlMetadata } from './metadata/html-metadata';
import { readTextMetadata } from './metadata/text-metadata';
import { findReferencedPosts } from './posts/referenced';
import { findTextTweets } from './posts/text-tweets';
import { normalizeMachineDate } from './util/dates';
import { IndexOfTokenizer } from './util/fast-tokenizer';
import { canonicalUrl } from './util/url';
import { titleCasePlace } from './util/text';

/**
 * htmlparser2 in HTML mode instead of cheerio's default parse5: about ten times faster on real pages
 * (npm run bench), giving up only parse5's repair of misnested markup, which article text does not
 * need. The serializer options print embeds as parse5 did (`—` as is, `allowfullscreen=""`, `<path></path>`),
 * so their markup hashes stay what they were. The tokenizer is htmlparser2's own with its scan for
 * the end of a script, a style or a comment done by indexOf (util/fast-tokenizer.ts).
 */
const FAST_HTML_PARSER: cheerio.CheerioOptions = {
  xml: {
    xmlMode: false,
    decodeEntities: true,
    encodeEntities: 'utf8',
    emptyAttrs: true,
    selfClosingTags: false,
    Tokenizer: IndexOfTokenizer,
  },
};

const LEADING_DATE_RE = /^\s*date:?\s+(\d{4}-\d{2}-\d{2})\b\s*/i;

interface BodyResult {
  body: string[];
  posts: ParsedPost[];
}

/** Cuts plain-text tweets out of paragraphs and collects them with the referenced posts, in order. */
function processParagraphs(paragraphs: string[]): BodyResult {
  const body: string[] = [];
  const posts: ParsedPost[] = [];
  for (const para of paragraphs) {
    const { posts: tweets, rest } = findTextTweets(para);
    const refs = findReferencedPosts(rest);
    // references come from the article's text; place them before the tweets that follow them
    const ordered = [
      ...refs.map((r) => ({ ...r, weight: r.start / Math.max(1, rest.length) })),
      ...tweets.map((t) => ({ ...t, weight: t.start / Math.max(1, para.length) })),
    ].sort((a, b) => a.weight - b.weight);
    posts.push(...ordered.map((o) => o.post));
    if (rest) body.push(rest);
  }
  return { body, posts };
}

function dedupe(posts: ParsedPost[]): ParsedPost[] {
  const seen = new Set<string>();
  const out: ParsedPost[] = [];
  for (const p of posts) {
    const key = p.externalId
      ? `${p.kind}|${p.platform}|${p.externalId}`
      : p.kind === 'referenced'
        ? `ref|${p.platform}|${p.authorName}`
        : null;
    if (key) {
      if (seen.has(key)) continue;
      seen.add(key);
    }
    out.push(p);
  }
  return out;
}

function emptyMetadata(): ArticleMetadata {
  return {
    title: null,
    author: null,
    authors: [],
    publishedAt: null,
    modifiedAt: null,
    place: null,
    site: null,
    url: null,
    language: null,
  };
}

function parseText(input: ArticleInput): ParsedArticle {
  // a hard-wrapped text's lines are read as the paragraphs they were wrapped from
  let content = unwrapHardWrapped(input.content.replace(/\r\n?/g, '\n'));
  let leadingDate: string | null = null;
  const lead = LEADING_DATE_RE.exec(content);
  if (lead) {
    leadingDate = normalizeMachineDate(lead[1]);
    content = content.slice(lead[0].length);
  }
  const paragraphs = content
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean);
  const meta = readTextMetadata(paragraphs, leadingDate, input.url ?? null);
  const kept = paragraphs.filter((_p, i) => !meta.metaParagraphs.includes(i));
  const { body, posts } = processParagraphs(kept);
  // the dateline may only be visible once the tweets are cut out
  let place = meta.place;
  if (!place) for (const p of body.slice(0, 6)) if ((place = findDateline(p)?.place ?? null)) break;
  if (!place) place = findLeadPlace(body.slice(0, 6), meta.title);
  if (!place) place = findCapitalsDateline(body);
  // a wire credit line at the foot only when no byline or dateline named the author
  if (!meta.authors.length) meta.authors = findCreditAuthors(body);
  return {
    article: {
      ...emptyMetadata(),
      title: meta.title,
      author: meta.authors[0] ?? null,
      authors: meta.authors,
      publishedAt: meta.publishedAt ?? normalizeMachineDate(input.publishedAt ?? null),
      place,
      url: canonicalUrl(input.url ?? null),
    },
    body: body.join('\n\n'),
    posts: dedupe(posts),
  };
}

function parseHtml(input: ArticleInput): ParsedArticle {
  const $ = cheerio.load(input.content, FAST_HTML_PARSER);
  const base = canonicalUrl(input.url ?? null);
  const meta = readHtmlMetadata($, base);
  const items = streamDocument($, base);
  const posts: ParsedPost[] = [];
  const body: string[] = [];
  for (const item of items) {
    if (item.kind === 'post') {
      posts.push(item.post);
      continue;
    }
    if (!item.inMain) continue;
    const r = processParagraphs(
      item.text.split('\n').filter(Boolean).length > 1
        ? [item.text.replace(/\n/g, ' ')]
        : [item.text],
    );
    posts.push(...r.posts);
    body.push(...r.body);
  }
  // "Wailuku, Hawaii": the dateline's city, as "SEOUL, South Korea --" gives Seoul in text
  let place = meta.dateline
    ? titleCasePlace(meta.dateline.split(',')[0].replace(/[.\s–—-]+$/, ''))
    : null;
  if (!place) for (const p of body.slice(0, 6)) if ((place = findDateline(p)?.place ?? null)) break;
  if (!place) place = findLeadPlace(body.slice(0, 6), meta.title);
  if (!place) place = findCapitalsDateline(body);
  if (!meta.authors.length) {
    // plain-text bylines at the top of the body
    const tm = readTextMetadata(body, null);
    const authors = tm.authors.length ? tm.authors : findCreditAuthors(body);
    if (authors.length) {
      meta.authors = authors;
      meta.author = authors[0];
    }
  }
  return {
    article: {
      title: meta.title,
      author: meta.author,
      authors: meta.authors,
      publishedAt: meta.publishedAt ?? normalizeMachineDate(input.publishedAt ?? null),
      modifiedAt: meta.modifiedAt,
      place,
      site: meta.site,
      url: meta.url ?? base,
      language: meta.language,
    },
    body: body.join('\n\n'),
    posts: dedupe(posts),
  };
}

export function parseArticle(input: ArticleInput): ParsedArticle {
  const safe: ArticleInput = {
    ...input,
    content: typeof input.content === 'string' ? input.content : String(input.content ?? ''),
  };
  try {
    return safe.format === 'html' ? parseHtml(safe) : parseText(safe);
  } catch {
    // last resort: never fail the job on malformed input
    try {
      return safe.format === 'html'
        ? parseText({
            ...safe,
            content: cheerio.load(safe.content, FAST_HTML_PARSER).root().text(),
          })
        : fallback(safe);
    } catch {
      return fallback(safe);
    }
  }
}

function fallback(input: ArticleInput): ParsedArticle {
  return {
    article: {
      ...emptyMetadata(),
      publishedAt: normalizeMachineDate(input.publishedAt ?? null),
      url: canonicalUrl(input.url ?? null),
    },
    body: input.content.trim(),
    posts: [],
  };
}
