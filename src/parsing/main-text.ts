// HTML → an ordered stream of text blocks and embeds. Navigation, footers, comments, "related"
// boxes, ads, forms and scripts give no text; embeds are recognised wherever they sit (except in
// navigation, footers and comment threads) and their text never enters the body.
import type { CheerioAPI } from 'cheerio';
import type { ParsedPost } from './parsed-article';
import {
  attr,
  eachElement,
  isBlockTag,
  isElement,
  tagName,
  textLength,
  type AnyNode,
  type Element,
} from './util/dom';
import { embedExtractorFor } from './posts/embeds';
import { structuralBoilerplate } from './boilerplate';
import type { EmbedContext } from './posts/embed-types';

export type StreamItem =
  { kind: 'text'; text: string; inMain: boolean } | { kind: 'post'; post: ParsedPost };

const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'head',
  'title',
  'meta',
  'link',
  'button',
  'select',
  'option',
  'input',
  'textarea',
  'label',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'map',
  'iframe',
  'img',
  'picture',
  'source',
]);
/**
 * An extractor reads an embed's whole subtree, so embed-like elements nested in one another that
 * each yield nothing would cost time quadratic in their depth ('<blockquote class="twitter-tweet">'
 * 2,000 times over). Real embeds sit at most a wrapper or two inside a failed candidate; below this
 * many failed candidates no more embeds are looked for.
 */
const MAX_FAILED_EMBED_NESTING = 8;
/** Containers that never hold article text or the article's own embeds. */
const HARD_TAGS = new Set(['nav', 'footer', 'menu', 'dialog']);
const HARD_TOKENS = new Set([
  'comment',
  'comments',
  'commentlist',
  'disqus',
  'respond',
  'footer',
  'site-footer',
  'nav',
  'navbar',
  'navigation',
  'menu',
  'breadcrumb',
  'breadcrumbs',
  'cookie',
  'cookies',
  'consent',
]);
/** Containers whose text is boilerplate but may still wrap an embed. */
const SOFT_TAGS = new Set(['aside', 'header', 'form', 'figcaption']);
const SOFT_TOKENS = new Set([
  'related',
  'recommended',
  'recommendations',
  'recirculation',
  'more-stories',
  'morestories',
  'more-news',
  'more-from',
  'more-on',
  'read-more',
  'readmore',
  'also-read',
  'read-also',
  'readalso',
  'see-also',
  'newsletter',
  'subscribe',
  'subscription',
  'signup',
  'share',
  'sharing',
  'social-share',
  'sharebar',
  'ad',
  'ads',
  'advert',
  'advertisement',
  'adslot',
  'ad-slot',
  'ad-container',
  'sponsored',
  'promo',
  'promotion',
  'sidebar',
  'widget',
  'popular',
  'trending',
  'most-read',
  'mostread',
  'most-viewed',
  'mostviewed',
  'most-popular',
  'mostpopular',
  'most-shared',
  'most-watched',
  'top-stories',
  'outbrain',
  'taboola',
  'tags',
  'tag-list',
  'byline',
  'author-bio',
  'paywall',
  'modal',
  'popup',
  'banner',
  'masthead',
  'skip-link',
  'visually-hidden',
  'sr-only',
  'screen-reader-text',
  'caption',
  'credit',
  'gform_wrapper',
  'ticker',
  'newsticker',
  'teasers',
  'teaser-list',
  'card-list',
  'cards',
  'rail',
  'onward',
  'donate',
  'donation',
  'further-reading',
]);
const ROLE_HARD = new Set(['navigation', 'contentinfo', 'menu', 'menubar']);
const ROLE_SOFT = new Set(['complementary', 'banner', 'dialog', 'search']);

/** The words of a class or id attribute, lower case, and the parts of compound ones. */
function wordsOfName(value: string): string[] {
  const out = value.toLowerCase().split(/\s+/).filter(Boolean);
  // also the parts of compound names: "article-related-box" → related
  for (const w of [...out])
    for (const part of w.split(/[-_]+/)) if (part && part !== w) out.push(part);
  return out;
}

/**
 * Class words by class attribute: a page gives a few class attributes to many elements, and
 * splitting each element's again cost as much as walking the page. Cleared past
 * MAX_CACHED_CLASS_WORDS so a long-running worker does not keep every page's class names.
 */
const classWords = new Map<string, readonly string[]>();
const MAX_CACHED_CLASS_WORDS = 5000;

