// A study, an investigation or a count that finds a figure is its source: "At least 79 people died
// …, an investigation by a news outlet has found", "A Reuters tally found that 40 …". And a speaker
// whose verb takes the figure itself as its object speaks of it from after it: "… has increased to
// 120, officials of Amnesty International confirmed the increase in the death toll".
import { anyOf } from './word-pattern';
import { FINDING_NOUNS } from './source-words';
import { matchesOf } from './attribution-matches';

/** "an investigation by a news outlet has found": group 1 the finding's words, before its verb. */
const FINDING = new RegExp(
  String.raw`((?:an?|the|its|their|one)\s+(?:[\p{L}'’-]+\s+){0,3}${anyOf(FINDING_NOUNS)}` +
    String.raw`(?:\s+(?:by|from|of)\s+[^,;:.]{1,60}?)?)\s+(?:(?:has|have|had)\s+)?(?:found|finds|concluded|concludes)\b`,
  'giu',
);
/** What may follow a finding's verb that closes the sentence: nothing, or "so far", "this week". */
const CLOSES =
  /^\s*(?:(?:so far|this week|last week|on \p{Lu}\p{Ll}+day)\s*)?["”]?[.!?]?["”]?\s*$/u;

export interface Finding {
  /** The finding's words ("an investigation by a news outlet"), for the pass to clean. */
  words: string;
  /** Where its verb is. */
  at: number;
  /** Whether it closes the sentence, and so may speak for a figure before it. */
  closing: boolean;
}

/** Each finding of a sentence. */
export function findings(s: string): Finding[] {
  if (!/\b(?:found|finds|conclude)/i.test(s)) return [];
  return matchesOf(FINDING, s).map((m) => {
    const at = m.index + m[1].length;
    const verbEnd = m.index + m[0].length;
    return { words: m[1], at, closing: CLOSES.test(s.slice(verbEnd)) };
  });
}

/**
 * The figure as the object of the verb that closes the sentence: "confirmed the increase in the
 * death toll", "confirmed the figure", "gave these numbers".
 */
const FIGURE_OBJECT = new RegExp(
  String.raw`^\s+(?:the|this|that|these|those|its|their)\s+(?:[\p{L}-]+\s+){0,2}` +
    String.raw`(?:toll|figures?|numbers?|count|tally|increase|rise|deaths|casualties|estimates?)` +
    String.raw`(?:\s+(?:in|of)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:toll|deaths|dead|casualties|victims|figures?))?` +
    String.raw`\s*["”]?[.!?]?\s*$`,
  'iu',
);

/** Whether the words after a speech verb are the figure itself, closing the sentence. */
export function closesOnTheFigure(afterVerb: string): boolean {
  return FIGURE_OBJECT.test(afterVerb);
}
