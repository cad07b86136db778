import { extractClaims } from './extract-claims';

/** Each claim as "metric value source / source". */
const sources = (text: string) =>
  extractClaims(text, { publishedAt: '2024-07-31' }).map(
    (c) => `${c.metric} ${c.value} ${c.attribution.join(' / ')}`,
  );

describe('the speaker after its verb, past the time it spoke', () => {
  it.each([
    [
      'More than a thousand people were detained this week, said this Wednesday (31) the attorney general, Tarek William Saab, who is an ally of the government.',
      'detained 1000 Tarek William Saab',
    ],
    ['Twelve people were killed, said on Monday the health ministry.', 'killed 12 health ministry'],
    [
      'At least 40 people were arrested, said late on Tuesday the interior ministry.',
      'detained 40 interior ministry',
    ],
    [
      'Some 300 families were evacuated, said yesterday the civil protection agency.',
      'displaced 300 civil protection agency',
    ],
  ])('%s', (text, claim) => {
    expect(sources(text)).toEqual([claim]);
  });

  it('still takes a pronoun after the verb for its object, not its speaker', () => {
    expect(sources('The ministry said 30 people died, and confirmed this on Monday.')).toEqual([
      'killed 30 ministry',
    ]);
  });
});

describe('a bracketed acronym inside the speaker’s name', () => {
  it.each([
    [
      'In addition to these victims, said the non-governmental organization (NGO) Provea, there were 24 civilian deaths.',
      'killed 24 non-governmental organization (NGO) Provea',
    ],
    [
      '“We counted 45 bodies,” said the rights group (NGO) Foro Penal.',
      'killed 45 rights group (NGO) Foro Penal',
    ],
  ])('%s', (text, claim) => {
    expect(sources(text)).toEqual([claim]);
  });
});

describe('a verb’s object and its complement after it are no speaker', () => {
  it.each([
    'At least 749 people have been detained after the council, equipped by the ruling party, confirmed Nicolás Maduro in power for another six years.',
    'At least 30 people were arrested, weeks after the court, under pressure, declared Ana Ruiz as winner of the vote.',
  ])('%s', (text) => {
    expect(sources(text)).toEqual([expect.stringMatching(/^detained \d+ $/)]);
  });

  it('still takes a speaker with a place after it', () => {
    expect(sources('Twelve people were killed, said officials in Kabul.')).toEqual([
      'killed 12 officials in Kabul',
    ]);
  });
});
