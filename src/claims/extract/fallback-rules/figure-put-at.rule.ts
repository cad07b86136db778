import type { FallbackRule } from '../figure-reading';
import { puttingTheCount } from './putting-a-figure';

const PUT_AT = new RegExp(
  String.raw`${puttingTheCount(['figure', 'number', 'count', 'tally', 'total'])}\s+at\s*$`,
  'i',
);

/** "police put the figure at 41": the figure the sentence spoke of before. */
export const figurePutAt: FallbackRule = {
  name: 'the figure spoken of before, put at a value',
  examples: [
    {
      text: 'Organisers said 100,000 people marched, but police put the figure at 41,000.',
      metric: 'participants',
      subject: 'protesters',
      value: 41000,
    },
    {
      text: 'Dozens were reported killed. The ministry put the number at 41.',
      metric: 'killed',
      subject: 'people',
      value: 41,
    },
    {
      text: 'Hundreds of protesters were arrested; a rights group estimates the total at 1,300.',
      metric: 'detained',
      subject: 'protesters',
      value: 1300,
    },
  ],
  apply({ lastDraft, prevMetric, prevSubject, leftCore }) {
    const metric = lastDraft?.metric ?? prevMetric;
    if (!metric || !PUT_AT.test(leftCore)) return null;
    return { metric, subject: lastDraft?.subject ?? prevSubject };
  },
};
