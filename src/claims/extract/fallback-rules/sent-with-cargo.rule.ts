import { deploySubject } from '../cues';
import type { FallbackRule } from '../figure-reading';

const SENDING_VERB = '\\b(?:sent|sending|dispatched|dispatching|deployed|deploying|flew|flown)\\b';
const SENDING_BEFORE = new RegExp(`${SENDING_VERB}[^;.:]{0,100}$`, 'i');
const UP_TO_SENDING = new RegExp(`^.*${SENDING_VERB}`, 'is');
/** A verb between the sending and the figure that reads the figure itself. */
const OTHER_VERB = /\b(?:said|says|told|killed|died|injured|wounded|arrested|detained)\b/i;

/** "sent a plane carrying 14 tonnes of supplies and 87 medics to the city": responders a deploying verb reaches. */
export const sentWithCargo: FallbackRule = {
  name: 'responders a sending verb reaches past its cargo',
  examples: [
    {
      text: 'The government sent a plane carrying 14 tonnes of supplies and 87 medics to the city.',
      metric: 'deployed',
      subject: 'other',
      value: 87,
    },
    {
      text: 'Turkey dispatched two ships with aid and 300 rescuers to the coast.',
      metric: 'deployed',
      subject: 'other',
      value: 300,
    },
    {
      text: 'The ministry dispatched a convoy carrying food and 60 doctors to the town.',
      metric: 'deployed',
      subject: 'other',
      value: 60,
    },
  ],
  apply({ s, n, right, np, rangeEnd }) {
    const before = s.slice(Math.max(0, n.start - 120), n.start);
    if (
      !SENDING_BEFORE.test(before) ||
      OTHER_VERB.test(before.replace(UP_TO_SENDING, '')) ||
      !/^\s*(?:[\p{L}-]+\s+){0,3}?(?:to|into|for)\s/iu.test(right.slice(np.length))
    )
      return null;
    const ds = deploySubject(np, s);
    if (ds !== 'other' && ds !== 'military') return null;
    return { metric: 'deployed', subject: ds, cueEnd: rangeEnd + np.length };
  },
};
