import { firstCue } from '../cues';
import type { FallbackRule } from '../figure-reading';
import { subjectOf } from '../lexicon';

/** "… including 43 children and 25 women", "killed 12 police and 30 protesters": the figure joins the one before. */
export const joinsListBefore: FallbackRule = {
  name: 'a figure listed after the one before',
  examples: [
    {
      text: 'The attack killed 12 police and 30 protesters.',
      metric: 'killed',
      subject: 'protesters',
      value: 30,
    },
    {
      text: 'The dead included 43 children and 25 women.',
      metric: 'killed',
      subject: 'people',
      value: 25,
    },
    {
      text: 'Police detained 14 journalists and 9 students.',
      metric: 'detained',
      subject: 'children',
      value: 9,
    },
  ],
  apply({ lastDraft, drafts, i, leftFull, right, np, rangeEnd }) {
    if (
      !lastDraft ||
      drafts[i - 1] !== lastDraft ||
      !/^\s*(?:[\p{L}'’-]+\s+){0,3}?(?:,|and|,\s*and|as well as|plus)\s*$/iu.test(leftFull) ||
      firstCue(right)
    )
      return null;
    const sub = subjectOf(np);
    if (!sub || sub.index >= 3) return null;
    return { metric: lastDraft.metric, subject: sub.subject, cueEnd: rangeEnd + np.length };
  },
};
