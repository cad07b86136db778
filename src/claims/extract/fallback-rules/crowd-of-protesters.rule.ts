import type { FallbackRule } from '../figure-reading';
import { subjectOf } from '../lexicon';
import { wordsRe } from '../word-pattern';

/**
 * What befalls some protesters after the protest, not a crowd's doing: "27 protesters … are now
 * receiving treatment", "28 protesters have been referred to the prosecutor".
 */
const AFTERMATH_WORDS = [
  'charged',
  'referred',
  'released',
  'freed',
  'sentenced',
  'convicted',
  'jailed',
  'prosecuted',
  'indicted',
  'fined',
  'deported',
  'questioned',
  'remanded',
  'acquitted',
  'pardoned',
  'bailed',
  'on bail',
  'in custody',
  'on trial',
  'face charges',
  'facing charges',
  '(?:receiving|received|undergoing|under) treatment',
  'treated',
  'hospitali[sz]ed',
  'discharged',
];
const AFTERMATH = wordsRe(AFTERMATH_WORDS);
/** The rest of the figure's clause: up to the sentence's end or a new clause's "while", "but". */
const CLAUSE = /^[^.;!?]*?(?=[.;!?]|\b(?:while|but|whereas)\b|$)/i;

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
  apply({ np, right, rightFull, rangeEnd }) {
    if (
      subjectOf(np)?.subject !== 'protesters' ||
      !/^\s*(?:of\s+)?(?:[\p{L}-]+\s+){0,2}(?:protest(?:e|o)rs|demonstrators|rioters)\b/iu.test(
        right,
      )
    )
      return null;
    if (AFTERMATH.test(CLAUSE.exec(rightFull)?.[0] ?? '')) return null;
    return { metric: 'participants', subject: 'protesters', cueEnd: rangeEnd + np.length };
  },
};
