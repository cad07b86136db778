import { accusedOf } from './accused-of';
import { believed } from './believed';
import { claimedLives } from './claimed-lives';
import { closingOnlyVerbs } from './closing-verbs';
import { fearedFigure } from './figure-fears';
import { spokeOf } from './spoke-of';
import type { SpeechVerbRule } from './speech-verb-rule';

export const SPEECH_VERB_RULES: readonly SpeechVerbRule[] = [
  claimedLives,
  fearedFigure,
  closingOnlyVerbs,
  spokeOf,
  accusedOf,
  believed,
];

/** True when some rule says `verb`, followed by `after`, reports no source. */
export function isNotSpeech(verb: string, after: string): boolean {
  return SPEECH_VERB_RULES.some((rule) => rule.isNotSpeech(verb, after));
}
