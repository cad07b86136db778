// A text that names no country may still sit in a section that does: newindianexpress.com/states/
// kerala/…, thestatesman.com/india/…. Only whole path segments count (a slug's words do not), and
// only names the gazetteer resolves to a country or a first-level region.
import { resolvePlace } from './gazetteer';

export function countryOfUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const segment of path.split('/')) {
    if (segment.length < 4 || /\d/.test(segment)) continue;
    const place = resolvePlace(decodeURIComponent(segment).replace(/[-_]+/g, ' '));
    if (place && (place.kind === 'country' || place.kind === 'region')) return place.country;
  }
  return null;
}
