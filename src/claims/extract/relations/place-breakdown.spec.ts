import { extractClaims } from '../extract-claims';
import { placeBreakdown } from './place-breakdown';

const placed = (text: string) =>
  extractClaims(text, { defaultCountry: 'Philippines', publishedAt: '2025-10-02' }).map(
    (c) => `${c.metric} ${c.value} ${c.location}${c.part ? ' part' : ''}`,
  );

const TOTAL = 'At least 72 people were killed in the earthquake in Cebu province, officials said.';

describe(placeBreakdown.name, () => {
  it.each([
    'Bogo City had the most fatalities with 30; followed by San Remigio with 22; Medellin with 12.',
    'Bogo City reported the highest fatalities at 30, followed by San Remigio with 22, Medellin with 12.',
    'Of the dead, 30 were from Bogo City, 22 were from the municipality of San Remigio and 12 from Medellin.',
    'Of the total fatalities, 30 were in Bogo City, 22 in San Remigio, and 12 in Medellin.',
    'Bogo City recorded the most deaths with 30, followed by San Remigio with 22 and Medellin with 12.',
  ])('gives each figure of a killed breakdown its own place: %s', (sentence) => {
    expect(placed(`${TOTAL}\n\n${sentence}`).slice(1)).toEqual([
      'killed 30 Bogo',
      'killed 22 San Remigio',
      'killed 12 Medellin',
    ]);
  });

  it.each([
    'Of the number, 180 are in Bogo, 66 in Medellin, 15 in San Remigio and 14 in Tabogon.',
    'Of the total, 180 are in Bogo, 66 in Medellin, 15 in San Remigio, 14 in Tabogon.',
    'Bogo had the most injuries with 180, followed by Medellin with 66, San Remigio with 15 and Tabogon with 14.',
    'Of the injured, 180 were from Bogo, 66 from Medellin, 15 from San Remigio and 14 from Tabogon.',
  ])('takes the quantity a breakdown splits from the sentence before: %s', (sentence) => {
    const text = `The disaster bureau also recorded 294 injured individuals.\n\n${sentence}`;
    expect(placed(text).slice(1)).toEqual([
      'injured 180 Bogo',
      'injured 66 Medellin',
      'injured 15 San Remigio',
      'injured 14 Tabogon',
    ]);
  });

  it('places a part its set names, unmarked ("two of them in Almaty")', () => {
    const text = 'Three children died in Kazakhstan, two of them in Almaty.';
    expect(
      extractClaims(text, { defaultCountry: 'Kazakhstan' }).map((c) => [
        c.value,
        c.location,
        !!c.part,
      ]),
    ).toEqual([
      [3, 'Kazakhstan', false],
      [2, 'Almaty', false],
    ]);
  });

  it('reads no breakdown from one placed figure or a date', () => {
    expect(placed('Police said 12 people died in Bogo on Monday, officials said.')).toEqual([
      'killed 12 Bogo',
    ]);
    expect(
      placed(`${TOTAL}\n\nThe quake struck at 9:59 p.m. on September 30, with 30 aftershocks.`),
    ).toEqual(['killed 72 Cebu']);
  });
});
