// A figure frame (issue 9): one figure of a sentence with the tokens around it, read by the
// frame rules when the regex cues found no quantity for it.
import type { Metric, Subject } from '../../../domain/vocabulary';
import type { Token } from '../tokens';
import { subjectOf } from '../lexicon';

export interface FigureFrame {
  sentence: string;
  tokens: Token[];
  /** Where the figure's words start (its qualifier included: "more than 10,000") and end. */
  start: number;
  end: number;
  /** Where the figure itself starts ("10,000"). */
  figureStart: number;
  /** The quantity this sentence (or the one before) counted last: "12 more bodies …, bringing the total to 143". */
  previous: { metric: Metric; subject: Subject } | null;
}

/** What a frame rule reads: the quantity counted and the span of the sentence that says so. */
export interface FrameReading {
  metric: Metric;
  subject: Subject;
  /** Sentence offsets of the quote. */
  quoteStart: number;
  quoteEnd: number;
  /** The wording sets the count: "revised the toll up to 2,122" is 2,122, not at most 2,122. */
  exact?: boolean;
  /** Sentence offset of the place the wording files the figure under ("Catarroja lost 25 people"). */
  placeAt?: number;
  /** A part of a count its fields cannot name ("Of the dead, 12 were found in the old town"). */
  part?: boolean;
}

/** A named reading of one ordinary wording, with the sentences it reads (DESIGN.md §3). */
export interface FigureRule {
  name: string;
  /** Each example with the claim it must give (metric, subject, value). */
  examples: { text: string; metric: Metric; subject: Subject; value: number }[];
  read(frame: FigureFrame): FrameReading | null;
}

/** Tokens wholly before the figure's words, nearest last. */
export function tokensBefore(frame: FigureFrame): Token[] {
  return frame.tokens.filter((t) => t.end <= frame.start);
}

/** Tokens wholly before the figure itself, its qualifier words included ("up to"). */
export function tokensBeforeFigure(frame: FigureFrame): Token[] {
  return frame.tokens.filter((t) => t.end <= frame.figureStart);
}

/** Tokens wholly after the figure, nearest first. */
export function tokensAfter(frame: FigureFrame): Token[] {
  return frame.tokens.filter((t) => t.start >= frame.end);
}

/** The words of `tokens` joined as they read, lower case. */
export function wordsOf(tokens: Token[]): string {
  return tokens.map((t) => t.lower).join(' ');
}

/** "at 12 soldiers", "stood at 12 police officers": whom the noun right after the figure names. */
export function subjectAfterFigure(frame: FigureFrame): Subject | null {
  const words = tokensAfter(frame)
    .slice(0, 2)
    .map((t) => t.text)
    .join(' ');
  return subjectOf(words)?.subject ?? null;
}
