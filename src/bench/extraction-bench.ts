// Extraction against its floors, on the same generated pages in the same run: cheerio.load alone
// (the parse we cannot avoid), Readability on linkedom (the fastest common way to main text) and
// Readability on jsdom (the most common). Methods are interleaved page by page and round by round so
// a burst of load on the shared machine hits all of them alike.
import { Readability } from '@mozilla/readability';
import * as cheerio from 'cheerio';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../pipeline/extract-article';
import type { GeneratedPage } from './page-generator';
import { median, ratio, timeMs } from './timing';

type Method = 'cheerio' | 'ours' | 'readabilityLinkedom' | 'readabilityJsdom';

const METHODS: Record<Method, (html: string) => unknown> = {
  cheerio: (html) => cheerio.load(html),
  ours: (html) => extractArticle({ format: 'html', content: html }),
  readabilityLinkedom: (html) => new Readability(parseHTML(html).document).parse(),
  readabilityJsdom: (html) => {
    const dom = new JSDOM(html);
    const article = new Readability(dom.window.document).parse();
    dom.window.close();
    return article;
  },
};

export interface ExtractionFigures {
  /** Summed median milliseconds over the pages, per method. */
  totalMs: Record<Method, number>;
  msPerArticle: number;
  vsCheerio: number;
  vsReadabilityLinkedom: number;
  vsReadabilityJsdom: number;
}

/** Median ms per page and method over `rounds` rounds (after one warm-up round). */
function measurePages(pages: GeneratedPage[], rounds: number): Record<Method, number[][]> {
  const names = Object.keys(METHODS) as Method[];
  const samples = Object.fromEntries(
    names.map((m) => [m, pages.map(() => [] as number[])]),
  ) as Record<Method, number[][]>;
  for (let round = 0; round <= rounds; round++) {
    pages.forEach((page, i) => {
      for (const method of names) {
        const ms = timeMs(() => METHODS[method](page.html));
        if (round > 0) samples[method][i].push(ms);
      }
    });
  }
  return samples;
}

export function benchExtraction(pages: GeneratedPage[], rounds: number): ExtractionFigures {
  const samples = measurePages(pages, rounds);
  const total = (method: Method) =>
    samples[method].reduce((sum, perPage) => sum + median(perPage), 0);
  const totalMs = {
    cheerio: total('cheerio'),
    ours: total('ours'),
    readabilityLinkedom: total('readabilityLinkedom'),
    readabilityJsdom: total('readabilityJsdom'),
  };
  return {
    totalMs,
    msPerArticle: totalMs.ours / pages.length,
    vsCheerio: ratio(totalMs.ours, totalMs.cheerio),
    vsReadabilityLinkedom: ratio(totalMs.ours, totalMs.readabilityLinkedom),
    vsReadabilityJsdom: ratio(totalMs.ours, totalMs.readabilityJsdom),
  };
}
