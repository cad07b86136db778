// A text that names no country may still sit in a section that does: newindianexpress.com/states/
// kerala/…, thestatesman.com/india/…. Only whole path segments count (a slug's words do not), and
// only names the gazetteer resolves to a country or a first-level region. Else a newsroom's national
// domain says where it reports from (independent.co.uk, netindian.in), unless the domain is one
// sold to anyone (.tv, .io, .co …).
import { countryOfCode, resolvePlace } from './gazetteer';

/** Country-code domains sold worldwide as brands: they say nothing of where a site is. */
const VANITY_DOMAINS = new Set([
  'tv',
  'io',
  'me',
  'ai',
  'fm',
  'co',
  'ly',
  'am',
  'gg',
  'to',
  'cc',
  'ws',
  'nu',
  'la',
  'so',
  'is',
]);
/** Country-code domains that are not the ISO code of their country. */
const DOMAIN_CODES: Record<string, string> = { uk: 'GB' };

export function countryOfUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return countryOfSection(parsed.pathname) ?? countryOfDomain(parsed.hostname);
}

function countryOfSection(path: string): string | null {
  for (const segment of path.split('/')) {
    if (segment.length < 4 || /\d/.test(segment)) continue;
    const place = resolvePlace(decodeURIComponent(segment).replace(/[-_]+/g, ' '));
    if (place && (place.kind === 'country' || place.kind === 'region')) return place.country;
  }
  return null;
}

function countryOfDomain(host: string): string | null {
  const top = host.toLowerCase().split('.').pop() ?? '';
  if (top.length !== 2 || VANITY_DOMAINS.has(top)) return null;
  return countryOfCode(DOMAIN_CODES[top] ?? top);
}
