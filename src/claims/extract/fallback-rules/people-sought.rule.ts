import type { FallbackRule } from '../figure-reading';
import { subjectOf } from '../lexicon';
import { anyOf } from '../word-pattern';

/** People whom others search for. */
const SOUGHT_NOUNS = [
  'people',
  'persons',
  'neighbou?rs',
  'relatives',
  'residents',
  'villagers',
  'children',
  'victims',
  'family members',
  'students',
  'workers',
  'miners',
  'passengers',
  'climbers',
  'fishermen',
  'migrants',
  'hikers',
  'crew members',
];
const SOUGHT_PEOPLE = new RegExp(String.raw`^\s*(?:[\p{L}-]+\s+)?${anyOf(SOUGHT_NOUNS)}\b`, 'iu');

/** "relatives were still looking for about a dozen neighbours": people sought are missing. */
export const peopleSought: FallbackRule = {
  name: 'people still sought are missing',
  examples: [
    {
      text: 'Relatives were still looking for about a dozen neighbours.',
      metric: 'missing',
      subject: 'people',
      value: 12,
    },
    {
      text: 'Rescuers are searching for 40 miners.',
      metric: 'missing',
      subject: 'people',
      value: 40,
    },
    {
      text: 'Divers were still searching for seven fishermen on Friday.',
      metric: 'missing',
      subject: 'people',
      value: 7,
    },
  ],
  apply({ leftCore, right, np, rangeEnd }) {
    if (
      !/\b(?:still\s+)?(?:looking|searching|hunting)\s+for\s*$/i.test(leftCore) ||
      !SOUGHT_PEOPLE.test(right)
    )
      return null;
    return {
      metric: 'missing',
      subject: subjectOf(np)?.subject ?? 'people',
      cueEnd: rangeEnd + np.length,
    };
  },
};
