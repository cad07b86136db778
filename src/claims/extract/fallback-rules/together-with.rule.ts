import { deploySubject } from '../cues';
import type { FallbackRule } from '../figure-reading';
import { subjectOf } from '../lexicon';

/** "6,300 troops were deployed, together with 600 naval personnel": the figure joins the one before. */
export const togetherWith: FallbackRule = {
  name: 'a figure together with the one before',
  examples: [
    {
      text: '6,300 troops were deployed, together with 600 naval personnel.',
      metric: 'deployed',
      subject: 'military',
      value: 600,
    },
    {
      text: 'Police arrested 40 protesters along with 12 journalists.',
      metric: 'detained',
      subject: 'journalists',
      value: 12,
    },
    {
      text: '2,000 soldiers were sent to the region, backed by 300 police officers.',
      metric: 'deployed',
      subject: 'law_enforcement',
      value: 300,
    },
  ],
  apply({ lastDraft, leftCore, np, s, rangeEnd }) {
    if (
      !lastDraft ||
      !/(?:together with|along with|alongside|in addition to|as well as|backed by|supported by|joined by)\s*$/i.test(
        leftCore,
      )
    )
      return null;
    const sub = subjectOf(np);
    const ds = lastDraft.metric === 'deployed' ? deploySubject(np, s) : null;
    if (!sub || sub.index >= 25 || (lastDraft.metric === 'deployed' && !ds)) return null;
    return { metric: lastDraft.metric, subject: ds ?? sub.subject, cueEnd: rangeEnd + np.length };
  },
};
