import type { FigureRule } from '../figure-frame';
import { tokensAfter } from '../figure-frame';
import { CROWD_PLACE_PREPOSITIONS, TAKING_PART, TAKING_PART_FILLERS } from '../frame-lexicon';
import type { Token } from '../../tokens';

/** What one attends for care, not as a crowd: "three attended hospital". */
const CARE_PLACES: ReadonlySet<string> = new Set(['hospital', 'clinic', 'hospitals', 'doctor']);

const VERBS: ReadonlySet<string> = new Set(['VERB', 'AUX']);

/** How many capitalised words a place between the figure and its verb may have ("across France"). */
const MAX_PLACE_WORDS = 3;

/**
 * A bare figure that marched, attended or turned out is a crowd: "around 17,000 marched through
 * Berlin" is 17,000 taking part. Only a bare figure (a noun after it is the lexicon's to read: "5
 * tanks rallied" is none of ours), so the crowd is people, or protesters where the sentence or text is
 * about a protest (as for any crowd).
 */
export const takingPart: FigureRule = {
  name: 'a bare figure that marched or attended is a crowd',
  examples: [
    {
      text: 'Organisers said roughly 40,000 turned out in the rain.',
      metric: 'participants',
      subject: 'people',
      value: 40000,
    },
    {
      text: 'Police said about 12,000 marched to the parliament building.',
      metric: 'participants',
      subject: 'protesters',
      value: 12000,
    },
    {
      text: 'Up to 2.5m nationwide were involved in the protests on Tuesday.',
      metric: 'participants',
      subject: 'protesters',
      value: 2500000,
    },
    {
      text: 'Officials estimated that a total of 9,000 attended the vigil.',
      metric: 'participants',
      subject: 'people',
      value: 9000,
    },
    {
      text: 'Some 8,000 took part in the rally, according to the organisers.',
      metric: 'participants',
      subject: 'protesters',
      value: 8000,
    },
  ],
  read(frame) {
    const after = tokensAfter(frame);
    let at = skipPlace(after, 0);
    while (at < after.length && TAKING_PART_FILLERS.has(after[at].lemma)) at++;
    // a verb, not the noun of the same lemma ("16 marches were held")
    if (!VERBS.has(after[at]?.pos ?? '')) return null;
    const phrase = TAKING_PART.find((words) => words.every((w, k) => after[at + k]?.lemma === w));
    if (!phrase) return null;
    const end = at + phrase.length;
    if (CARE_PLACES.has(after[end]?.lemma ?? '') || CARE_PLACES.has(after[end + 1]?.lemma ?? ''))
      return null;
    return {
      metric: 'participants',
      subject: 'people',
      quoteStart: frame.start,
      quoteEnd: after[at + phrase.length - 1].end,
    };
  },
};

/** Past a place right after the figure ("across France", "nationwide"), if there is one. */
function skipPlace(tokens: Token[], at: number): number {
  const word = tokens[at];
  if (!word || !CROWD_PLACE_PREPOSITIONS.has(word.lower)) return at;
  if (word.lower === 'nationwide') return at + 1;
  let end = at + 1;
  while (end < tokens.length && end - at <= MAX_PLACE_WORDS && /^\p{Lu}/u.test(tokens[end].text))
    end++;
  return end > at + 1 ? end : at;
}
