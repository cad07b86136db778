import { extractClaims } from './extract-claims';
import { placeNamedAgain } from './place-named-again';
import { safeFindPlaces } from './location';

const located = (text: string, country: string) =>
  extractClaims(text, { defaultCountry: country, publishedAt: '2024-11-05' }).map((c) => [
    c.value,
    c.location,
  ]);

describe(placeNamedAgain.name, () => {
  it.each([
    [
      'Among the hardest-hit areas is the municipality of Paiporta, on the outskirts of Valencia. More than 60 people were confirmed dead in the town.',
      'Spain',
      60,
      'Paiporta',
    ],
    [
      'Rescuers reached the village of Chautara, north of Kathmandu. At least 3 people were killed in the village.',
      'Nepal',
      3,
      'Chautara',
    ],
    [
      'The fire reached Lahaina on Tuesday. Officials said 55 people died in the town.',
      'United States',
      55,
      'Lahaina',
    ],
    [
      'Protests spread to Mandalay on Sunday. Police detained 40 people across the city.',
      'Myanmar',
      40,
      'Mandalay',
    ],
  ])('reads "the town" as the town named last: %s', (text, country, value, place) => {
    expect(located(text, country)).toContainEqual([value, place]);
  });

  it('takes no town named as a bearing, nor one a whole story back', () => {
    const named = (text: string) =>
      placeNamedAgain.hits(text, safeFindPlaces(text, 'Spain')).map((h) => h.place.name);
    expect(named('Floods hit the area near Chiva. Two people died in the town.')).toEqual([]);
    const far = `Floods reached Chiva. ${'Rescue work went on. '.repeat(40)}Two people died in the town.`;
    expect(named(far)).toEqual([]);
  });
});

describe('a town that is the subject of a count', () => {
  it.each([
    [
      'Valencia was hit hard. Paiporta, for example, saw 45 residents perish.',
      'Spain',
      45,
      'Paiporta',
    ],
    ['Valencia was hit hard. Chiva recorded at least 7 deaths.', 'Spain', 7, 'Chiva'],
    ['Nepal was hit hard. Chautara alone lost 300 people in the quake.', 'Nepal', 300, 'Chautara'],
    ['Turkey was hit hard. Hatay has seen more than 20,000 deaths.', 'Turkey', 20000, 'Hatay'],
  ])('%s', (text, country, value, place) => {
    expect(located(text, country)).toContainEqual([value, place]);
  });
});

describe('a region named again by its kind', () => {
  it.each([
    ['Officials in Bihar said 56 people had died in that state alone.', 'India', 56, 'Bihar'],
    [
      'Floods reached Kerala on Monday. At least 40 people died across the state.',
      'India',
      40,
      'Kerala',
    ],
    [
      'The storm hit Hatay province. Rescuers said 900 people were killed in the province.',
      'Turkey',
      900,
      'Hatay',
    ],
    [
      'Fires spread through Attica. Some 8,500 people were evacuated in the region.',
      'Greece',
      8500,
      'Attica',
    ],
  ])('%s', (text, country, value, place) => {
    expect(located(text, country)).toContainEqual([value, place]);
  });

  it('leaves a figure before a contrast with another figure to its own place', () => {
    const text =
      'In India, the Home Ministry put the toll at 53, although officials in Bihar said 56 people had died in that state alone.';
    expect(located(text, 'India')).toEqual([
      [53, 'India'],
      [56, 'Bihar'],
    ]);
  });
});
