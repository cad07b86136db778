// Readings of a figure that no metric word next to it names, each a named rule, asked in order
// after the cue stages; the first reading wins.
import type { FigureWindow } from './figure-window';
import type { FallbackRule, FigureReading } from './figure-reading';
import { crowdCounted } from './fallback-rules/crowd-counted.rule';
import { crowdDrawn } from './fallback-rules/crowd-drawn.rule';
import { crowdOfProtesters } from './fallback-rules/crowd-of-protesters.rule';
import { figureBeforeCarriesOn } from './fallback-rules/figure-before-carries-on.rule';
import { forceKept } from './fallback-rules/force-kept.rule';
import { joinsTheOneBefore } from './fallback-rules/joins-the-one-before.rule';
import { namedQuantity } from './fallback-rules/named-quantity.rule';
import { partOfNamedToll } from './fallback-rules/part-of-named-toll.rule';
import { partOfTheSet } from './fallback-rules/part-of-the-set.rule';
import { peopleSought } from './fallback-rules/people-sought.rule';
import { placeList } from './fallback-rules/place-list.rule';
import { quantityGoesOn } from './fallback-rules/quantity-goes-on.rule';
import { sentWithCargo } from './fallback-rules/sent-with-cargo.rule';
import { tollRoseFar } from './fallback-rules/toll-rose-far.rule';
import { victimsTallied } from './fallback-rules/victims-tallied.rule';

/** Asked before a figure is left to share the verb of the figures after it ("26 protesters and 18 … were killed"). */
export const FALLBACK_RULES: readonly FallbackRule[] = [
  joinsTheOneBefore,
  figureBeforeCarriesOn,
  namedQuantity,
  quantityGoesOn,
  crowdCounted,
  crowdDrawn,
  partOfNamedToll,
  peopleSought,
  forceKept,
  placeList,
  sentWithCargo,
  tollRoseFar,
  victimsTallied,
];

/** Asked for a figure that shares no verb with the figures after it. */
export const LAST_FALLBACK_RULES: readonly FallbackRule[] = [crowdOfProtesters, partOfTheSet];

export const ALL_FALLBACK_RULES: readonly FallbackRule[] = [
  ...FALLBACK_RULES,
  ...LAST_FALLBACK_RULES,
];

/** The first rule's reading of the figure, or null. */
export function firstReading(
  rules: readonly FallbackRule[],
  w: FigureWindow,
): FigureReading | null {
  for (const rule of rules) {
    const reading = rule.apply(w);
    if (reading) return reading;
  }
  return null;
}
