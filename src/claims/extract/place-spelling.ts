// The gazetteer names a place in newsroom spelling, without accents ("Nzerekore"); a text that
// writes the name with them ("Nzérékoré") gets its claims scoped in its own spelling, as its
// readers and reviewers read it. Places compare by the gazetteer, so both spellings stay one place.
import type { ExtractedClaim } from '../../domain/claim';
import type { PlaceHit } from './location';

const withoutAccents = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** The text's own spelling of each gazetteer name it writes with accents the gazetteer drops. */
export function accentedSpellings(text: string, hits: PlaceHit[]): Map<string, string> {
  const spelled = new Map<string, string>();
  for (const h of hits) {
    const written = text.slice(h.start, h.end).normalize('NFC');
    if (written === h.place.name || spelled.has(h.place.name)) continue;
    if (withoutAccents(written) === h.place.name) spelled.set(h.place.name, written);
  }
  return spelled;
}

export function spellPlacesAsText(claims: ExtractedClaim[], spelled: Map<string, string>): void {
  if (!spelled.size) return;
  for (const c of claims) {
    const own = c.location === null ? undefined : spelled.get(c.location);
    if (own) c.location = own;
  }
}
