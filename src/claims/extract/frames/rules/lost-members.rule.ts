import type { Subject } from '../../../../domain/vocabulary';
import { subjectOf } from '../../lexicon';
import type { FigureRule } from '../figure-frame';
import { tokensAfter, tokensBefore } from '../figure-frame';

/** Who a force or a body can lose in an event: its members. Civilians and crowds are placeLost's. */
const MEMBER_SUBJECTS: ReadonlySet<Subject> = new Set([
  'law_enforcement',
  'military',
  'journalists',
]);

/**
 * A force that lost its members lost them to death: "the army said it had lost 23 soldiers". Only
 * when the noun names such members, so "lost 40 seats" or "lost 23 cattle" stay no claim.
 */
export const lostMembers: FigureRule = {
  name: 'a force that lost its members lost them to death',
  examples: [
    {
      text: 'The army said it had lost 23 soldiers in the assault.',
      metric: 'killed',
      subject: 'military',
      value: 23,
    },
    {
      text: 'Police lost six officers in the ambush.',
      metric: 'killed',
      subject: 'law_enforcement',
      value: 6,
    },
    {
      text: 'The paper has lost four journalists since the war began.',
      metric: 'killed',
      subject: 'journalists',
      value: 4,
    },
    {
      text: 'Ukraine says Russia is losing 1,000 troops a day.',
      metric: 'killed',
      subject: 'military',
      value: 1000,
    },
  ],
  read(frame) {
    const verb = tokensBefore(frame).at(-1);
    const noun = tokensAfter(frame)
      .slice(0, 2)
      .find((t) => subjectOf(t.text));
    if (!verb || verb.lemma !== 'lose' || !noun) return null;
    const subject = subjectOf(noun.text)!.subject;
    if (!MEMBER_SUBJECTS.has(subject)) return null;
    return { metric: 'killed', subject, quoteStart: verb.start, quoteEnd: noun.end };
  },
};
