import type { ExtractedClaim } from '../../domain/claim';
import { anyOf, escapeRegExp } from './word-pattern';

/**
 * The titles a role is written with before a name: "the governor" of a sentence is the
 * "Gov. Greg Abbott" or "Governor Kathy Hochul" the text named before it.
 */
const ROLE_TITLES: Record<string, string[]> = {
  governor: ['Gov.', 'Governor'],
  mayor: ['Mayor'],
  president: ['President', 'Pres.'],
  'prime minister': ['Prime Minister'],
  sheriff: ['Sheriff'],
  senator: ['Sen.', 'Senator'],
  'police chief': ['Police Chief', 'Chief'],
  'fire chief': ['Fire Chief', 'Chief'],
  commissioner: ['Commissioner'],
  chairman: ['Chairman', 'Chairperson', 'Chairwoman'],
};

/** A bare role as a source: "governor", "the mayor", "The county sheriff". */
const BARE_ROLE = new RegExp(
  `^(?:the\\s+)?(?:(?:state|county|city|district|regional|local|council)\\s+){0,2}(${anyOf(Object.keys(ROLE_TITLES))})$`,
  'i',
);

const NAME = "((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,2}\\p{Lu}[\\p{L}'’-]+)";
/** "Chairman of Taura LGA, Shu’aibu Hambali": the title of a place, then the name (two words at least). */
const OF_PLACE_THEN_NAME =
  "\\s+of\\s+[^,.;]{1,60},\\s+((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,2}\\p{Lu}[\\p{L}'’-]+)";
const TITLED_NAME = Object.fromEntries(
  Object.entries(ROLE_TITLES).map(([role, titles]) => [
    role,
    new RegExp(
      `(?<![\\p{L}])${anyOf(titles.map(escapeRegExp))}(?:\\s+${NAME}|${OF_PLACE_THEN_NAME})`,
      'gu',
    ),
  ]),
);

/** The last person the text names with the role's title before `at`, if any. */
function namedBefore(text: string, role: string, at: number): string | null {
  let name: string | null = null;
  for (const m of text.slice(0, at).matchAll(TITLED_NAME[role])) name = m[1] ?? m[2];
  return name;
}

/**
 * A source given only by a role the text has already named ("Texas Gov. Greg Abbott said … The
 * governor also confirmed 109 fatalities") takes that person's name, so the desk can compare the
 * figure with the rest of what Abbott said.
 */
export function nameRolesFromEarlierText(text: string, claims: ExtractedClaim[]): void {
  for (const c of claims) {
    const last = c.attribution[c.attribution.length - 1];
    const role = last ? BARE_ROLE.exec(last.trim())?.[1].toLowerCase() : undefined;
    if (!role) continue;
    const name = namedBefore(text, role, c.start);
    if (name) c.attribution[c.attribution.length - 1] = name;
  }
}
