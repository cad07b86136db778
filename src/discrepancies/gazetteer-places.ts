import { isWithin, resolvePlace } from '../geo/gazetteer';
import type { PlaceRelation } from './rules/comparable-claim';

/**
 * The gazetteer as the rules ask it, one object so what they derive per relation is kept: the
 * refresh and a whole comparison from scratch (the e2e specs' check) must ask the same.
 */
export const GAZETTEER_PLACES: PlaceRelation = {
  within: isWithin,
  known: (name) => resolvePlace(name) !== null,
  region: (name) => resolvePlace(name)?.kind === 'region',
};
