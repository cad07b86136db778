import type { FallbackRule } from '../figure-reading';
import { subjectOf } from '../lexicon';

/** "thousands of protesters": a crowd. */
export const crowdOfProtesters: FallbackRule = {
  name: 'a figure of protesters is a crowd',
  examples: [
    {
      text: 'Thousands of protesters filled the square.',
      metric: 'participants',
      subject: 'protesters',
      value: 1000,
    },
    {
      text: 'Some 5,000 demonstrators outside parliament, police said.',
      metric: 'participants',
      subject: 'protesters',
      value: 5000,
    },
    {
      text: 'Tens of thousands of anti-government protesters, the organisers said.',
      metric: 'participants',
      subject: 'protesters',
      value: 10000,
    },
  ],
  apply({ np, right, rangeEnd }) {
    if (
      subjectOf(np)?.subject !== 'protesters' ||
      !/^\s*(?:of\s+)?(?:[\p{L}-]+\s+){0,2}(?:protest(?:e|o)rs|demonstrators|rioters)\b/iu.test(
        right,
      )
    )
      return null;
    return { metric: 'participants', subject: 'protesters', cueEnd: rangeEnd + np.length };
  },
};
