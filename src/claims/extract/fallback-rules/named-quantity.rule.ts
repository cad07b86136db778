import { firstCue } from '../cues';
import type { FallbackRule } from '../figure-reading';
import { subjectOf } from '../lexicon';
import { puttingTheCount } from './putting-a-figure';

const COUNT_NOUNS = ['number', 'figure', 'count', 'tally', 'total', 'toll'];
const PUT_QUANTITY_AT = new RegExp(
  String.raw`${puttingTheCount(COUNT_NOUNS)}\s+of\s+([^,;.]{1,60}?)\s+at\s*$`,
  'i',
);

/** "put the number of journalists detained at 56": the metric and subject are in the named quantity. */
export const namedQuantity: FallbackRule = {
  name: 'a quantity named and put at a figure',
  examples: [
    {
      text: 'The group put the number of journalists detained at 56.',
      metric: 'detained',
      subject: 'journalists',
      value: 56,
    },
    {
      text: 'The union put the number of workers arrested at 56.',
      metric: 'detained',
      subject: 'people',
      value: 56,
    },
    {
      text: 'The agency set its count of those displaced at 12,000.',
      metric: 'displaced',
      subject: 'people',
      value: 12000,
    },
  ],
  apply({ leftCore, prevEnd, n }) {
    const named = PUT_QUANTITY_AT.exec(leftCore);
    const cue = named ? firstCue(named[1]) : null;
    if (!named || !cue || cue.metric === 'among_prev') return null;
    return {
      metric: cue.metric,
      subject: subjectOf(named[1].slice(0, cue.index))?.subject ?? 'people',
      cueStart: Math.max(prevEnd, n.start - 120) + named.index,
    };
  },
};
