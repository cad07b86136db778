import type { Subject } from '../../../../domain/vocabulary';
import { subjectOf } from '../../lexicon';
import type { FigureRule } from '../figure-frame';
import { tokensAfter, wordsOf } from '../figure-frame';

/** Who can be sent to an event: forces and responders, not the crowd or the victims. */
const DEPLOYABLE: ReadonlySet<Subject> = new Set(['law_enforcement', 'military', 'other']);

/** Where deployed people are said to be ("were on the ground", "are at the scene"), after a form of "be". */
const PRESENCE = ['on the ground', 'at the scene', 'on the scene', 'on site', 'on standby'];
const BE = new Set(['be', 'were', 'was', 'are', 'is', 'remain', 'remained', 'remain']);

/** How far the noun phrase may run before its verb ("400 first responders from over 20 agencies were"). */
const PHRASE_TOKENS = 8;

/**
 * Forces or responders "on the ground" were sent there: "More than 400 first responders were on the
 * ground" is 400 deployed. Only deployable subjects, so "200 people were on the ground" (fallen, or
 * simply there) stays no claim.
 */
export const onTheGround: FigureRule = {
  name: 'forces or responders on the ground were deployed',
  examples: [
    {
      text: 'More than 400 first responders from over 20 agencies were on the ground on Sunday.',
      metric: 'deployed',
      subject: 'other',
      value: 400,
    },
    {
      text: 'About 300 firefighters were on the scene by midnight.',
      metric: 'deployed',
      subject: 'other',
      value: 300,
    },
    {
      text: 'Some 2,000 police officers are on the ground in the capital.',
      metric: 'deployed',
      subject: 'law_enforcement',
      value: 2000,
    },
    {
      text: 'At least 150 soldiers remained on standby near the dam.',
      metric: 'deployed',
      subject: 'military',
      value: 150,
    },
  ],
  read(frame) {
    const after = tokensAfter(frame).slice(0, PHRASE_TOKENS + 3);
    const noun = after.slice(0, 3).find((t) => subjectOf(t.text));
    const subject = noun && subjectOf(noun.text)!.subject;
    if (!noun || !subject || !DEPLOYABLE.has(subject)) return null;
    const be = after.findIndex((t) => BE.has(t.lower) || BE.has(t.lemma));
    if (be < 0) return null;
    const rest = wordsOf(after.slice(be + 1, be + 4));
    const place = PRESENCE.find((p) => rest.startsWith(p));
    if (!place) return null;
    const last = after[be + place.split(' ').length];
    return { metric: 'deployed', subject, quoteStart: frame.start, quoteEnd: last.end };
  },
};
