// The gazetteer names a place in newsroom spelling, without accents ("Nzerekore"); a text that
// writes the name with them ("Nzérékoré") gets its claims scoped in its own spelling, as its
// readers and reviewers read it. Places compare by the gazetteer, so both spellings stay one place.
import type { ExtractedClaim } from '../../domain/claim';
import type { PlaceHit } from './location';

const withoutAccents = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** A name without accents, hyphens or curled apostrophes: "Emilia-Romagna" and "Emilia Romagna" are one, so are "Cox's Bazar" and "Cox’s Bāzār". */
const loosely = (s: string): string =>
  withoutAccents(s)
    .replace(/[\s-]+/g, ' ')
    .replace(/[’‘`]/g, "'");

/**
 * The text's own spelling of each gazetteer name it writes otherwise: with accents the gazetteer
 * drops (any such mention), or with a space for its hyphen or a hyphen for its space ("Emilia
 * Romagna" for Emilia-Romagna, "Pont Sondé" for Pont-Sondé, a straight apostrophe for its curled one:
 * "Cox's Bazar") more often than as the gazetteer does.
 * A name in capitals (a dateline, a headline) says nothing of its spelling.
 */
export function accentedSpellings(text: string, hits: PlaceHit[]): Map<string, string> {
  const spelled = new Map<string, string>();
  const forms = new Map<string, Map<string, number>>();
  for (const h of hits) {
    const name = h.place.name;
    const written = text.slice(h.start, h.end).normalize('NFC');
    if (written === written.toUpperCase() || loosely(written) !== loosely(name)) continue;
    if (withoutAccents(written) === name && written !== name) {
      if (!spelled.has(name)) spelled.set(name, written);
      continue;
    }
    const counts = forms.get(name) ?? new Map<string, number>();
    forms.set(name, counts.set(written, (counts.get(written) ?? 0) + 1));
  }
  for (const [name, counts] of forms) {
    if (spelled.has(name)) continue;
    const [top, n] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
    if (top !== name && n > (counts.get(name) ?? 0)) spelled.set(name, top);
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

/** Names this short differ by one letter from too many others to be read as a slip of the pen. */
const MIN_SLIP_LENGTH = 5;

/**
 * Whether `written` is `name` with one letter dropped, added, changed or two swapped ("Wayand" for
 * "Wayanad", "Kerela" for "Kerala"): a slip of the pen, as a hurried live page makes, when the text
 * also writes the name right. Case is ignored; the first letter must agree.
 */
export function isSlipOf(written: string, name: string): boolean {
  const a = written.toLowerCase();
  const b = name.toLowerCase();
  if (a === b || a[0] !== b[0] || Math.min(a.length, b.length) < MIN_SLIP_LENGTH) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const rest = (x: string, from: number) => x.slice(from);
  if (a.length === b.length)
    return (
      rest(a, i + 1) === rest(b, i + 1) ||
      (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(a, i + 2) === rest(b, i + 2))
    );
  return a.length < b.length ? rest(a, i) === rest(b, i + 1) : rest(a, i + 1) === rest(b, i);
}
