import type { SpeechVerbRule } from './speech-verb-rule';

/** Verbs that report only when they close their clause: "…, the FIR read." / "The statement reads: …". */
const CLOSING_ONLY = /^(?:read|reads|detailed|described)$/;
const CLAUSE_END = /^\s*(?:[.,;:!?”"’]|$)/;

/** A document that "read" or "detailed" something, or a source that "described" it, closes its clause. */
export const closingOnlyVerbs: SpeechVerbRule = {
  name: 'read, detailed and described report only at the end of their clause',
  examples: [
    {
      text: 'Around 250,000 people gathered at the venue, the complaint read.',
      verb: 'read',
      namesSource: true,
      source: 'complaint',
    },
    {
      text: 'At least 40 people were hurt in the crush, the police report reads.',
      verb: 'reads',
      namesSource: true,
      source: 'police report',
    },
    {
      text: 'Officers beat 12 protesters with sticks, the indictment detailed.',
      verb: 'detailed',
      namesSource: true,
      source: 'indictment',
    },
    {
      text: 'More than 30 people were killed, witnesses described.',
      verb: 'described',
      namesSource: true,
      source: 'witnesses',
    },
    {
      text: 'The mayor read out the names of 12 victims who were killed.',
      verb: 'read',
      namesSource: false,
    },
    {
      text: 'Neighbours described hearing a blast before 15 people were killed.',
      verb: 'described',
      namesSource: false,
    },
  ],
  isNotSpeech: (verb, after) => CLOSING_ONLY.test(verb) && !CLAUSE_END.test(after),
};
