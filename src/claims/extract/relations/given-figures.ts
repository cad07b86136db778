// Given figures: "The Indian Railways said 1,100 people were injured. … He also said that of the
// 1,100 injured, less than 200 are undergoing treatment." A figure named with "the" that an earlier
// claim of the text already stated is that statement taken up again: its origin is whoever stated
// it first, not whoever mentions it next.
import type { ExtractedClaim } from '../../../domain/claim';

/** "of the 278 bodies", "the 1,100 injured": the article right before the figure. */
const DEFINITE_BEFORE = /\bthe\s+$/i;

export function givenFigureSources(text: string, claims: ExtractedClaim[]): void {
  const first = new Map<string, ExtractedClaim>();
  for (const c of [...claims].sort((a, b) => a.start - b.start)) {
    const key = `${c.metric} ${c.value}`;
    const stated = first.get(key);
    if (!stated) {
      if (c.attribution.length) first.set(key, c);
      continue;
    }
    // only where the quote opens with the figure: a toll phrase's quote opens after its own "the"
    if (/^\d/.test(c.quote) && DEFINITE_BEFORE.test(text.slice(Math.max(0, c.start - 8), c.start)))
      c.attribution = [...stated.attribution];
  }
}
