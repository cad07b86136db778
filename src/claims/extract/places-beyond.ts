import { regionOf, type Place } from '../../geo/gazetteer';
import { anyOf } from './word-pattern';

const BESIDE = ['surrounding', 'neighbouring', 'neighboring', 'nearby', 'adjacent', 'adjoining'];
const UNITS = [
  'counties',
  'districts',
  'provinces',
  'states',
  'regions',
  'areas',
  'towns',
  'villages',
  'municipalities',
  'parishes',
  'communities',
];
const PLACES_BESIDE = new RegExp(String.raw`\b${anyOf(BESIDE)}\s+${anyOf(UNITS)}\b`, 'i');

/**
 * A sentence that counts in the places around the one the text is about ("At least 11 additional
 * deaths were confirmed in surrounding counties, pushing the storm's overall toll to at least 79")
 * speaks of more than that place: a figure it does not place itself belongs to the region that
 * holds them all, not to the paragraph's town or county.
 */
export const placesBeside = {
  name: 'a count over the places beside the focus',
  examples: [
    'At least 11 additional deaths were confirmed in surrounding counties, pushing the toll to 79.',
    'Including the neighbouring districts, the floods have now killed 212 people.',
    'Another 14 bodies were found in nearby villages, bringing the total to 61.',
    'With deaths in adjoining provinces, the toll stands at 1,020.',
  ],
  widens: (sentence: string): boolean => PLACES_BESIDE.test(sentence),
};

/** `place`, or for a town or district the region it lies in when the sentence counts beyond it. */
export function widenedForSentence(sentence: string, place: Place | null): Place | null {
  if (!place || !placesBeside.widens(sentence)) return place;
  return regionOf(place) ?? place;
}
