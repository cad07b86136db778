// What is done for the dead and the hurt afterwards is no count of them: "187 bodies yet to be
// identified", "78 bodies have been handed over", "793 passengers have been discharged" count the
// work of morgues and hospitals, a share of the toll or of the injured that no reviewer compares.
import type { Draft } from '../draft';
import { wordsRe } from '../word-pattern';

/** What is done with bodies once counted (the toll was given elsewhere). */
const BODY_HANDLING = [
  'identified',
  'unidentified',
  'identification',
  'unclaimed',
  'claimed by',
  'handed over',
  'kept',
  'stored',
  'preserved',
  'sent to',
  'shifted',
  'moved',
  'transferred',
  'released to',
  'returned to',
  'post-mortem',
  'postmortem',
  'autopsy',
];
/** Bodies found are the dead counted: "27 bodies were recovered and sent to the morgue" stays a toll. */
const BODY_FINDING = [
  'recovered',
  'found',
  'pulled',
  'retrieved',
  'dug out',
  'washed up',
  'located',
];
/** The hurt who left hospital. */
const PATIENT_RELEASE = ['discharged', 'released from hospital', 'sent home'];

const HANDLED = wordsRe(BODY_HANDLING);
const FOUND = wordsRe(BODY_FINDING);
const RELEASED = wordsRe(PATIENT_RELEASE);
/** A part of the dead named only by whether it is identified: "18 of the adults and 10 of the children unidentified". */
const IDENTITY_OF_PART = /^\s+of (?:the|them|whom)\b[^,.;:()]*?\b(?:un)?identified\b/i;
/** The figure's own clause: up to punctuation or the next figure. */
const CLAUSE = /^[^,.;:()\d]*/;

export const aftercare = {
  name: 'bodies handled and patients discharged are no count',
  examples: [
    { text: 'With 187 bodies yet to be identified, the morgues are full.', count: false },
    {
      text: 'While 110 bodies were kept at the city hospital, the rest went elsewhere.',
      count: false,
    },
    { text: '78 bodies have been handed over to the families.', count: false },
    { text: 'Officials said 40 unclaimed bodies were moved to the capital.', count: false },
    { text: 'So far, 793 passengers have been discharged.', count: false },
    {
      text: 'Of the dead, 18 of the adults and 10 of the children are unidentified.',
      count: false,
    },
    { text: 'Rescuers recovered 27 bodies and sent them to the morgue.', count: true },
    { text: 'Some 382 passengers are still being treated in hospital.', count: true },
  ],
  applies(s: string, d: Draft): boolean {
    const clause = CLAUSE.exec(s.slice(d.n.end))![0];
    const before = s.slice(Math.max(0, d.n.start - 12), d.n.start);
    if (IDENTITY_OF_PART.test(s.slice(d.n.end))) return true;
    if (/^\s*(?:[\p{L}-]+\s+)?bod(?:y|ies)\b/iu.test(clause))
      return HANDLED.test(clause) && !FOUND.test(clause);
    return d.metric === 'injured' && RELEASED.test(clause) && !/\bof\s+$/i.test(before);
  },
};
