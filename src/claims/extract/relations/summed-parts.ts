// A text pass (DESIGN.md §3: a part named inside a total is never compared as the whole): figures
// of one place that add up, one after another, to a total the text states are that total's parts, a
// day-by-day list ("On Monday, 26 … On Tuesday, 106 … on Wednesday, 34" beside "the total … since
// Monday to date … 166"). A place-by-place list is scoped by its places already. Only an exact sum
// of three or more figures counts: two figures may add up to a third by chance.
import type { ExtractedClaim } from '../../../domain/claim';
import { findNumbers } from '../numbers';

/** Words that make a sentence state a running total: "the total … since Monday to date is 78". */
const TOTAL_WORDS = /\b(?:total|to date|in all|altogether|overall|cumulative)\b/i;
/** The fewest figures a list must add up: two may add up to a third by chance. */
const MIN_PARTS = 3;
/** A sentence of the text: up to a full stop that ends one (not "1.30pm", nor "Brig."). */
const SENTENCE = /[^.!?\n]+(?:\.(?=\d)[^.!?\n]*)*/g;

/** The figures the text's total sentences state. */
function statedTotals(text: string): Set<number> {
  const totals = new Set<number>();
  for (const m of text.matchAll(SENTENCE))
    if (TOTAL_WORDS.test(m[0])) for (const n of findNumbers(m[0])) totals.add(n.value);
  return totals;
}

/** Marks each run of one quantity's figures, in text order, whose sum is a stated total. */
function markRuns(claims: ExtractedClaim[], totals: Set<number>): void {
  for (let a = 0; a < claims.length; a++) {
    let sum = 0;
    for (let b = a; b < claims.length && claims[b].location === claims[a].location; b++) {
      sum += claims[b].value;
      if (b - a + 1 >= MIN_PARTS && totals.has(sum))
        for (const c of claims.slice(a, b + 1)) c.part = true;
    }
  }
}

export const summedParts = {
  name: 'figures that add up to a stated total are its parts',
  examples: [
    'On Monday, 26 miners were arrested. On Tuesday, 106 were arrested. On Wednesday, 34 were ' +
      'arrested. This brings the total arrested since Monday to 166.',
    'Nine bodies were recovered on Monday. On Tuesday, 51 bodies were recovered. On Wednesday, ' +
      '18 bodies were recovered. The total recovered since Monday is 78.',
  ],
  counterexamples: [
    'Police arrested 12 in Kano, 20 in Lagos and 8 in Abuja, 40 in all.',
    'Police arrested 26 on Monday and 106 on Tuesday; 132 in total.',
    'On Monday, 26 miners were arrested. On Tuesday, 106 were arrested. On Wednesday, 34 were ' +
      'arrested. The total is now 200.',
  ],
  apply(text: string, out: ExtractedClaim[]): void {
    const totals = statedTotals(text);
    if (!totals.size) return;
    const groups = new Map<string, ExtractedClaim[]>();
    for (const c of out) {
      if (c.earlier || c.part || c.qualifier !== 'exact') continue;
      const key = `${c.metric} ${c.subject}`;
      groups.set(key, [...(groups.get(key) ?? []), c]);
    }
    for (const claims of groups.values()) markRuns(claims, totals);
  },
};
