// A speech or report verb that, in some wordings, reports no source ("the quake claimed 112 lives").
// Each wording is a named rule with its examples; the attribution pass asks every rule before it
// takes the words before such a verb as a source.

export interface SpeechVerbRule {
  name: string;
  /** Sentences the rule decides, each with whether its verb still names a source, and which. */
  examples: { text: string; verb: string; namesSource: boolean; source?: string }[];
  /** True when `verb` (lower case), followed by `after`, is no speech here. */
  isNotSpeech(verb: string, after: string): boolean;
}
