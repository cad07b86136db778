// PURE: the whole sentence around a quoted figure, so a reviewer reads it in context.
import { paragraphs, sentences } from '../extract/sentences';

export interface SentenceSpan {
  sentence: string;
  /** Offset of the sentence in the source text. */
  start: number;
}

/**
 * The sentence(s) of `text` covering [start, end), within its paragraph. `offset` is where `text`
 * begins in the whole source (a window cut around the quote), so the returned start is absolute.
 * Offsets outside the text give null.
 */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
  offset = 0,
): SentenceSpan | null {
  const from = start - offset;
  const to = Math.max(end - offset, from + 1);
  if (!Number.isInteger(from) || from < 0 || from >= text.length) return null;
  const paragraph = paragraphs(text).find((p) => p.start <= from && from < p.end);
  if (!paragraph) return null;
  const covering = sentences(paragraph).filter((s) => s.start < to && s.end > from);
  if (!covering.length) return null;
  const first = covering[0].start;
  const last = covering[covering.length - 1].end;
  return { sentence: text.slice(first, last), start: first + offset };
}
