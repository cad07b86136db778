import type { PlaceRelation } from './comparable-claim';
import { detectDiscrepancies } from './detect-discrepancies';
import { inferEventSite, withEventSite } from './event-site';
import { claim } from './test-claims.fixture';

/** A small gazetteer that knows regions and some towns, not the villages reports name. */
const PARENT: Record<string, string> = {
  'Enga Province': 'Papua New Guinea',
  Taura: 'Jigawa State',
  'Jigawa State': 'Nigeria',
  Almaty: 'Kazakhstan',
  Astana: 'Kazakhstan',
  Lekki: 'Nigeria',
};
const REGIONS = new Set(['Enga Province', 'Jigawa State']);
const KNOWN = new Set([...Object.keys(PARENT), ...Object.values(PARENT)]);
const gazetteer: PlaceRelation = {
  within(inner, outer) {
    for (let p: string | undefined = inner; p; p = PARENT[p]) if (p === outer) return true;
    return false;
  },
  known: (name) => KNOWN.has(name),
  region: (name) => REGIONS.has(name),
};

describe('inferEventSite: one unknown place on one line of known places', () => {
  it('a village and its province: the village takes the province’s scope', () => {
    const site = inferEventSite(['Mulitaka', 'Enga Province', null], gazetteer);
    expect(site && [[...site.names], site.place]).toEqual([['Mulitaka'], 'Enga Province']);
  });

  it('two spellings of one town, inside the narrowest known place of the line', () => {
    const site = inferEventSite(['Majiya', 'Majia', 'Taura', 'Jigawa State', 'Nigeria'], gazetteer);
    expect(site && [[...site.names].sort(), site.place]).toEqual([
      ['Majia', 'Majiya'],
      'Jigawa State',
    ]);
  });

  it.each([
    ['two unknown towns (a spread event)', ['Paiporta', 'Catarroja', 'Enga Province']],
    ['known places side by side', ['Kaskelen', 'Almaty', 'Astana']],
    ['no known place to stand in', ['Mulitaka']],
    ['no unknown place', ['Almaty', 'Kazakhstan']],
    ['no region on the line (another part of the city)', ['Alausa', 'Lekki', 'Nigeria']],
  ])('none: %s', (_name, locations) => {
    expect(inferEventSite(locations, gazetteer)).toBeNull();
  });

  it('without a gazetteer that tells known places, none', () => {
    expect(inferEventSite(['Mulitaka', 'Enga Province'], { within: () => false })).toBeNull();
  });

  it('the site is within its place and its place within it', () => {
    const places = withEventSite(
      gazetteer,
      inferEventSite(['Mulitaka', 'Enga Province'], gazetteer),
    );
    expect([
      places.within('Mulitaka', 'Enga Province'),
      places.within('Enga Province', 'Mulitaka'),
    ]).toEqual([true, true]);
    expect(places.within('Mulitaka', 'Papua New Guinea')).toBe(true);
  });
});

describe('detectDiscrepancies: the village and the province count one landslide', () => {
  const killed = (value: number, location: string) =>
    claim({ metric: 'killed', subject: 'people', value, location, asOf: null });

  it('about 500 buried in Mulitaka against 670 dead in Enga Province is one conflict', () => {
    const found = detectDiscrepancies(
      [killed(500, 'Mulitaka'), killed(670, 'Enga Province')],
      gazetteer,
    );
    expect(found.map((f) => [f.kind, f.location, f.pair.map((v) => v.value).sort()])).toEqual([
      ['conflict', 'Enga Province', [500, 670]],
    ]);
  });

  it('a town of a spread event stays a part: 62 in Paiporta is below 200 across the province', () => {
    const found = detectDiscrepancies(
      [killed(62, 'Paiporta'), killed(40, 'Catarroja'), killed(200, 'Enga Province')],
      gazetteer,
    );
    expect(found.filter((f) => f.kind === 'conflict')).toEqual([]);
  });
});
