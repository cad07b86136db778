// Reading a counted noun phrase from its tokens: which quantity it names ("civilian deaths from
// the shelling" → killed) and whom it counts (→ civilians), from the frame lexicon's tables.
import type { Metric, Subject } from '../../../domain/vocabulary';
import { subjectOf } from '../lexicon';
import type { Token } from '../tokens';
import { COUNT_NOUNS, FORCE_ACTIONS, QUANTITY_NOUNS, SUBJECT_MODIFIERS } from './frame-lexicon';

/** The quantity the phrase names, or null; `counts` is true when it only says "number", "total", "toll". */
export function quantityOf(np: Token[]): { metric: Metric | null; at: number; counts: boolean } {
  const at = np.findIndex((t) => t.lower in QUANTITY_NOUNS || t.lemma in QUANTITY_NOUNS);
  const counts = np.some((t) => COUNT_NOUNS.has(t.lemma));
  if (at < 0) return { metric: null, at, counts };
  // "toll" alone is a death toll; "the toll of the injured" is the injured's
  const named = np.findIndex(
    (t, i) => i > at && (t.lower in QUANTITY_NOUNS || t.lemma in QUANTITY_NOUNS),
  );
  const head = np[at].lemma === 'toll' && named > at ? named : at;
  return {
    metric: QUANTITY_NOUNS[np[head].lower] ?? QUANTITY_NOUNS[np[head].lemma],
    at: head,
    counts,
  };
}

/** Whom the phrase counts: a modifier before the quantity noun, or the people after "of" / "among". */
export function subjectOfPhrase(np: Token[], head: number): Subject | null {
  const after = np.findIndex((t, i) => i > head && (t.lower === 'of' || t.lower === 'among'));
  const candidates = [
    ...np.slice(0, Math.max(head, 0)),
    ...(after >= 0 ? np.slice(after + 1) : []),
  ].filter((t, i, all) => !FORCE_ACTIONS.has(all[i + 1]?.lemma ?? ''));
  for (const t of candidates) {
    const named = SUBJECT_MODIFIERS[t.lower] ?? SUBJECT_MODIFIERS[t.lemma];
    if (named) return named;
  }
  const words = candidates.map((t) => t.text).join(' ');
  return words ? (subjectOf(words)?.subject ?? null) : null;
}

/** The noun phrase that ends right before `end` (exclusive index), back to punctuation or a clause word. */
export function phraseEndingAt(tokens: Token[], end: number, max = 10): Token[] {
  let start = end;
  while (start > 0 && end - start < max) {
    const t = tokens[start - 1];
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.lower === 'and' || t.lower === 'that') break;
    start--;
  }
  return tokens.slice(start, end);
}
