import { extractClaims } from './extract-claims';
import { siteNamedByKind } from './sites-named-by-kind';

const placeOf = (text: string, value: number) =>
  extractClaims(text, { publishedAt: '2024-05-06', defaultCountry: 'Nigeria' }).find(
    (c) => c.value === value,
  )?.location;

describe(siteNamedByKind.name, () => {
  it.each([
    ['Soldiers opened fire at Alausa protest ground, leaving at least 2 people dead.', 2, 'Alausa'],
    [
      'Lagos was calm. Police fired on the crowd in Tahrir Square, killing 12 people.',
      12,
      'Tahrir Square',
    ],
    ['At least 30 people died in a crush at Ojota market on Monday.', 30, 'Ojota'],
    ['Fighters shelled the Bakassi displacement camp, killing 25 people.', 25, 'Bakassi'],
  ])('places a figure at the site the text names: %s', (text, value, place) => {
    expect(placeOf(text, value)).toBe(place);
  });

  it.each([
    [
      'Thirty thousand people rallied near Gwanghwamun Square in Seoul, police said.',
      30000,
      'Seoul',
    ],
    [
      'Police said 4,000 protesters gathered in Syntagma Square, Athens, on Sunday.',
      4000,
      'Athens',
    ],
    ['At least 12 people were hurt at Freedom Square in central Tbilisi.', 12, 'Tbilisi'],
  ])('reads a landmark as the town named right after it: %s', (text, value, place) => {
    expect(placeOf(text, value)).toBe(place);
  });

  it('reads past a clock time to the site that scopes the figure', () => {
    const text =
      'Lagos was calm. Witnesses at Ikota protest ground said soldiers came at about 8:00 pm, leaving at least 4 people dead.';
    expect(placeOf(text, 4)).toBe('Ikota');
  });

  it('takes no weekday, month or common word for a site', () => {
    const text = 'Lagos was calm. At Monday market and in Main Square, 14 people were hurt.';
    expect(placeOf(text, 14)).not.toMatch(/Monday|Main/);
  });
});
