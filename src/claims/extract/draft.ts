// A claim in the making: one figure of a sentence with what the stages have read of it so far.
import type { Metric, Qualifier, Subject } from '../../domain/vocabulary';
import type { NumberMention } from './numbers';

export interface Draft {
  n: NumberMention;
  metric: Metric;
  subject: Subject;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  /** Sentence-relative span of the quote. */
  qs: number;
  qe: number;
  increment: boolean;
  /** Sentence offset of the place the wording files this figure under ("…, followed by Northtown with 40"). */
  placeAt?: number;
  /** A figure the sentence names as superseded by another: "initially put at 30", "up from 1,037". */
  earlier?: boolean;
  /** A figure that counts a part its fields cannot name: "nine of them", "149 still in hospital". */
  part?: boolean;
  /** A subset set off inside its set's clause: the figures after it go on from the set, not from it. */
  aside?: boolean;
  /** A figure of animals or things ("killed 2,000 head of cattle"): read so that a figure coordinated
   * with it shares its verb ("… and 14 people"), never a claim itself. */
  things?: boolean;
}

/**
 * Another figure of the quantity `led` already reads ("25 in Catarroja, 15 in Alfafar", "249
 * (official tally 167)"): the same metric and subject, its own value, qualifier and quote start.
 */
export function sameQuantityAs(
  led: Draft,
  n: NumberMention,
  qs: number,
  reading: Pick<Draft, 'qualifier' | 'low' | 'high'> = {
    qualifier: 'exact',
    low: n.value,
    high: n.value,
  },
): Draft {
  return { ...led, ...reading, n, value: n.value, qs, qe: n.end, earlier: false };
}
