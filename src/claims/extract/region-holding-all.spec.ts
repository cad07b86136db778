import { extractClaims } from './extract-claims';

const placeOf = (text: string, country: string) =>
  extractClaims(text, { defaultCountry: country, publishedAt: '2025-10-01' }).map(
    (c) => c.location,
  );

describe('towns that all lie in the one region the text names are told as that region’s', () => {
  it.each([
    'Rescuers searched Bogo City and neighboring towns in northern Cebu after the quake.\n\nTravel from Cebu City to Bogo takes three hours.\n\nAs of 7 AM, 26 deaths have been confirmed.',
    'Teams were sent to Medellin and Bogo City, both in Cebu province.\n\nAt least 147 injuries have been confirmed.',
    'Rescue teams worked in Bogo City and Medellin, towns of northern Cebu.\n\nAt least 69 deaths have been confirmed.',
    'The quake damaged churches in Danao and Bogo in Cebu province.\n\nSome 72 fatalities were recorded.',
  ])('%s', (text) => expect(placeOf(text, 'Philippines').pop()).toBe('Cebu'));

  it('keeps the country when the towns lie in no one region the text names', () => {
    const text = 'Teams reached Bogo and Tacloban.\n\nAt least 26 deaths have been confirmed.';
    expect(placeOf(text, 'Philippines').pop()).toBe('Philippines');
  });
});
