import type { SkipRule } from '../figure-reading';
import { anyOf } from '../word-pattern';
import { CARRYING_VERBS } from './carrying-verbs';

const AMONG = ['of whom', 'among whom', 'among them', 'of them', 'including'];
const DIED = ['died', 'were killed', 'were dead', 'had died', 'were declared dead', 'succumbed'];
/**
 * "90 people were taken to the hospital after the stampede, of whom 30 died": the figure counts
 * everyone carried there, the dead among them, so it is a count of neither the injured nor the
 * dead (the rest, whom no one numbered, are the injured).
 */
const CARRIED_WITH_DEAD = new RegExp(
  String.raw`^[^.;]{0,40}?\b${anyOf(CARRYING_VERBS)}\s+to\s+(?:a\s+|the\s+)?(?:[\p{L}-]+\s+)?hospitals?\b` +
    String.raw`[^.;]{0,60}?,\s*${anyOf(AMONG)}\s+(?:[\p{L}\d,-]+\s+){1,2}?${anyOf(DIED)}\b`,
  'iu',
);

export const carriedWithDead: SkipRule = {
  name: 'the carried to hospital, the dead among them',
  examples: [
    {
      text: 'Officials said 90 people were taken to the hospital after the stampede, of whom 30 died.',
      value: 90,
    },
    { text: 'Some 45 passengers were rushed to hospital, among whom 12 later died.', value: 45 },
    {
      text: 'A total of 60 were brought to the district hospital, of them 8 were declared dead.',
      value: 60,
    },
    {
      text: 'About 120 people were admitted to hospitals, including 14 who succumbed.',
      value: 120,
    },
  ],
  applies: ({ s, rangeEnd }) => CARRIED_WITH_DEAD.test(s.slice(rangeEnd)),
};
