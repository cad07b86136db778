import type { FallbackRule } from '../figure-reading';
import { subjectOf } from '../lexicon';

/** "the revised toll of 253 includes 38 foreign nationals": a part of the figure the sentence named. */
export const partOfNamedToll: FallbackRule = {
  name: 'a part a named toll includes',
  examples: [
    {
      text: 'The revised toll of 253 includes 38 foreign nationals.',
      metric: 'killed',
      subject: 'civilians',
      value: 38,
    },
    {
      text: 'The death toll of 90 included 12 police officers.',
      metric: 'killed',
      subject: 'law_enforcement',
      value: 12,
    },
    {
      text: 'Police said 300 people were arrested, a total that includes 25 minors.',
      metric: 'detained',
      subject: 'children',
      value: 25,
    },
  ],
  apply({ lastDraft, s, n, qlen, np, rangeEnd }) {
    if (
      !lastDraft ||
      !/\b(?:toll|tally|count|figure|number|total)\b[^.;]{0,40}?\b(?:includes?|included|including)\s*$/i.test(
        s.slice(Math.max(0, n.start - qlen - 80), n.start - qlen),
      )
    )
      return null;
    const sub = subjectOf(np);
    if (!sub || sub.index >= 25) return null;
    return { metric: lastDraft.metric, subject: sub.subject, cueEnd: rangeEnd + np.length };
  },
};