function wordsOfClass(value: string): readonly string[] {
  let words = classWords.get(value);
  if (!words) {
    if (classWords.size >= MAX_CACHED_CLASS_WORDS) classWords.clear();
    words = wordsOfName(value);
    classWords.set(value, words);
  }
  return words;
}

/** Whether a word of the element's class or id (or a part of one) is one of `tokens`. */
function namedBy(el: Element, tokens: ReadonlySet<string>): boolean {
  const cls = attr(el, 'class');
  const id = attr(el, 'id');
  return (
    (!!cls && wordsOfClass(cls).some((w) => tokens.has(w))) ||
    (!!id && wordsOfName(id).some((w) => tokens.has(w)))
  );
}

type Zone = 'main' | 'soft' | 'hard';
/** The zones whose elements are walked: text is read in 'main', embeds in both. */
type ReadZone = Exclude<Zone, 'hard'>;

interface ZoneContext {
  /** boilerplate by structure (link lists, recirculation headings) */
  structural: Set<Element>;
  /** whether the element holds most of the story's paragraphs (then its class names do not make it boilerplate) */
  holdsStory: (el: Element) => boolean;
}

const roleOf = (el: Element) => (attr(el, 'role') ?? '').toLowerCase();

/** Hidden from the reader; its text is boilerplate, an embed in it still counts. */
function isHidden(el: Element): boolean {
  return (
    attr(el, 'hidden') !== null ||
    /display\s*:\s*none/i.test(attr(el, 'style') ?? '') ||
    attr(el, 'aria-hidden') === 'true'
  );
}

/** The page's and the story's own containers: their class names never make them boilerplate. */
const isPageContainer = (name: string) =>
  name === 'body' || name === 'html' || name === 'article' || name === 'main';

/**
 * Whether `el` is a hard zone (navigation, a footer, comments): the walk reads nothing under it.
 * A hidden element is soft even when its class names a hard zone.
 */
function isHardZone(el: Element): boolean {
  const name = tagName(el);
  if (HARD_TAGS.has(name) || ROLE_HARD.has(roleOf(el))) return true;
  return !isHidden(el) && !isPageContainer(name) && namedBy(el, HARD_TOKENS);
}

function zoneOf(el: Element, zc: ZoneContext): Zone | null {
  if (isHardZone(el)) return 'hard';
  if (isHidden(el)) return 'soft';
  const name = tagName(el);
  if (!isPageContainer(name) && namedBy(el, SOFT_TOKENS) && !zc.holdsStory(el)) return 'soft';
  if (SOFT_TAGS.has(name) || ROLE_SOFT.has(roleOf(el))) return 'soft';
  if (zc.structural.has(el)) return 'soft';
  return null;
}

/** The class names of the usual article-body containers (CSS class matching: case-sensitive). */
const CONTENT_CLASSES = new Set([
  'article-body',
  'article__body',
  'articleBody',
  'entry-content',
  'post-content',
  'story-body',
  'article-content',
  'article-text',
  'c-article-body',
  'content-body',
  'post-body',
  'story-content',
  'body-copy',
]);

/** `[itemprop=articleBody]`, `#article-body`, one of CONTENT_CLASSES, `<article>` or `<main>`. */
function isContentCandidate(el: Element): boolean {
  const name = tagName(el);
  if (name === 'article' || name === 'main') return true;
  if (attr(el, 'itemprop') === 'articleBody' || attr(el, 'id') === 'article-body') return true;
  const cls = attr(el, 'class');
  return !!cls && cls.split(/\s+/).some((c) => CONTENT_CLASSES.has(c));
}

interface MainRoot {
  root: Element | null;
  /** paragraph characters credited to every ancestor of each paragraph */
  credited: Map<Element, number>;
  total: number;
}

/** What the three replaces of collapseSpaces would change; most text nodes hold none of it. */
const UNCOLLAPSED = /[\t\n\r\f\v\u00a0]| {2}/;

/** Whitespace collapses, but a blank line in raw text (Markdown-ish fragments) splits paragraphs. */
function collapseSpaces(text: string): string {
  if (!UNCOLLAPSED.test(text)) return text;
  return text
    .replace(/[ \t\r\f\v\u00a0]*\n[ \t\r\f\v\u00a0]*\n\s*/g, '\n\n')
    .replace(/[ \t\r\f\v\u00a0]*\n(?!\n)[ \t\r\f\v\u00a0]*/g, ' ')
    .replace(/[ \t\r\f\v\u00a0]+/g, ' ');
}

