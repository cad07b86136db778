// A source given by its role where the text names the person in the same or the next sentence:
// "The governor of South Kivu province said the toll was 78 … Governor Jean Jacques Purisi told
// Reuters" → the governor is Jean Jacques Purisi. The desk compares a person's figures by name.
import type { ExtractedClaim } from '../../domain/claim';
import { anyOf } from './word-pattern';
import { resolvePlace } from '../../geo/gazetteer';
import { GENERIC_ROLE_HEADS, ROLE_HEADS, TITLE_ABBREVIATIONS, TITLE_WORDS } from './source-words';

const ROLE_HEAD = new RegExp(String.raw`(?<![\p{L}])${anyOf(ROLE_HEADS)}(?![\p{L}])`, 'iu');
/**
 * A role with no name: lower-case words ending in a role's head, then what it heads ("top police
 * official", "island's top official", "governor of South Kivu province"); not "official data".
 */
const ROLE_ONLY = new RegExp(
  String.raw`^(?:the\s+|a\s+|an\s+)?(?:[\p{Ll}'’-]+\s+){0,3}(?:vice-|deputy\s+)?${anyOf(ROLE_HEADS)}(?:\s+(?:of|for)\s+.+)?$`,
  'u',
);
/** A capitalised run that may be a title and a name: "Rajkot Range Inspector General of Police Ashok Yadav". */
const TITLED_RUN =
  /(?<![\p{L}’'])(\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+)?\p{Lu}[\p{L}’'.-]*)+)/gu;
const TITLE_WORD = new Set(TITLE_WORDS.map((w) => w.toLowerCase()));
const SENTENCE_END = /[.!?]["”’]?(?=\s+["“‘]?\p{Lu}|\s*\n|$)/gu;
/** A word whose dot ends a sentence: not an initial ("J.") nor a title ("Gov."). */
const ENDS_SENTENCE = new RegExp(
  String.raw`^(?!\p{Lu}\.$)(?!${anyOf(TITLE_ABBREVIATIONS)}\.$)[\p{L}’'-]+\.$`,
  'u',
);
const SPEECH_AFTER = /^\s+(?:said|says|told|added|confirmed|stated|announced)\b/;

interface NamedPerson {
  /** The run as the text gives it: "Interior Minister Pascoal Ronda". */
  text: string;
  /** Title words, lower case: ["interior", "minister"]. */
  title: string[];
  /** The person's name: "Pascoal Ronda". */
  name: string;
}

/** A capitalised run read as a title and a name of two to four words that are no title words. */
function personOf(run: string): NamedPerson | null {
  // a run never crosses a sentence's end: "Sunday. Mayotte Prefect …" starts after "Sunday."
  const all = run.replace(/\.$/, '').split(/\s+/);
  let stop = all.length - 2;
  while (stop >= 0 && !ENDS_SENTENCE.test(all[stop])) stop--;
  const words = all.slice(stop + 1);
  let k = words.length;
  while (k > 0 && !TITLE_WORD.has(words[k - 1].toLowerCase().replace(/\.$/, ''))) k--;
  const name = words.slice(k);
  if (name.length < 2 || name.length > 4) return null;
  if (name.some((w) => /^(?:of|for|the)$/i.test(w))) return null;
  const title = words.slice(0, k).map((w) => w.toLowerCase().replace(/\.$/, ''));
  return { text: words.join(' '), title, name: name.join(' ') };
}

/** Whether the role ("interior minister", "top police official") can be the titled person. */
function fits(role: string, p: NamedPerson): boolean {
  const roleWords = role.toLowerCase().replace(/-/g, ' ').split(/\s+/);
  const title = p.title.flatMap((w) => w.split('-'));
  const head = roleWords.find((w) => ROLE_HEAD.test(w) && !GENERIC_ROLE_HEADS.includes(w));
  if (head) return title.includes(head);
  // "a top police official" is any official the text names by title ("Inspector General of Police")
  return title.some((w) => ROLE_HEAD.test(w));
}

/**
 * A person the text described by a role before the claim: "Kim Jin-young, a local fire station
 * official, said …" is "the fire official" of a later sentence (every word of the role is in the
 * description).
 */
const DESCRIBED_PERSON = new RegExp(
  String.raw`(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3}),\s+(?:a|an|the)\s+((?:[\p{Ll}’'-]+\s+){0,5}` +
    String.raw`${anyOf(ROLE_HEADS)})(?![\p{L}])`,
  'gu',
);
/** "In Dolakha, the district's chief administrator": a place or a phrase before the comma, no person. */
function isPersonName(words: string): boolean {
  return (
    !/^(?:In|On|At|From|For|By|After|Before|During|Since|Near|The|A|An)\s/.test(words) &&
    !resolvePlace(words)
  );
}
function describedBefore(role: string, before: string): string | null {
  const words = role
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, '')
    .split(/\s+/);
  let name: string | null = null;
  for (const m of before.matchAll(DESCRIBED_PERSON)) {
    const description = m[2].toLowerCase().split(/\s+/);
    if (words.every((w) => description.includes(w)) && isPersonName(m[1])) name = m[1];
  }
  return name;
}

/** From `from` to the end of the sentence after the one `from` is in. */
function thisAndNextSentence(text: string, from: number): string {
  SENTENCE_END.lastIndex = from;
  SENTENCE_END.exec(text);
  const second = SENTENCE_END.lastIndex ? SENTENCE_END.exec(text) : null;
  const end = second ? second.index + second[0].length : Math.min(text.length, from + 600);
  return text.slice(from, Math.min(end, from + 600));
}

/** The person the text names for `role` right after the claim: by title, by apposition, or as the next speaker. */
function nameFor(role: string, window: string): string | null {
  const apposition = new RegExp(
    String.raw`${role.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3}),`,
    'iu',
  ).exec(window);
  if (apposition) return apposition[1];
  for (const m of window.matchAll(TITLED_RUN)) {
    const p = personOf(m[1]);
    if (!p) continue;
    if (p.title.length && fits(role, p)) return p.text;
    // "“…,” Jean-Jacques Purisi told Reuters": the speaker closing the next quotation, untitled
    const closesQuote = /[”"]\s*$/.test(window.slice(0, m.index));
    if (!p.title.length && closesQuote && SPEECH_AFTER.test(window.slice(m.index + m[0].length))) {
      return `${p.name}, ${role.replace(/^(?:the|a|an)\s+/i, '')}`;
    }
  }
  return null;
}

/**
 * Claims whose source is a role with no name take the person the text names in that role in the
 * same or the next sentence, the role kept ("Governor Jean Jacques Purisi", "Jean-Jacques Purisi,
 * governor of South Kivu province").
 */
export function nameRolesNearby(text: string, claims: ExtractedClaim[]): void {
  for (const c of claims) {
    const last = c.attribution[c.attribution.length - 1];
    if (!last || !ROLE_ONLY.test(last)) continue;
    // "a senior official said …" is named after; "the fire official" was described before
    const name =
      nameFor(last, thisAndNextSentence(text, c.end)) ??
      describedBefore(last, text.slice(0, c.start));
    if (name) c.attribution[c.attribution.length - 1] = name;
  }
}
