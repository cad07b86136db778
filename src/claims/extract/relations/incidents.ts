// Data and a PURE reading of it: an incident within the event a text tells of. A protest with a
// car driven into its marchers, a stampede at one gate of a rally, a fire after a quake: the
// figure of that incident counts a part of the event's toll, which no field of the claim names
// (issue 10: "three injured when a car drove into protesters" is no rival to 56 injured that day).
// The kind of an incident is read with the words stories use to tell events apart.
import { EVENT_KIND_WORDS, relatedKinds } from '../../../domain/event-kinds';
import { wordsRe } from '../word-pattern';

/** Phrases of a vehicle driven into people: an attack, though no single word of it says so. */
const RAMMING_PHRASES: readonly string[] = [
  'drove into',
  'drove through',
  'driven into',
  'ploughed into',
  'plowed into',
  'ploughed through',
  'plowed through',
  'rammed',
  'ramming',
  'slammed into',
  'careered into',
  'crashed into',
];
const RAMMING_KIND = 'attack';

/**
 * Phrases whose kind word names no event of that kind: a gunman "opened fire" is no blaze, and the
 * fire department answers crushes and floods too.
 */
const NOT_AN_EVENT_PHRASES: readonly string[] = [
  'opened fire',
  'open fire',
  'opening fire',
  'fire departments?',
  'fire services?',
  'fire brigades?',
  'fire force',
  'fire officials?',
  'fire agency',
  'fire chiefs?',
  'fire and rescue',
  'firefighters?',
];
const NOT_AN_EVENT = wordsRe(NOT_AN_EVENT_PHRASES, 'gi');

/** How an incident is introduced as one event among others: "when a …", "an incident where …". */
const AN_INCIDENT = '(?:a|an|another|one|a separate|a second)';
const INCIDENT_OPENER = new RegExp(
  `\\b(?:when|after|as|where|in which|in|during)\\s+${AN_INCIDENT}\\s+\\S|\\b${AN_INCIDENT}\\s+incident\\b`,
  'i',
);
/** "A car ploughed into the crowd, injuring three": a clause that opens on an incident. */
const OPENS_ON_INCIDENT = /^\s*(?:a|an|another|one)\s+\S/i;

/** "…, injuring three people": the figure is what the clause before the comma did. */
const RESULT_OF_CLAUSE = /^\s*(?:and\s+)?(?:injuring|killing|wounding|hurting|leaving)\b/i;

const WORD = /\p{L}[\p{L}\p{M}'’-]*\p{L}/gu;
const KIND_OF = new Map<string, string>(
  Object.entries(EVENT_KIND_WORDS).flatMap(([kind, words]) => words.map((w) => [w, kind])),
);

/** The kind a word names, read as written or as the plural of a listed word ("stampedes"). */
function kindOfWord(word: string): string | undefined {
  const w = word.toLowerCase();
  return KIND_OF.get(w) ?? (w.endsWith('s') ? KIND_OF.get(w.slice(0, -1)) : undefined);
}
const RAMMING = wordsRe(RAMMING_PHRASES, 'gi');

/** How often a text names each kind of event (a vehicle driven into people is an attack). */
function kindMentions(text: string): Record<string, number> {
  const kinds: Record<string, number> = {};
  const add = (kind: string) => (kinds[kind] = (kinds[kind] ?? 0) + 1);
  for (const m of text.replace(NOT_AN_EVENT, ' ').matchAll(WORD)) {
    const kind = kindOfWord(m[0]);
    if (kind) add(kind);
  }
  for (const _ of text.matchAll(RAMMING)) add(RAMMING_KIND);
  return kinds;
}

/**
 * How often the text names each kind of event, counted on first need: a figure's clause names an
 * incident in few texts, and counting every word of a long text for nothing cost a few per cent of
 * the extraction.
 */
export type TextKinds = () => Readonly<Record<string, number>>;

export function textKindsOf(text: string): TextKinds {
  let kinds: Record<string, number> | null = null;
  return () => (kinds ??= kindMentions(text));
}

/** The kind the text names most often, when one kind leads (a tie tells no main event). */
function mainKind(kinds: Readonly<Record<string, number>>): string | null {
  const ranked = Object.entries(kinds).sort((a, b) => b[1] - a[1]);
  if (!ranked.length || (ranked.length > 1 && ranked[1][1] === ranked[0][1])) return null;
  return ranked[0][0];
}

/**
 * The words that tell what the figure counts, when they tie it to an incident: its own clause
 * after it ("three people were injured when a car drove into protesters"), with the clause before
 * it when the figure is that clause's result ("a man drove into protesters, injuring three people";
 * "in a separate incident, two soldiers were killed"). Null when no incident is named.
 */
function incidentClause(left: string, right: string): string | null {
  const own = right.split(/[,;:]|\.\s/)[0];
  const chunks = left.split(/[,;:]/);
  const last = chunks.pop() ?? '';
  const tied = last.trim() === '' || RESULT_OF_CLAUSE.test(last);
  const before = tied ? (chunks.pop() ?? '') : '';
  const clause = `${before} ${last} ${own}`;
  if (INCIDENT_OPENER.test(clause) || (tied && OPENS_ON_INCIDENT.test(before))) return clause;
  return null;
}

/**
 * True when the figure counts an incident of another kind than the event the text mostly tells of
 * (and not a kind that event is often told as: a storm's floods).
 */
export function countsAnIncident(left: string, right: string, textKinds: TextKinds): boolean {
  const clause = incidentClause(left, right);
  if (clause === null) return false;
  const kinds = textKinds();
  const main = mainKind(kinds);
  if (!main) return false;
  return Object.keys(kindMentions(clause)).some(
    (kind) => kind !== main && !relatedKinds(kind, main) && (kinds[kind] ?? 0) < kinds[main],
  );
}
