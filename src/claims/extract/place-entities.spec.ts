import { extractClaims } from './extract-claims';
import { placeNamedAfterLocative } from './place-entities';
import { safeFindPlaces } from './location';

const placeOf = (text: string, value: number, defaultCountry?: string) =>
  extractClaims(text, { publishedAt: '2024-05-06', defaultCountry }).find((c) => c.value === value)
    ?.location;

const namesIn = (text: string, country: string | null = null) =>
  placeNamedAfterLocative
    .hits(text, safeFindPlaces(text, country), country)
    .map((h) => h.place.name);

describe(placeNamedAfterLocative.name, () => {
  it.each([
    [
      'Twelve people were killed when a wildfire swept across Kefalonia on Monday.',
      12,
      'Kefalonia',
    ],
    [
      'At least 48 migrants are missing after their boat capsized off Linosa, the coast guard said.',
      48,
      'Linosa',
    ],
    ['Some 4,200 people fled their homes on Taveuni as the cyclone approached.', 4200, 'Taveuni'],
    [
      'Nineteen miners died after a landslide buried a gold mine in Kalimantan, officials said.',
      19,
      'Kalimantan',
    ],
    [
      'Thirty-one passengers drowned when a ferry capsized on Lake Tanganyika.',
      31,
      'Lake Tanganyika',
    ],
    ['The army deployed 900 soldiers into the Mitchells Plain area.', 900, 'Mitchells Plain'],
    [
      'In Deir al-Balah, 14 people were killed in an overnight strike, the health ministry said.',
      14,
      'Deir al-Balah',
    ],
    ['The agency said 23 residents of Tanah Datar were still missing.', 23, 'Tanah Datar'],
    ['About 2,300 people were evacuated from the outskirts of Kranidi overnight.', 2300, 'Kranidi'],
    ['The army said it had sent 800 soldiers to the Mitchells Plain area.', 800, 'Mitchells Plain'],
    ['Some 9,000 officers were on duty at St Pauls Carnival on Monday.', 9000, 'St Pauls'],
  ])('sets the figure in the place named after its preposition: %s', (text, value, place) => {
    expect(placeOf(text, value)).toBe(place);
  });

  it.each([
    ['Doctors at Nasser Hospital said 9 children were among the dead.'],
    ['The ministry said on Facebook that 40 people were arrested.'],
    ['At least 5,900 people were injured in the Himalayan nation.'],
    ['Police said the crowd at the Ellipse numbered 10,000.'],
    ['Volunteers in the Red Cross said 30 people died.'],
    ['More than 500 people drowned in the Mediterranean Sea last year.'],
    ['Dozens were hurt at the Maha Kumbh Mela, where 30 died.'],
    ['Relief reached 3,000 families in Rohingya camps.'],
  ])('takes no body, medium, sea, occasion or modifier for a place: %s', (text) => {
    expect(namesIn(text, 'India')).toEqual([]);
  });

  it('takes the country of the known place the name is said to lie in', () => {
    const text = 'The building collapsed in Kariakoo, Dar es Salaam, killing 13 people.';
    const [hit] = placeNamedAfterLocative.hits(text, safeFindPlaces(text, null), null);
    expect(hit.place).toEqual({ name: 'Kariakoo', country: 'Tanzania', kind: 'city' });
  });

  it('reads a place named with a possessive as one name', () => {
    expect(
      safeFindPlaces("Fires broke out in Cox's Bazar camps.").map((h) => h.place.country),
    ).toEqual(['Bangladesh']);
  });

  it('reads no name in a Title Case headline', () => {
    expect(namesIn('Fire Leaves 3,400 Homeless In Kutupalong Camps After Blaze')).toEqual([]);
  });

  it('leaves a place the gazetteer names to the gazetteer', () => {
    expect(namesIn('Twenty people died in Jakarta on Sunday.', 'Indonesia')).toEqual([]);
  });

  it('scopes its own sentence only, not the paragraph after it', () => {
    const text =
      'The Bangladesh government enforced a nationwide curfew. In Narshingdi district, more than 900 inmates escaped from jail. The unrest has led to a death toll of 115.';
    expect(placeOf(text, 115, 'Bangladesh')).toBe('Bangladesh');
  });
});
