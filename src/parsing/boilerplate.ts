// Boilerplate blocks recognised by their structure rather than by their names: link lists
// ("Most viewed", "Read also", tickers of headlines), "Read more: <link>" lines, and blocks introduced
// by a recirculation heading. Readability-style measures (text length, link density) are taken once
// per element; a block holding a large share of the page's paragraph text is never boilerplate.
import { attr, isElement, isSpace, tagName, type AnyNode, type Element } from './util/dom';

export interface BlockStats {
  /** visible characters (whitespace collapsed) */
  text: number;
  /** visible characters inside links */
  link: number;
  /** links with visible text */
  links: number;
}

const IGNORED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'head',
  'title',
  'iframe',
  'button',
  'select',
  'option',
]);

/** `text.replace(/\s+/g, ' ').trim().length`, counted without building the string (every text node of the page). */
export function collapsedLength(text: string): number {
  let length = 0;
  let seenText = false;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      gap = seenText;
      continue;
    }
    if (gap) length++;
    gap = false;
    seenText = true;
    length++;
  }
  return length;
}

/** Text and link measures of every element under `start`, in one pass, each added into its parent's. */
export function measureBlocks(start: AnyNode): Map<Element, BlockStats> {
  const stats = new Map<Element, BlockStats>();
  const visit = (node: AnyNode, inLink: boolean, parent: BlockStats): void => {
    if (node.type === 'text') {
      const len = collapsedLength((node as unknown as { data: string }).data);
      parent.text += len;
      if (inLink) parent.link += len;
      return;
    }
    if (!isElement(node) && node.type !== 'root') return;
    const el = node as Element;
    const name = isElement(node) ? tagName(el) : '';
    if (IGNORED.has(name)) return;
    const isLink = name === 'a' && attr(el, 'href') !== null;
    const own: BlockStats = { text: 0, link: 0, links: 0 };
    for (const c of el.children ?? []) visit(c, inLink || isLink, own);
    if (isLink && own.text > 0) own.links += 1;
    if (isElement(node)) stats.set(el, own);
    parent.text += own.text;
    parent.link += own.link;
    parent.links += own.links;
  };
  visit(start, false, { text: 0, link: 0, links: 0 });
  return stats;
}

/** Headings that introduce recirculation, not the story (several languages). */
const RECIRCULATION_HEADING = new RegExp(
  '^(?:' +
    [
      'related(?:\\s+(?:stories|articles|content|news|coverage|posts|links|reading|topics))?',
      'more(?:\\s+(?:stories|news|coverage|headlines|videos|on\\b.*|from\\b.*|about\\b.*|like this|to read|in\\b.*))?',
      'read\\s+(?:also|more|next|this next)',
      'also\\s+read',
      'see\\s+also',
      'most\\s+(?:read|viewed|popular|shared|watched|commented|emailed|recent)',
      '(?:the\\s+)?(?:latest|top|breaking)\\s+(?:news|stories|headlines|articles|videos)',
      '(?:popular|trending|recommended|featured)(?:\\s+(?:news|stories|headlines|articles|now|videos|today))?',
      'trending(?:\\s+now)?',
      'you\\s+(?:may|might|could)\\s+(?:also\\s+)?(?:like|enjoy|be interested in)',
      'recommended(?:\\s+for you)?',
      "editor'?s\\s+picks?",
      "don'?t\\s+miss",
      'in\\s+other\\s+news',
      'what\\s+to\\s+read\\s+next',
      'further\\s+reading',
      'baca\\s+juga', // id
      'lees\\s+ook', // nl
      'lire\\s+aussi', // fr
      'à\\s+lire\\s+aussi',
      'lea\\s+también', // es
      'leia\\s+(?:também|mais)', // pt
      'mehr\\s+zum\\s+thema', // de
      'weitere\\s+artikel',
      'читайте\\s+также', // ru
    ].join('|') +
    ')\\s*[:.»›>→-]?\\s*$',
  'iu',
);

export function isRecirculationHeading(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 0 && t.length <= 60 && RECIRCULATION_HEADING.test(t);
}

/** Labels that introduce a single link ("Read more:", "Related:", "Watch:"), in a few languages. */
const LINK_LABEL_WORDS = [
  'read more',
  'read also',
  'read next',
  'also read',
  'see also',
  'related',
  'more',
  'watch',
  'listen',
  'read',
  'baca juga',
  'lire aussi',
];
const LINK_LABEL = new RegExp(
  `^(?:${LINK_LABEL_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s*[:|»›>→–—-]?\\s*$`,
  'iu',
);

// tables are left alone: a table of figures with linked place names is content
const LIST_BLOCKS = new Set(['div', 'section', 'aside', 'ul', 'ol', 'header', 'dl', 'nav']);
/** Elements that can serve as a block's heading or label ("<div class=x>Most read</div>"). */
const LABEL_TAGS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'div',
  'span',
  'strong',
  'b',
  'header',
  'dt',
]);
const LISTS = new Set(['ul', 'ol', 'dl']);

function ownText(el: Element): string {
  let out = '';
  const walk = (n: AnyNode) => {
    if (n.type === 'text') out += (n as unknown as { data: string }).data;
    else if (isElement(n) && !IGNORED.has(tagName(n))) for (const c of n.children ?? []) walk(c);
  };
  walk(el);
  return out.replace(/\s+/g, ' ').trim();
}

