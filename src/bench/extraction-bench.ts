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
import { cpuMs, median, ratio, timeMs } from './timing';

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

/** Our time over each floor's. */
export interface FloorRatios {
  vsCheerio: number;
  vsReadabilityLinkedom: number;
  vsReadabilityJsdom: number;
}

export interface ExtractionFigures extends FloorRatios {
  /** Summed median milliseconds over the pages, per method. */
  totalMs: Record<Method, number>;
  msPerArticle: number;
  /**
   * The same calls timed by the process's CPU time instead of the clock: on a loaded machine a
   * call's wall time also holds the time it waited for a core, which swings the wall ratios from
   * run to run; the CPU ratios move much less (2026-12-07: load 17–24 on 2 cores).
   */
  cpu: FloorRatios & { totalMs: Record<Method, number> };
}

type Samples = Record<Method, number[][]>;

const METHOD_NAMES = Object.keys(METHODS) as Method[];

function emptySamples(pages: GeneratedPage[]): Samples {
  return Object.fromEntries(
    METHOD_NAMES.map((m) => [m, pages.map(() => [] as number[])]),
  ) as Samples;
}

/** Wall and CPU ms per page and method over `rounds` rounds (after one warm-up round). */
function measurePages(pages: GeneratedPage[], rounds: number): { wall: Samples; cpu: Samples } {
  const wall = emptySamples(pages);
  const cpu = emptySamples(pages);
  for (let round = 0; round <= rounds; round++) {
    pages.forEach((page, i) => {
      for (const method of METHOD_NAMES) {
        let ms = 0;
        const cpuUsed = cpuMs(() => (ms = timeMs(() => METHODS[method](page.html))));
        if (round === 0) continue;
        wall[method][i].push(ms);
        cpu[method][i].push(cpuUsed);
      }
    });
  }
  return { wall, cpu };
}

/** Summed median ms over the pages, per method. */
function totals(samples: Samples): Record<Method, number> {
  const total = (method: Method) =>
    samples[method].reduce((sum, perPage) => sum + median(perPage), 0);
  return {
    cheerio: total('cheerio'),
    ours: total('ours'),
    readabilityLinkedom: total('readabilityLinkedom'),
    readabilityJsdom: total('readabilityJsdom'),
  };
}

function floorRatios(t: Record<Method, number>): FloorRatios {
  return {
    vsCheerio: ratio(t.ours, t.cheerio),
    vsReadabilityLinkedom: ratio(t.ours, t.readabilityLinkedom),
    vsReadabilityJsdom: ratio(t.ours, t.readabilityJsdom),
  };
}

export function benchExtraction(pages: GeneratedPage[], rounds: number): ExtractionFigures {
  const samples = measurePages(pages, rounds);
  const totalMs = totals(samples.wall);
  const cpuTotalMs = totals(samples.cpu);
  return {
    totalMs,
    msPerArticle: totalMs.ours / pages.length,
    ...floorRatios(totalMs),
    cpu: { totalMs: cpuTotalMs, ...floorRatios(cpuTotalMs) },
  };
}
