// Words of modality before a speech verb. A speaker who is able to say a figure says it: "Foro Penal
// has been able to verify 835 detainees", "I can confirm 14 victims" (the words of ability are no
// part of who speaks); one who could not says nothing: "a figure GlobalWire could not verify".
// A denial is read in the last two words before the verb only (a pattern anchored at the end of a
// long text is tried from each of its characters); the ability's pattern opens on a space, which
// the search skips to.
import { lastWords } from './attribution-last-words';

/** "can", "could", "was able to", "has been able to" right before the verb. */
const ABILITY_AT_END =
  /\s(?:(?:(?:has|have|had)\s+been\s+|(?:is|are|was|were)\s+)?able\s+to|can|could)\s+$/iu;

/** Whether the text before a verb ends in words of ability. */
export function endsInAbility(before: string): boolean {
  return ABILITY_AT_END.test(before);
}

/** The text before a verb without its closing words of ability ("The Penal Forum, …, has been able to" → "The Penal Forum, …,"). */
export function withoutAbility(before: string): string {
  return before.replace(ABILITY_AT_END, ' ');
}

/** "could not verify", "did not confirm", "has never said", "won't say": the verb denied. */
const NEGATION_AT_END = /(?:\bnot|n['’]t|\bnever)\s+(?:\p{L}+ly\s+)?$/iu;

/** Words NEGATION_AT_END spans: "not" (or "didn't") and an adverb. */
const NEGATION_WORDS = 2;

/** Whether the text before a verb denies it: its subject reports no figure with it. */
export function deniesVerb(before: string): boolean {
  return NEGATION_AT_END.test(lastWords(before, NEGATION_WORDS));
}