function elementChildren(el: Element): Element[] {
  return (el.children ?? []).filter((c): c is Element => isElement(c) && !IGNORED.has(tagName(c)));
}

/** Text outside links, e.g. "Read more:" before a link. */
function nonLinkText(el: Element): string {
  let out = '';
  const walk = (n: AnyNode) => {
    if (n.type === 'text') out += (n as unknown as { data: string }).data;
    else if (
      isElement(n) &&
      !IGNORED.has(tagName(n)) &&
      !(tagName(n) === 'a' && attr(n, 'href') !== null)
    )
      for (const c of n.children ?? []) walk(c);
  };
  walk(el);
  return out.replace(/\s+/g, ' ').trim();
}

export interface BoilerplateOptions {
  /** paragraph characters credited to each element (see findMainRoot) */
  credited: Map<Element, number>;
  /** all paragraph characters of the page */
  totalParagraphText: number;
  /** the article's root and its ancestors are never boilerplate */
  root: Element | null;
  /**
   * Elements the main-text walk never enters (navigation, footers, comment threads): whether
   * anything under them is boilerplate is never asked, so it is not worked out. Their text still
   * counts in their ancestors' measures.
   */
  unread?: (el: Element) => boolean;
}

/** The measured elements under `start` in document order, without the `unread` subtrees. */
function elementsToClassify(
  start: AnyNode,
  stats: Map<Element, BlockStats>,
  unread: (el: Element) => boolean,
): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [start];
  while (stack.length) {
    const node = stack.pop()!;
    if (isElement(node)) {
      if (!stats.has(node) || unread(node)) continue;
      out.push(node);
    }
    const kids = (node as Element).children;
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}

/**
 * Elements whose text is boilerplate by structure. Their text is dropped like that of a "related"
 * box; embeds inside them are still recognised.
 */
export function structuralBoilerplate(start: AnyNode, opts: BoilerplateOptions): Set<Element> {
  const stats = measureBlocks(start);
  const out = new Set<Element>();
  const protectedEls = new Set<Element>();
  for (let a: AnyNode | null = opts.root; a && isElement(a); a = a.parent as AnyNode | null)
    protectedEls.add(a);
  // a block holding a real share of the story's paragraphs is never boilerplate
  const holdsStory = (el: Element) =>
    protectedEls.has(el) ||
    (opts.totalParagraphText > 0 &&
      (opts.credited.get(el) ?? 0) >= Math.max(400, opts.totalParagraphText * 0.3));

  // which elements are boilerplate does not depend on the order they are looked at in
  const candidates = opts.unread ? elementsToClassify(start, stats, opts.unread) : stats.keys();
  for (const el of candidates) {
    const s = stats.get(el)!;
    const name = tagName(el);
    if (
      name === 'html' ||
      name === 'body' ||
      name === 'main' ||
      name === 'article' ||
      holdsStory(el)
    )
      continue;
    if (s.text === 0) continue;
    const density = s.link / s.text;
    const plain = s.text - s.link;
    // "By <a>Name</a> and <a>Name</a>": a byline, read for authors further on
    const byline = () => /^by\s/i.test(nonLinkText(el));
    // lists of links: "Most viewed", headline tickers, card rails
    if (LIST_BLOCKS.has(name) && s.links >= 2 && density >= 0.5 && plain < 200 && !byline()) {
      out.add(el);
      continue;
    }
    if (name === 'p' || name === 'li' || name === 'div') {
      // a paragraph that is nothing but links
      if (s.links >= 2 && density >= 0.7 && plain < 120 && !byline()) {
        out.add(el);
        continue;
      }
      // "Read more: <headline>"
      if (s.links === 1 && s.text < 240 && LINK_LABEL.test(nonLinkText(el))) {
        out.add(el);
        continue;
      }
    }
    if (
      LABEL_TAGS.has(name) &&
      s.text <= 60 &&
      !elementChildren(el).some((c) => LIST_BLOCKS.has(tagName(c)) || tagName(c) === 'p') &&
      isRecirculationHeading(ownText(el))
    ) {
      out.add(el);
      // the list it introduces: a list, or a block of links
      const listLike = (e: Element) => {
        const es = stats.get(e);
        const kids = elementChildren(e);
        return (
          LISTS.has(tagName(e)) ||
          (!!es && es.links >= 1 && es.link / Math.max(1, es.text) >= 0.3) ||
          (kids.length > 0 && kids.every((c) => LISTS.has(tagName(c))))
        );
      };
      let next = el.next as AnyNode | null;
      while (next && !isElement(next)) next = next.next as AnyNode | null;
      if (next && isElement(next) && !holdsStory(next) && listLike(next)) out.add(next);
      // a block that opens with it ("<section><h3>Most read</h3><ol>…")
      const parent = el.parent as AnyNode | null;
      if (
        parent &&
        isElement(parent) &&
        !holdsStory(parent) &&
        elementChildren(parent)[0] === el &&
        !/^(?:p|span|strong|b|h[1-6])$/.test(tagName(parent))
      ) {
        const ps = stats.get(parent);
        const rest = elementChildren(parent).slice(1);
        if (
          (ps && ps.links >= 1 && ps.link / Math.max(1, ps.text) >= 0.3) ||
          (rest.length > 0 && rest.every((c) => LISTS.has(tagName(c))))
        )
          out.add(parent);
      }
    }
  }
  return out;
}
