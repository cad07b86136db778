import { nounAfter } from '../cues';
import type { FallbackRule } from '../figure-reading';
import { subjectOf } from '../lexicon';

/** "Of the 225 dead, 19 were police": the figure inherits the set's metric. */
export const partOfTheSet: FallbackRule = {
  name: 'a part of the set the sentence opens with',
  examples: [
    {
      text: 'Of the 225 dead, 19 were police.',
      metric: 'killed',
      subject: 'law_enforcement',
      value: 19,
    },
    {
      text: 'Among the 80 injured, 12 were children.',
      metric: 'injured',
      subject: 'children',
      value: 12,
    },
    {
      text: 'Of those 300 detained, 40 are journalists.',
      metric: 'detained',
      subject: 'journalists',
      value: 40,
    },
  ],
  apply({ lastDraft, s, right, rangeEnd }) {
    if (
      !lastDraft ||
      !/^\s*(?:of|among) (?:the|those|them|these)\b/i.test(s) ||
      !/^\s*(?:were|was|are|is)\b/i.test(right)
    )
      return null;
    const sub = subjectOf(right.slice(0, 60));
    if (!sub) return null;
    return {
      metric: lastDraft.metric,
      subject: sub.subject,
      cueEnd: rangeEnd + nounAfter(right).length,
    };
  },
};
