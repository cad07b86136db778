// The speaker after its verb, in the inverted order news copy uses after a quotation or a figure:
// "…,” said police spokesman X", "…, said this Wednesday (31) the attorney general, Tarek William
// Saab, who …", "…, said the non-governmental organization (NGO) Provea, there were 24 …".
import { WEEKDAYS } from './calendar-words';
import { maskInitials, unmaskDots } from './attribution-initials';
import { anyOf } from './word-pattern';

/**
 * When the verb was spoken, between the verb and its speaker: "said this Wednesday (31)", "said on
 * Monday", "said late on Tuesday", "said yesterday". Translated wire copy puts it there.
 */
const SPOKEN_WHEN = new RegExp(
  String.raw`^\s+(?:(?:late|early)\s+)?(?:(?:(?:on|this|last)\s+)?${anyOf(WEEKDAYS)}` +
    String.raw`(?:\s+(?:morning|afternoon|evening|night))?(?:\s*\(\d{1,2}\))?|yesterday|today)(?=\s)`,
  'iu',
);

/**
 * The speaker's words up to what ends them: punctuation, a relative, a time or place after it. A
 * bracketed acronym inside a name is part of it: "the organization (NGO) Provea".
 */
const SPEAKER_WORDS =
  /^\s+(.+?)(?=[,.;:“"]|\((?!\p{Lu}{2,8}\)\s+\p{Lu})|\s+(?:who|which|on|in a|at a|during|adding|told)\b|$)/u;

/**
 * A verb's object and its complement, not a speaker: "…, confirmed Nicolás Maduro in power for another
 * six years" (a preposition before a lower-case word); "officials in Kabul", "the head of the
 * agency" are speakers.
 */
const COMPLEMENT = /\s(?:in|for|to|with|into|as)\s+(?!(?:the|a|an)\s)\p{Ll}/u;

/** What follows a speech verb, past the time it was spoken: " the ministry" of "said on Monday the ministry". */
export function pastSpokenWhen(afterVerb: string): string {
  const when = SPOKEN_WHEN.exec(afterVerb);
  return when ? afterVerb.slice(when[0].length) : afterVerb;
}

/** The noun phrase after "said" in the inverted order, or null. */
export function invertedSpeakerPhrase(s: string, from: number): string | null {
  const afterWhen = pastSpokenWhen(maskInitials(s.slice(from)));
  const m = SPEAKER_WORDS.exec(afterWhen);
  return m && !COMPLEMENT.test(m[1]) ? unmaskDots(m[1]) : null;
}