function locateMain($: CheerioAPI): MainRoot {
  // each paragraph's text length, measured once, credited to every ancestor
  const credited = new Map<Element, number>();
  const candidates: Element[] = [];
  let total = 0;
  eachElement($.root()[0] as unknown as AnyNode, (el) => {
    if (isContentCandidate(el)) candidates.push(el);
    if (tagName(el) !== 'p') return;
    const len = textLength(el);
    if (!len) return;
    total += len;
    let a = el.parent as AnyNode | null;
    while (a && isElement(a)) {
      credited.set(a, (credited.get(a) ?? 0) + len);
      a = a.parent as AnyNode | null;
    }
  });
  if (total === 0) return { root: null, credited, total };
  let best: Element | null = null;
  let bestLen = 0;
  for (const c of candidates) {
    const len = credited.get(c) ?? 0;
    if (len > bestLen) [best, bestLen] = [c, len];
  }
  // a root must hold most of the page's paragraph text
  return { root: best && bestLen >= total * 0.6 ? best : null, credited, total };
}

/** The element holding the article's text, or null for the whole document. */
export function findMainRoot($: CheerioAPI): Element | null {
  return locateMain($).root;
}

function zoneContext(start: AnyNode, { root, credited, total }: MainRoot): ZoneContext {
  return {
    structural: structuralBoilerplate(start, {
      credited,
      totalParagraphText: total,
      root,
      unread: isHardZone,
    }),
    holdsStory: (el) => total > 0 && (credited.get(el) ?? 0) >= total * 0.5,
  };
}

/** Walks the document in order, yielding text blocks and recognised embeds. */
export function streamDocument($: CheerioAPI, base: string | null): StreamItem[] {
  const items: StreamItem[] = [];
  const ctx: EmbedContext = { $, base };
  const main = locateMain($);
  const { root } = main;
  const start = $.root()[0] as unknown as AnyNode;
  const zc = zoneContext(start, main);
  let buffer = '';
  let bufferMain = root === null;

  const flush = (inMain: boolean) => {
    const text = buffer;
    buffer = '';
    bufferMain = inMain;
    // called at every block's start and end: most of the time there is no text to split
    if (!text.trim()) return;
    for (const para of text.split(/\n\s*\n/)) {
      const clean = para
        .split('\n')
        .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
        .filter(Boolean)
        .join('\n');
      if (clean) items.push({ kind: 'text', text: clean, inMain });
    }
  };

  // a hard zone is never entered: nothing in it is read, neither its text nor its embeds
  const walk = (node: AnyNode, zone: ReadZone, inMain: boolean, failedEmbeds: number): void => {
    if (node.type === 'text') {
      if (zone === 'main') {
        if (bufferMain !== inMain) flush(bufferMain);
        bufferMain = inMain;
        buffer += collapseSpaces((node as unknown as { data: string }).data);
      }
      return;
    }
    if (!isElement(node)) return;
    const el = node;
    const name = tagName(el);
    const nowMain = inMain || el === root;
    let failed = failedEmbeds;
    if (failedEmbeds < MAX_FAILED_EMBED_NESTING) {
      const ex = embedExtractorFor(el);
      if (ex) {
        let post: ParsedPost | null;
        try {
          post = ex.extract(el, ctx);
        } catch {
          post = null;
        }
        if (post) {
          flush(bufferMain);
          items.push({ kind: 'post', post });
          return;
        }
        failed++;
      }
    }
    if (SKIP_TAGS.has(name)) return;
    if (name === 'br') {
      if (zone === 'main') buffer += '\n';
      return;
    }
    const z = zoneOf(el, zc);
    if (z === 'hard') {
      flush(bufferMain);
      return;
    }
    const childZone: ReadZone = zone === 'soft' || z === 'soft' ? 'soft' : 'main';
    const block = isBlockTag(name) || z !== null || el === root;
    if (block) flush(bufferMain);
    for (const c of el.children ?? []) walk(c, childZone, nowMain, failed);
    if (block) flush(bufferMain);
  };

  for (const c of (start as unknown as { children: AnyNode[] }).children ?? [])
    walk(c, 'main', root === null, 0);
  flush(bufferMain);
  return items;
}
