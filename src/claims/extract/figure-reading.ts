// What a reading stage or fallback rule makes of a figure: the quantity it counts and the span of
// the sentence that says so.
import type { Metric, Subject } from '../../domain/vocabulary';
import type { FigureWindow } from './figure-window';

export interface FigureReading {
  metric: Metric;
  /** null: the later subject stage decides ("casualties among security officers rose to 18"). */
  subject: Subject | null;
  /** Sentence offsets of the quote's start and end, where the reading widens it. */
  cueStart?: number;
  cueEnd?: number;
  /** Sentence offset of the place the wording files this figure under. */
  placeAt?: number;
  /** A subset set off inside its set's clause ("…, including three children, …"). */
  aside?: boolean;
}

/** A named reading of a figure no cue word next to it names, with the sentences it reads. */
export interface FallbackRule {
  name: string;
  /** Each example with the claim it must give (metric, subject, value). */
  examples: { text: string; metric: Metric; subject: Subject; value: number }[];
  apply(w: FigureWindow): FigureReading | null;
}

/** A named reason why a figure is no count of its own, with sentences whose `value` gives no claim. */
export interface SkipRule {
  name: string;
  examples: { text: string; value: number }[];
  applies(w: FigureWindow): boolean;
}
