import { extractClaims } from './extract-claims';
import { howTheyWereHarmed } from './location';

const placeOf = (text: string, country: string) =>
  extractClaims(text, { defaultCountry: country, publishedAt: '2025-06-01' })[0]?.location;

describe(howTheyWereHarmed.name, () => {
  it.each([
    [
      'A police spokesman said six officers died when their patrol was ambushed in Zamfara state.',
      'Nigeria',
      'Zamfara State',
    ],
    [
      'Twelve villagers were killed when gunmen attacked a market in Zamfara.',
      'Nigeria',
      'Zamfara State',
    ],
    [
      'Nine miners died after a tunnel collapsed at a gold mine near Obuasi, Ghana.',
      'Ghana',
      'Obuasi',
    ],
    ['At least 40 people drowned when their boat capsized off Lampedusa.', 'Italy', 'Lampedusa'],
    ['Twenty people were injured when a bus overturned near Kano.', 'Nigeria', 'Kano'],
    [
      'Three firefighters died when flames trapped their engine on Kefalonia.',
      'Greece',
      'Kefalonia',
    ],
    [
      'Twelve villagers died when a mudslide buried their homes in Kalimantan.',
      'Indonesia',
      'Kalimantan',
    ],
    [
      'Five children drowned when floodwaters swept away their bus near Taveuni.',
      'Fiji',
      'Taveuni',
    ],
  ])('%s', (text, country, place) => expect(placeOf(text, country)).toBe(place));

  it('leaves a when-clause that tells of something else to its own place', () => {
    expect(
      placeOf('Twelve people died in Kano on Monday, when protests spread to Lagos.', 'Nigeria'),
    ).toBe('Kano');
    expect(howTheyWereHarmed.test(' on Monday, when protests spread to ')).toBe(false);
  });
});
