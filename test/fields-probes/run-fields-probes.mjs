/* global process, console */
// Article-field probes: real page openings (title, author, publishedAt, place) against gold.json.
// Usage: npm run build && node test/fields-probes/run-fields-probes.mjs [CHECKOUT]
// Comparison as ../shared/tools/score.mjs reads article fields: dates by day, text case- and
// quote-insensitively. A field the gold leaves out is not scored.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const checkout = process.argv[2] ?? join(here, '../..');
const { extractArticle } = await import(join(checkout, 'dist/pipeline/extract-article.js'));
const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));

const norm = (s) =>
  String(s ?? '')
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^@/, '')
    .trim();
const sameDay = (got, want) => String(got ?? '').slice(0, 10) === want.slice(0, 10);

/** Splits the `url:` / `date:` header lines (as test/corpus writes them) from the text. */
function readProbe(file) {
  const lines = readFileSync(join(here, file), 'utf8').split('\n');
  const header = {};
  let i = 0;
  for (; i < lines.length && /^(url|date):/i.test(lines[i]); i++) {
    const [key, ...rest] = lines[i].split(':');
    const value = rest.join(':').trim();
    if (value && value !== 'unknown') header[key.toLowerCase()] = value;
  }
  if (lines[i] === '') i++;
  return { header, content: lines.slice(i).join('\n') };
}

const perField = {};
let ok = 0;
let n = 0;
for (const file of readdirSync(here).filter((f) => f.endsWith('.txt')).sort()) {
  const { header, content } = readProbe(file);
  const { article } = extractArticle({
    format: 'text',
    content,
    url: header.url,
    publishedAt: header.date,
  });
  for (const [field, want] of Object.entries(gold[file] ?? {})) {
    const got = article[field];
    const good = field === 'publishedAt' ? sameDay(got, want) : norm(got) === norm(want);
    const tally = (perField[field] ??= { ok: 0, n: 0 });
    tally.n++;
    n++;
    if (good) {
      tally.ok++;
      ok++;
    } else {
      console.log(`MISS ${file} ${field}: gold=${JSON.stringify(want)} got=${JSON.stringify(got)}`);
    }
  }
}
for (const [field, t] of Object.entries(perField)) console.log(`${field} ${t.ok}/${t.n}`);
console.log(`fields ${ok}/${n} = ${(ok / n).toFixed(3)}`);
