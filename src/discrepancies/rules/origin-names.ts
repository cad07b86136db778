// One origin under several names: "Sheriff Larry Leitha", "Larry Leitha" and "Leitha" in three
// articles are one person, whose figures are updates of each other, never two sources' conflict.
import type { ComparableClaim } from './comparable-claim';

/** Titles, offices and portfolios written before a name: "Gov.", "Minister of State for Home". */
const ROLE_WORDS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sir',
  'dame',
  'gov',
  'governor',
  'lt',
  'lieutenant',
  'sheriff',
  'mayor',
  'president',
  'vice',
  'prime',
  'minister',
  'deputy',
  'secretary',
  'state',
  'home',
  'interior',
  'health',
  'defence',
  'defense',
  'finance',
  'foreign',
  'affairs',
  'chief',
  'senator',
  'sen',
  'rep',
  'representative',
  'congressman',
  'congresswoman',
  'mp',
  'mla',
  'commissioner',
  'commander',
  'inspector',
  'general',
  'superintendent',
  'director',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'officer',
  'official',
  'captain',
  'capt',
  'col',
  'colonel',
  'gen',
  'maj',
  'major',
  'sgt',
  'sergeant',
  'judge',
  'justice',
  'police',
  'fire',
  'county',
  'city',
  'senior',
  'top',
  'acting',
  'former',
  'executive',
  'head',
  'leader',
]);
/** A body, not a person: the name ends in one ("Gujarat Information Department"). */
const BODY_WORDS = new Set([
  'department',
  'ministry',
  'office',
  'agency',
  'authority',
  'service',
  'services',
  'force',
  'forces',
  'army',
  'council',
  'commission',
  'committee',
  'hospital',
  'government',
  'police',
  'administration',
  'bureau',
  'centre',
  'center',
  'directorate',
  'unit',
  'command',
  // people named by what they are, capitalised at a sentence's start ("Officials said")
  'officials',
  'authorities',
  'witnesses',
  'eyewitnesses',
  'residents',
  'rescuers',
  'sources',
  'reports',
  'media',
  'doctors',
  'organisers',
  'organizers',
  'activists',
  'protesters',
]);
const NAME_TOKEN = /^\p{Lu}[\p{L}'’-]*\.?$/u;

/**
 * Data: nouns of organisations named by the proper name before them, written in lower case
 * ("the main opposition Chadema party" is Chadema).
 */
const NAMED_ORGANISATION_NOUNS = new Set(['party', 'movement', 'coalition', 'alliance']);

/** Data: the words that make a speaker the voice of a body ("Chadema party spokesperson John Kitoka"). */
const SPOKESPERSON = /\b(?:spokesperson|spokesman|spokeswoman)\b/i;

/** Data: words before a trailing name that make it a place, not the origin's name ("Church of Tanzania"). */
const PLACE_PREPOSITIONS = new Set(['of', 'from', 'for', 'in']);

/**
 * The proper name an origin label ends in, lower-cased tokens: "Texas Lieutenant Gov. Dan Patrick"
 * → [dan, patrick]; "Governor Babajide Sanwo-Olu of Lagos State" → [babajide, sanwo-olu]; none
 * for a body or a common noun ("the Gujarat information department", "officials").
 */
export function nameOfOrigin(label: string): string[] {
  const core = label.replace(/\([^)]*\)/g, ' ').split(/[,;]/)[0];
  const own = trailingName(core);
  return own.length ? own : trailingName(core.split(/\s+(?:of|from|for)\s+/)[0]);
}

function trailingName(text: string): string[] {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  const last = tokens[tokens.length - 1]?.toLowerCase().replace(/\.$/, '');
  if (!last || BODY_WORDS.has(last)) return [];
  // "the main opposition Chadema party": the organisation's proper name before its noun
  if (NAMED_ORGANISATION_NOUNS.has(last) && tokens[tokens.length - 1] === last) tokens.pop();
  const name: string[] = [];
  let i = tokens.length - 1;
  for (; i >= 0; i--) {
    const word = tokens[i].toLowerCase().replace(/\.$/, '');
    if (!NAME_TOKEN.test(tokens[i]) || ROLE_WORDS.has(word)) break;
    name.unshift(word);
  }
  // "the Catholic Church of Tanzania": a name after "of" that follows a name places the origin
  // (its own name comes first); after a common noun it names it ("officials of Amnesty International")
  if (i > 0 && PLACE_PREPOSITIONS.has(tokens[i].toLowerCase()) && NAME_TOKEN.test(tokens[i - 1]))
    return [];
  return name;
}

