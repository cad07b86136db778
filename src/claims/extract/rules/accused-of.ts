import type { SpeechVerbRule } from './speech-verb-rule';

/** "accused the army of killing …": the accuser's object, then "of" and what it did. */
const ACCUSED_OF_DOING = /^\s+[^,.;]{1,80}?\bof\s+\p{L}+ing\b/iu;

/** Whoever accuses someone of killing or detaining people gives that figure. */
export const accusedOf: SpeechVerbRule = {
  name: 'whoever accuses someone of a count is its source',
  examples: [
    {
      text: 'Amnesty International accused the army of killing at least 12 protesters.',
      verb: 'accused',
      namesSource: true,
      source: 'Amnesty International',
    },
    {
      text: 'Rights groups accuse police of detaining more than 300 people.',
      verb: 'accuse',
      namesSource: true,
      source: 'Rights groups',
    },
    {
      text: 'The opposition has accused troops of shooting dead 40 demonstrators.',
      verb: 'accused',
      namesSource: true,
      source: 'opposition',
    },
    {
      text: 'Three men accused of killing 12 people were arrested.',
      verb: 'accused',
      namesSource: false,
    },
  ],
  isNotSpeech: (verb, after) => /^accus(?:e|es|ed)$/.test(verb) && !ACCUSED_OF_DOING.test(after),
};
