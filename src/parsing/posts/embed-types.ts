import type { CheerioAPI } from 'cheerio';
import type { ParsedPost } from '../parsed-article';
import type { Platform } from '../../domain/vocabulary';
import type { Element } from '../util/dom';

export interface EmbedContext {
  $: CheerioAPI;
  /** Base URL for relative links (the article's URL), if known. */
  base: string | null;
}

/** One platform's embed recogniser. `extract` returns null when the element holds nothing usable. */
export interface EmbedExtractor {
  platform: Platform;
  matches(el: Element): boolean;
  extract(el: Element, ctx: EmbedContext): ParsedPost | null;
}
