import { extractClaims } from './extract-claims';
import { placesBeside } from './places-beyond';

const placeOf = (text: string, value: number) =>
  extractClaims(text, { publishedAt: '2024-05-06' }).find((c) => c.value === value)?.location;

describe(placesBeside.name, () => {
  it.each([
    [
      'Floods tore through Sonoma County on Friday. At least 40 people died in Sonoma County, the sheriff said. Another 9 deaths were confirmed in surrounding counties, pushing the overall toll to at least 49.',
      49,
      'California',
    ],
    [
      'The bridge collapsed in Morbi on Sunday. In Morbi, 135 people died. Including the neighbouring districts, the rains have now killed 212 people.',
      212,
      'Gujarat',
    ],
    [
      'A tornado struck Bakersfield. Rescuers in Bakersfield recovered 80 bodies. Another 14 bodies were found in nearby towns, bringing the total to 94.',
      94,
      'California',
    ],
    [
      'The storm hit Galveston hardest. In Galveston, 31 people died. With deaths in adjoining counties, the toll stands at 46.',
      46,
      'Texas',
    ],
  ])(
    'places the total over the places beside the focus in their region: %s',
    (text, value, place) => {
      expect(placeOf(text, value)).toBe(place);
    },
  );

  it('keeps a figure its own sentence places', () => {
    const text =
      'Floods tore through Sonoma County. In Sonoma County, 40 died, and 9 more died in surrounding counties.';
    expect(placeOf(text, 40)).toBe('Sonoma');
  });

  it('keeps the focus when no place beside it is counted', () => {
    const text =
      'Floods tore through Sonoma County on Friday. At least 40 people died in Sonoma County. The toll rose to 49 overnight.';
    expect(placeOf(text, 49)).toBe('Sonoma');
  });
});
