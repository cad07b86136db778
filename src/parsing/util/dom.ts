// Tiny DOM helpers over cheerio/domhandler nodes (no cheerio wrapper allocation in hot paths).
import type { AnyNode, Element } from 'domhandler';

export type { AnyNode, Element };

export function isElement(node: AnyNode | null | undefined): node is Element {
  return !!node && (node.type === 'tag' || node.type === 'script' || node.type === 'style');
}

export function tagName(el: Element): string {
  return (el.name || '').toLowerCase();
}

export function attr(el: Element, name: string): string | null {
  const v = el.attribs?.[name];
  return typeof v === 'string' ? v : null;
}

const NO_CLASSES: readonly string[] = Object.freeze([]);
/**
 * Class lists by class attribute. Every embed extractor asks for the classes of every element, and
 * a page repeats a few class attributes many times: each is split once. Cleared when it grows past
 * MAX_CACHED_CLASS_LISTS so a long-running worker does not keep every page's class names.
 */
const classLists = new Map<string, readonly string[]>();
const MAX_CACHED_CLASS_LISTS = 5000;

export function classes(el: Element): readonly string[] {
  const c = attr(el, 'class');
  if (!c) return NO_CLASSES;
  let list = classLists.get(c);
  if (!list) {
    if (classLists.size >= MAX_CACHED_CLASS_LISTS) classLists.clear();
    list = Object.freeze(
      c
        .split(/\s+/)
        .filter(Boolean)
        .map((x) => x.toLowerCase()),
    );
    classLists.set(c, list);
  }
  return list;
}

export function hasClass(el: Element, name: string): boolean {
  return classes(el).includes(name);
}

/** Every element under `start` in document order (a walk by hand: CSS selectors compile on each call). */
export function eachElement(start: AnyNode, visit: (el: Element) => void): void {
  const stack: AnyNode[] = [start];
  while (stack.length) {
    const node = stack.pop()!;
    if (isElement(node)) visit(node);
    const kids = (node as Element).children;
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
}

/** All descendant elements, document order. */
export function descendants(el: Element): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [...(el.children ?? [])].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (isElement(n)) {
      out.push(n);
      const kids = n.children ?? [];
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  }
  return out;
}

export function findAll(el: Element, pred: (e: Element) => boolean): Element[] {
  return descendants(el).filter(pred);
}

export function findFirst(el: Element, pred: (e: Element) => boolean): Element | null {
  for (const d of descendants(el)) if (pred(d)) return d;
  return null;
}

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'blockquote',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figure',
  'figcaption',
  'header',
  'footer',
  'table',
  'tr',
  'td',
  'th',
  'pre',
  'main',
  'aside',
  'nav',
  'dl',
  'dd',
  'dt',
  'hr',
  'form',
]);

export function isBlockTag(name: string): boolean {
  return BLOCK_TAGS.has(name);
}

/** Subtrees whose text no reader sees. */
const INVISIBLE_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg']);

/** What a subtree shows, in order: each text node's data, and a line break at <br> and around blocks. */
function eachVisible(node: AnyNode, text: (data: string) => void, lineBreak: () => void): void {
  if (node.type === 'text') {
    text((node as unknown as { data: string }).data);
    return;
  }
  if (!isElement(node)) return;
  const name = tagName(node);
  if (INVISIBLE_TAGS.has(name)) return;
  if (name === 'br') {
    lineBreak();
    return;
  }
  const block = BLOCK_TAGS.has(name);
  if (block) lineBreak();
  for (const c of node.children ?? []) eachVisible(c, text, lineBreak);
  if (block) lineBreak();
}

/** Visible text of a subtree: <br> and block boundaries become newlines; scripts and styles skipped. */
export function textOf(node: AnyNode): string {
  const parts: string[] = [];
  eachVisible(
    node,
    (data) => parts.push(data.replace(/\s+/g, ' ')),
    () => parts.push('\n'),
  );
  // the parts hold no whitespace but spaces and newlines: each line's spaces collapsed and trimmed,
  // at most one blank line in a row, none at either end
  return parts
    .join('')
    .replace(/ +/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * `textOf(node).length`, counted without building the text (the main text's search measures every
 * paragraph of the page). Between two visible characters textOf leaves one or two newlines where
 * any line broke, else a space where any whitespace was, else nothing.
 */
export function textLength(node: AnyNode): number {
  let length = 0;
  let started = false;
  let space = false;
  let lineBreaks = 0;
  const text = (data: string) => {
    for (let i = 0; i < data.length; i++) {
      if (isSpace(data.charCodeAt(i))) {
        space = true;
        continue;
      }
      if (started) length += lineBreaks ? Math.min(lineBreaks, 2) : space ? 1 : 0;
      [started, space, lineBreaks] = [true, false, 0];
      length++;
    }
  };
  eachVisible(node, text, () => lineBreaks++);
  return length;
}

/** Whitespace as a regex's `\s` and String.prototype.trim know it. */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export function anchors(el: Element): { href: string; text: string; el: Element }[] {
  return findAll(el, (e) => tagName(e) === 'a' && !!attr(e, 'href')).map((a) => ({
    href: attr(a, 'href')!,
    text: textOf(a),
    el: a,
  }));
}

export function closestAncestor(el: Element, pred: (e: Element) => boolean): Element | null {
  let p = el.parent as AnyNode | null;
  while (p && isElement(p)) {
    if (pred(p)) return p;
    p = p.parent as AnyNode | null;
  }
  return null;
}
