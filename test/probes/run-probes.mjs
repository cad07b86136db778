#!/usr/bin/env node
/* global process, console */
// Scores the extractor on the two probe sets of issue 9 that no corpus covers:
//   wordings.json        one fact, 4-6 ordinary wordings: wordings found, facts found in every wording
//   number-phrases.json  number phrases: value, qualifier and interval accuracy (DESIGN.md section 3)
// Every sentence is written to its own file and run through the CLI's extract command in one process
// (the contract the corpus scorer reads), so the probes measure exactly what the scorer would see.
//
//   node test/probes/run-probes.mjs [--cmd "node dist/cli.js extract"] [--json] [--quiet]
//     [--wordings FILE] [--phrases FILE]   another set in this folder (wordings-blind2.json, …)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] && !args[i + 1].startsWith('--') ? args[i + 1] : fallback;
};
const flag = (name) => args.includes(`--${name}`);
const command = option('cmd', 'node dist/cli.js extract');

const load = (name) => JSON.parse(readFileSync(join(here, name), 'utf8'));
const norm = (s) =>
  String(s ?? '')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
const ratio = (a, b) => (b === 0 ? 1 : a / b);
const round = (x) => Math.round(x * 1000) / 1000;
const locationName = (l) => (l && typeof l === 'object' ? (l.name ?? l.place ?? '') : l);

/** Runs the extract command once over every text and returns each text's claims, in order. */
function extractAll(texts, publishedAt) {
  const dir = mkdtempSync(join(tmpdir(), 'probes-'));
  try {
    const files = texts.map((text, i) => {
      const file = join(dir, `${String(i).padStart(4, '0')}.txt`);
      writeFileSync(file, text + '\n');
      return file;
    });
    const [bin, ...rest] = command.split(/\s+/);
    const out = execFileSync(bin, [...rest, '--published-at', publishedAt, ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const byFile = new Map();
    for (const line of out.split('\n').filter((l) => l.trim().startsWith('{'))) {
      const doc = JSON.parse(line);
      byFile.set(doc.file, doc.claims ?? []);
    }
    return files.map((file) => byFile.get(file) ?? []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const isCurrent = (c) => c.earlier !== true;
const nameMatches = (got, names) =>
  names.some((n) => norm(got).includes(norm(n)) || (norm(got) && norm(n).includes(norm(got))));

function scoreWording(fact, claims) {
  const hit = claims.find(
    (c) =>
      isCurrent(c) &&
      c.metric === fact.metric &&
      c.subject === fact.subject &&
      Number(c.value) === fact.value,
  );
  const stale = claims.filter((c) => isCurrent(c) && (fact.stale ?? []).includes(Number(c.value)));
  const found = Boolean(hit) && stale.length === 0;
  const result = { found, claims: claims.map((c) => `${c.metric} ${c.subject} ${c.value}`) };
  if (found && fact.location)
    result.locationOk = nameMatches(locationName(hit.location), fact.location);
  if (found && fact.attribution) {
    const named = (hit.attribution ?? []).filter((a) => norm(a));
    result.attributionOk =
      fact.attribution.length === 0
        ? named.length === 0
        : named.some((a) => nameMatches(a, fact.attribution));
  }
  return result;
}

function scoreWordings() {
  const doc = load(option('wordings', 'wordings.json'));
  const texts = doc.facts.flatMap((f) => f.wordings);
  const claims = extractAll(texts, doc.publishedAt);
  let k = 0;
  const t = { wordings: 0, found: 0, facts: 0, factsAll: 0, loc: 0, locOk: 0, attr: 0, attrOk: 0 };
  const misses = [];
  for (const fact of doc.facts) {
    let all = true;
    for (const text of fact.wordings) {
      const r = scoreWording(fact, claims[k++]);
      t.wordings++;
      if (r.found) t.found++;
      else {
        all = false;
        misses.push(`${fact.id}: "${text}" gave [${r.claims.join('; ')}]`);
      }
      if (r.locationOk !== undefined) {
        t.loc++;
        if (r.locationOk) t.locOk++;
      }
      if (r.attributionOk !== undefined) {
        t.attr++;
        if (r.attributionOk) t.attrOk++;
      }
      if (r.locationOk === false)
        misses.push(`${fact.id}: "${text}" found, but the place is not ${fact.location[0]}`);
      if (r.attributionOk === false)
        misses.push(`${fact.id}: "${text}" found, but the source is wrong`);
    }
    t.facts++;
    if (all) t.factsAll++;
  }
  return {
    facts: t.facts,
    wordings: t.wordings,
    wordings_found: round(ratio(t.found, t.wordings)),
    facts_found_in_every_wording: round(ratio(t.factsAll, t.facts)),
    location_on_found: round(ratio(t.locOk, t.loc)),
    attribution_on_found: round(ratio(t.attrOk, t.attr)),
    misses,
  };
}

const sameBound = (got, want) =>
  want === null
    ? got === null || got === undefined
    : typeof got === 'number' && Math.abs(got - want) <= 0.5;

function scorePhrases() {
  const doc = load(option('phrases', 'number-phrases.json'));
  const claims = extractAll(
    doc.phrases.map((p) => p.text),
    doc.publishedAt,
  );
  const t = { n: 0, value: 0, qualifier: 0, interval: 0 };
  const misses = [];
  doc.phrases.forEach((p, i) => {
    const list = claims[i];
    const pick =
      list.find((c) => c.metric === p.metric && Number(c.value) === p.value) ??
      list.find((c) => c.metric === p.metric) ??
      list[0];
    const valueOk = Boolean(pick) && Number(pick.value) === p.value;
    const qualifierOk = valueOk && pick.qualifier === p.qualifier;
    const intervalOk = valueOk && sameBound(pick.low, p.low) && sameBound(pick.high, p.high);
    t.n++;
    t.value += valueOk ? 1 : 0;
    t.qualifier += qualifierOk ? 1 : 0;
    t.interval += intervalOk ? 1 : 0;
    if (!valueOk || !qualifierOk || !intervalOk) {
      const got = pick ? `${pick.value} ${pick.qualifier} [${pick.low}, ${pick.high}]` : 'no claim';
      misses.push(
        `"${p.phrase}": want ${p.value} ${p.qualifier} [${p.low}, ${p.high}], got ${got}`,
      );
    }
  });
  return {
    phrases: t.n,
    value: round(ratio(t.value, t.n)),
    qualifier: round(ratio(t.qualifier, t.n)),
    interval: round(ratio(t.interval, t.n)),
    misses,
  };
}

function print(report) {
  const w = report.wordings;
  console.log(`one fact, 4-6 wordings: ${w.facts} facts, ${w.wordings} wordings`);
  console.log(
    `  wordings found ${w.wordings_found.toFixed(3)}   facts found in every wording ${w.facts_found_in_every_wording.toFixed(3)}`,
  );
  console.log(
    `  on found wordings: location ${w.location_on_found.toFixed(3)}   attribution ${w.attribution_on_found.toFixed(3)}`,
  );
  const p = report.number_phrases;
  console.log(`number phrases: ${p.phrases} phrases`);
  console.log(
    `  value ${p.value.toFixed(3)}   qualifier ${p.qualifier.toFixed(3)}   interval ${p.interval.toFixed(3)}`,
  );
  if (flag('quiet')) return;
  for (const m of [...w.misses, ...p.misses]) console.log(`  - ${m}`);
}

const report = { wordings: scoreWordings(), number_phrases: scorePhrases() };
if (flag('json')) console.log(JSON.stringify(report, null, 2));
else print(report);
