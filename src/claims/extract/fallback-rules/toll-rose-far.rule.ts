import { firstCue } from '../cues';
import type { FallbackRule } from '../figure-reading';
import { subjectOf } from '../lexicon';
import { anyOf } from '../word-pattern';

/** How a count came to its figure, right before the figure. */
const ROSE_TO = ['rose to', 'risen to', 'increased to', 'climbed to', 'jumped to', 'mounted to'];
const CAME_TO = ['gone up to', 'grown to', 'reached', 'stands at', 'stood at', 'touched'];
const REACHED = new RegExp(
  String.raw`\b(?:has\s+|have\s+|had\s+|now\s+|further\s+)*${anyOf([...ROSE_TO, ...CAME_TO])}\s*$`,
  'i',
);
/** The count a sentence opens with: "The death toll", "The number of injured". */
const COUNT_NOUNS = ['toll', 'tally', 'number of', 'count of', 'total number of'];
const OPENING_COUNT = new RegExp(
  String.raw`^\W*(?:\p{Lu}\p{Ll}+,\s+)?the\s+((?:[\p{L}-]+\s+){0,2}?${anyOf(COUNT_NOUNS)}(?:\s+[\p{L}-]+){0,2}?)\s+(?:due to|from|caused by|following|after|in|of|at|on)\b`,
  'iu',
);

/**
 * "The death toll due to the collapse of a suspension bridge over the Machu river in Morbi district
 * of Gujarat on Sunday evening has increased to 141": the count the sentence opens with, however far
 * its circumstances push its verb from it, when no figure stands between the two.
 */
export const tollRoseFar: FallbackRule = {
  name: 'the count a sentence opens with, reached far from its noun',
  examples: [
    {
      text: 'The death toll due to the collapse of a suspension bridge over the Machu river in Morbi district of Gujarat on Sunday evening has increased to 141 as of Monday morning.',
      metric: 'killed',
      subject: 'people',
      value: 141,
    },
    {
      text: 'The number of injured in the stampede at the temple on the outskirts of the northern city during the festival on Friday night has risen to 212, officials said.',
      metric: 'injured',
      subject: 'people',
      value: 212,
    },
    {
      text: 'The death toll from the floods that swept through the villages of the hardest-hit districts in the north of the state over the past week has climbed to 80.',
      metric: 'killed',
      subject: 'people',
      value: 80,
    },
    {
      text: 'The number of protesters detained after the clashes outside the parliament building in the centre of the capital over the weekend now stands at 340.',
      metric: 'detained',
      subject: 'protesters',
      value: 340,
    },
  ],
  apply({ s, n, leftFull, prevEnd }) {
    if (!REACHED.test(leftFull)) return null;
    const opening = OPENING_COUNT.exec(s);
    if (!opening || opening.index + opening[0].length > n.start) return null;
    const at = opening.index + opening[0].indexOf(opening[1]);
    if (prevEnd > at) return null;
    const cue = firstCue(opening[1]);
    if (!cue || cue.metric === 'among_prev') return null;
    return {
      metric: cue.metric,
      subject: subjectOf(opening[1])?.subject ?? null,
      cueStart: at,
    };
  },
};