/**
 * A spokesperson speaks for a body: "Chadema party spokesperson John Kitoka" or "John Kitoka, the
 * Chadema party spokesman" makes John Kitoka's figures the party's, wherever either is quoted (a
 * desk reads "the party said 700" and "its spokesman said 700" as one origin). Returns the
 * speaker's name and the body's, or null when the label names no spokesperson of a named body.
 */
export function spokespersonOf(label: string): { person: string[]; body: string[] } | null {
  const core = label.replace(/\([^)]*\)/g, ' ').trim();
  const m = SPOKESPERSON.exec(core);
  if (!m) return null;
  const before = core.slice(0, m.index).trim();
  const after = core.slice(m.index + m[0].length).trim();
  // "<body> spokesperson <Name>" or "<Name>, (the|a) <body> spokesperson"
  const [bodyText, personText] = after
    ? [before, after]
    : [before.replace(/^.*,\s*(?:the\s+|a\s+)?/i, ''), before.split(',')[0]];
  const person = trailingName(personText);
  const body = trailingName(bodyText);
  return person.length > 1 && body.length ? { person, body } : null;
}

const keyed = new WeakMap<ComparableClaim, ComparableClaim>();

/**
 * `claims` with one origin key per named person or body: an origin whose name is another's, or its
 * last words when only one longer name ends so ("Leitha" → "Larry Leitha"), takes that name's key.
 * A claim whose key does not change is returned as it is (the pair memo knows claims by identity).
 */
export function withOriginsByName(claims: ComparableClaim[]): ComparableClaim[] {
  const names = new Map<string, string[]>();
  for (const c of claims) {
    if (!c.originKey.startsWith('origin:') || names.has(c.originKey)) continue;
    const label = c.attribution?.[c.attribution.length - 1];
    names.set(c.originKey, label ? nameOfOrigin(label) : []);
  }
  const full = [
    ...new Set([...names.values()].filter((n) => n.length > 1).map((n) => n.join(' '))),
  ];
  const voiceOf = spokespeople(claims);
  const keyOf = new Map<string, string>();
  for (const [key, name] of names) {
    if (!name.length) continue;
    const fullest = fullestName(name.join(' '), full);
    keyOf.set(key, `origin:${voiceOf.get(fullest) ?? fullest}`);
  }
  return claims.map((c) => rekeyed(c, keyOf.get(c.originKey)));
}

/** Each spokesperson's full name and the name of the body they speak for, as the story quotes them. */
function spokespeople(claims: ComparableClaim[]): Map<string, string> {
  const voices = new Map<string, string>();
  const labels = new Set<string>();
  for (const c of claims) {
    const label = c.attribution?.[c.attribution.length - 1];
    if (!label || labels.has(label) || !c.originKey.startsWith('origin:')) continue;
    labels.add(label);
    const voice = spokespersonOf(label);
    if (voice) voices.set(voice.person.join(' '), voice.body.join(' '));
  }
  return voices;
}

/**
 * The longest name that ends in `own` ("Dela Cruz" → "Ramon Dela Cruz"), when the longer names are
 * one person's ("Dela Cruz", "Ramon Dela Cruz"); `own` itself when none is, or when two people share
 * it ("Biden": "Joe Biden", "Hunter Biden").
 */
function fullestName(own: string, full: string[]): string {
  const longer = full.filter((f) => f.endsWith(` ${own}`)).sort((a, b) => b.length - a.length);
  if (!longer.length) return own;
  const [longest] = longer;
  return longer.every((f) => f === longest || longest.endsWith(` ${f}`)) ? longest : own;
}

function rekeyed(c: ComparableClaim, key: string | undefined): ComparableClaim {
  if (!key || (key === c.originKey && c.namedOrigin)) return c;
  const kept = keyed.get(c);
  if (kept?.originKey === key) return kept;
  const next = { ...c, originKey: key, namedOrigin: true };
  keyed.set(c, next);
  return next;
}

/** Two claims one named person or body gave, through two publishers: that origin's own revision. */
export function sameNamedOrigin(a: ComparableClaim, b: ComparableClaim): boolean {
  return !!a.namedOrigin && !!b.namedOrigin && a.originKey === b.originKey;
}
