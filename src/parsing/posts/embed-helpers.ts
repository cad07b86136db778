// Shared pieces for the per-platform embed extractors.
import type { Platform } from '../../domain/vocabulary';
import { attr, classes, descendants, tagName, textOf, type Element } from '../util/dom';
import { extractLinks } from '../util/text';
import type { EmbedContext } from './embed-types';

const URL_ATTRS = [
  'href',
  'src',
  'cite',
  'data-href',
  'data-src',
  'data-lazy-src',
  'data-url',
  'data-instgrm-permalink',
  'data-embed-url',
  'data-text-post-permalink',
  'data-bluesky-uri',
  'data-permalink',
];

/** Every URL the embed carries: attributes of the element and its descendants, then URLs in its text. */
export function urlsIn(el: Element): string[] {
  const out: string[] = [];
  for (const e of [el, ...descendants(el)]) {
    for (const a of URL_ATTRS) {
      const v = attr(e, a);
      if (v && !out.includes(v)) out.push(v.trim());
    }
  }
  for (const u of extractLinks(textOf(el))) if (!out.includes(u)) out.push(u);
  return out;
}

/** Decodes the `href`/`url` parameter of plugin iframes (facebook.com/plugins/post.php?href=…). */
export function innerHrefParam(url: string): string | null {
  try {
    const u = new URL(url.startsWith('//') ? 'https:' + url : url);
    return u.searchParams.get('href') ?? u.searchParams.get('url');
  } catch {
    return null;
  }
}

/** A wrapper's class names for a platform name, built once per name (this runs on every element). */
const wrapperClassLists = new Map<string, string[]>();
function wrapperClasses(name: string): string[] {
  let list = wrapperClassLists.get(name);
  if (!list) {
    list = [`wp-block-embed-${name}`, `is-provider-${name}`, `embed-${name}`, `${name}-embed`];
    wrapperClassLists.set(name, list);
  }
  return list;
}
const WRAPPER_ATTRS = ['data-embed-type', 'data-provider', 'data-embed-provider', 'data-platform'];

/** WordPress / CMS embed wrappers: figure.wp-block-embed-twitter, .is-provider-twitter, .embed-twitter, [data-embed-type=twitter]. */
export function isWrapperFor(
  el: Element,
  platform: Platform,
  names: string[] = [platform],
): boolean {
  const cls = classes(el);
  // most elements carry neither a class nor a provider attribute: no name to test
  if (!cls.length && !WRAPPER_ATTRS.some((a) => attr(el, a) !== null)) return false;
  for (const n of names) {
    if (wrapperClasses(n).some((c) => cls.includes(c))) return true;
    for (const a of WRAPPER_ATTRS) {
      if ((attr(el, a) ?? '').toLowerCase() === n) return true;
    }
  }
  return false;
}

export function outerHtml(el: Element, ctx: EmbedContext): string {
  try {
    return ctx.$.html(el) ?? '';
  } catch {
    return '';
  }
}

export function iframeSrc(el: Element): string {
  return tagName(el) === 'iframe'
    ? (attr(el, 'src') ?? attr(el, 'data-src') ?? attr(el, 'data-lazy-src') ?? '')
    : '';
}

export function imagesIn(el: Element): string[] {
  const out: string[] = [];
  for (const e of [el, ...descendants(el)]) {
    const name = tagName(e);
    if (name === 'img' || name === 'video' || name === 'source') {
      const src = attr(e, 'src') ?? attr(e, 'data-src');
      if (src && !src.startsWith('data:') && !out.includes(src)) out.push(src);
    }
  }
  return out;
}

/** Paragraph texts inside the element (its <p> descendants), joined by newlines. */
export function paragraphsText(el: Element, skip: (p: Element) => boolean = () => false): string {
  return descendants(el)
    .filter((e) => tagName(e) === 'p' && !skip(e))
    .map((p) => textOf(p))
    .filter(Boolean)
    .join('\n');
}
