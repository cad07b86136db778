// A body named in full and by its acronym ("Human Rights Watch (HRW) said … HRW told AFP") is one
// source, given in both forms wherever the chain names it in either.
import type { ExtractedClaim } from '../../domain/claim';

/** "Human Rights Watch (HRW)", "the Office of Civil Defense (OCD)": a name and its acronym in brackets. */
const DEFINED =
  /((?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|for|on|the|and|de|du|des|la|le)\s+)*){1,9})\((\p{Lu}[\p{Lu}\d&-]{1,9})\)/gu;
const LINKING_WORDS = new Set(['of', 'for', 'on', 'the', 'and', 'de', 'du', 'des', 'la', 'le']);

/** The shortest tail of `words` whose capitals spell the acronym in order ("Human Rights Watch" for HRW). */
function spelledBy(words: string[], acronym: string): string | null {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  for (let start = words.length - 1; start >= 0; start--) {
    const tail = words.slice(start);
    if (LINKING_WORDS.has(tail[0].toLowerCase())) continue;
    const initials = tail
      .filter((w) => !LINKING_WORDS.has(w.toLowerCase()))
      .map((w) => w[0])
      .join('');
    if (initials === letters) return tail.join(' ');
    if (initials.length > letters.length) return null;
  }
  return null;
}

/** Each acronym the text defines, with its full name: HRW → Human Rights Watch. */
function definedAcronyms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(DEFINED)) {
    const full = spelledBy(m[1].trim().split(/\s+/), m[2]);
    if (full && !out.has(m[2])) out.set(m[2], full.replace(/^the\s+/i, ''));
  }
  return out;
}

/** An acronym opening a source, alone or before its speaker's role: "HRW", "KNCHR chairperson Roseline Odede". */
const LEADING_ACRONYM = /^(\p{Lu}[\p{Lu}\d&-]{1,9})(?=$|\s+\p{Ll})/u;

/** A source in both forms the text gives, "Full Name (ACR)", so either form finds it. */
function bothForms(source: string, acronyms: Map<string, string>): string {
  const lead = LEADING_ACRONYM.exec(source)?.[1];
  const full = lead ? acronyms.get(lead) : undefined;
  if (lead && full) return `${full} (${lead})${source.slice(lead.length)}`;
  for (const [acronym, name] of acronyms)
    if (name.toLowerCase() === source.toLowerCase()) return `${source} (${acronym})`;
  return source;
}

/**
 * A body the text names in full and by its acronym ("Human Rights Watch (HRW) said … HRW told
 * AFP") is one source: each chain gives it in both forms ("Human Rights Watch (HRW)"), so a desk
 * (and a reader searching by either) sees one origin, not two.
 */
export function spellAcronymsAsText(text: string, claims: ExtractedClaim[]): void {
  if (!text.includes('(') || !claims.some((c) => c.attribution.length)) return;
  const acronyms = definedAcronyms(text);
  if (!acronyms.size) return;
  for (const c of claims) c.attribution = c.attribution.map((a) => bothForms(a, acronyms));
}
