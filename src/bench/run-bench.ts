// `npm run bench`: speed as ratios against floors measured in the same run, so the figures
// survive a noisy machine. Floors: plain HTML parsing (cheerio.load) for the extractor.
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as cheerio from 'cheerio';
import { extractArticle } from '../pipeline/extract-article';
import type { ArticleInput } from '../parsing/parsed-article';

interface Sample {
  name: string;
  input: ArticleInput;
}

/** Corpus articles start with `url:` / `date:` header lines and a blank line; the article follows. */
function stripHeader(raw: string): string {
  const lines = raw.split('\n');
  let i = 0;
  while (i < lines.length && /^(url|date):/i.test(lines[i])) i++;
  if (i > 0 && lines[i] === '') i++;
  return lines.slice(i).join('\n');
}

async function articleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'gold') files.push(...(await articleFiles(path)));
    else if (entry.isFile() && /\.(txt|html?)$/i.test(entry.name)) files.push(path);
  }
  return files.sort();
}

/** The seeds, the e2e fixtures and our annotated corpus: real-sized articles of every shape. */
async function loadSamples(): Promise<Sample[]> {
  const root = join(__dirname, '..', '..');
  const samples: Sample[] = [];
  for (const dir of ['seeds', join('test', 'fixtures'), join('test', 'corpus')]) {
    for (const path of await articleFiles(join(root, dir))) {
      const content = stripHeader(await readFile(path, 'utf8'));
      samples.push({
        name: relative(root, path),
        input: { format: /^\.html?$/i.test(extname(path)) ? 'html' : 'text', content },
      });
    }
  }
  return samples;
}

/** Median milliseconds per call over `rounds` rounds of `batch` calls, after a warm-up. */
function measure(fn: () => void, rounds = 15, batch = 20): number {
  for (let i = 0; i < batch; i++) fn();
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) fn();
    times.push((performance.now() - start) / batch);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** A text article is wrapped in paragraphs so the floor still parses a document of the same size. */
function asHtml(input: ArticleInput): string {
  if (input.format === 'html') return input.content;
  return input.content
    .split(/\n{2,}/)
    .map((p) => `<p>${p.replace(/</g, '&lt;')}</p>`)
    .join('\n');
}

async function main(): Promise<void> {
  const samples = await loadSamples();
  if (!samples.length) throw new Error('no articles in seeds/, test/fixtures/ or test/corpus/');
  process.stdout.write(`extractor: ${samples.length} articles, median of 15 rounds\n`);
  process.stdout.write(
    `${'article'.padEnd(40)} ${'floor ms'.padStart(9)} ${'extract ms'.padStart(11)} ${'ratio'.padStart(7)}\n`,
  );
  let floorTotal = 0;
  let extractTotal = 0;
  for (const sample of samples) {
    const html = asHtml(sample.input);
    const floor = measure(() => void cheerio.load(html).text());
    const extract = measure(() => void extractArticle(sample.input));
    floorTotal += floor;
    extractTotal += extract;
    process.stdout.write(
      `${sample.name.slice(-40).padEnd(40)} ${floor.toFixed(3).padStart(9)} ${extract.toFixed(3).padStart(11)} ${(extract / floor).toFixed(1).padStart(7)}\n`,
    );
  }
  process.stdout.write(
    `${'all'.padEnd(40)} ${floorTotal.toFixed(3).padStart(9)} ${extractTotal.toFixed(3).padStart(11)} ${(extractTotal / floorTotal).toFixed(1).padStart(7)}\n`,
  );
  process.stdout.write(
    `extract time per article: ${(extractTotal / samples.length).toFixed(3)} ms (${(extractTotal / floorTotal).toFixed(1)}× plain HTML parsing)\n`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
