import { extractClaims } from './extract-claims';
import { countryAsActor } from './actor-countries';

/** A story of two countries at war, its lead naming both, then the sentence under test. */
const located = (sentence: string, country = 'Israel') =>
  extractClaims(
    [
      'Israel and Iran trade fire',
      'Israel and Iran exchanged strikes again on Monday.',
      sentence,
    ].join('\n\n'),
    { defaultCountry: country, publishedAt: '2025-06-16' },
  ).map((c) => [c.value, c.location]);

describe(countryAsActor.name, () => {
  it.each([
    ["Iran's health ministry said Israeli attacks had killed 224 people.", 224, 'Iran'],
    ['Iran said Israeli strikes had killed 430 people since Friday.', 430, 'Iran'],
    ["Israel's ambulance service said Iranian missiles killed 4 people.", 4, 'Israel'],
    ['Iranian state media said Israel had struck a prison, killing 79 people.', 79, 'Iran'],
  ])('counts the figure in the country struck, not the striker: %s', (sentence, value, place) => {
    expect(located(sentence)).toContainEqual([value, place]);
  });

  it.each([
    ['Israeli strikes have killed at least 224 people since Friday, officials said.', 224, 'Iran'],
    ['Israeli air strikes killed 60 people overnight, including 20 children.', 60, 'Iran'],
    ['Iranian missiles have killed 24 people, according to officials.', 24, 'Israel'],
    ['Iranian ballistic missiles wounded 592 people over the weekend.', 592, 'Israel'],
  ])(
    'counts a figure only the striker names in the other country: %s',
    (sentence, value, place) => {
      expect(located(sentence, 'Iran')).toContainEqual([value, place]);
    },
  );

  it('leaves a country that speaks, not strikes, as the place it speaks of', () => {
    expect(located('Iran said 224 people had been killed since Friday.')).toContainEqual([
      224,
      'Iran',
    ]);
  });
});

describe('"across the country" in a sentence that names one country means that country', () => {
  it.each([
    ['The Israeli military said 380 people had been wounded across the country.', 380, 'Israel'],
    ['Israeli authorities said 24 people had been killed nationwide since Friday.', 24, 'Israel'],
    ['Israel’s emergency services said 592 people were hurt across the country.', 592, 'Israel'],
    ['Iranian officials said 1,277 people had been hospitalised across the country.', 1277, 'Iran'],
  ])('%s', (sentence, value, place) => {
    expect(located(sentence, place === 'Israel' ? 'Iran' : 'Israel')).toContainEqual([
      value,
      place,
    ]);
  });

  it('does not take a demonym naming no state body for the country meant', () => {
    const text = 'Kazakhstan unrest\n\nRussian media said 5 people were killed across the country.';
    expect(
      extractClaims(text, { defaultCountry: 'Kazakhstan', publishedAt: '2022-01-06' })[0].location,
    ).toBe('Kazakhstan');
  });
});
