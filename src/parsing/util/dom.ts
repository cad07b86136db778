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

/** Visible text of a subtree: <br> and block boundaries become newlines; scripts and styles skipped. */
export function textOf(node: AnyNode): string {
  const parts: string[] = [];
  const walk = (n: AnyNode) => {
    if (n.type === 'text') {
      parts.push((n as unknown as { data: string }).data.replace(/\s+/g, ' '));
      return;
    }
    if (!isElement(n)) return;
    const name = tagName(n);
    if (
      name === 'script' ||
      name === 'style' ||
      name === 'noscript' ||
      name === 'template' ||
      name === 'svg'
    )
      return;
    if (name === 'br') {
      parts.push('\n');
      return;
    }
    const block = BLOCK_TAGS.has(name);
    if (block) parts.push('\n');
    for (const c of n.children ?? []) walk(c);
    if (block) parts.push('\n');
  };
  walk(node);
  // the parts hold no whitespace but spaces and newlines: each line's spaces collapsed and trimmed,
  // at most one blank line in a row, none at either end
  return parts
    .join('')
    .replace(/ +/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
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
