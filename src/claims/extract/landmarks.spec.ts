import { extractArticle } from '../../pipeline/extract-article';
import { extractClaims } from './extract-claims';
import { landmarkInTown, seatOfState } from './landmarks';

const located = (text: string, country: string) =>
  extractClaims(text, { defaultCountry: country, publishedAt: '2024-06-05' }).map((c) => [
    c.value,
    c.location,
  ]);

/** Through the whole pipeline, whose parser reads the story's dateline. */
const filed = (text: string) =>
  extractArticle({ format: 'text', content: text }).claims.map((c) => [c.value, c.location]);

describe(landmarkInTown.name, () => {
  it('reads a landmark as its capitalised name, without the words that open a sentence', () => {
    expect(
      landmarkInTown.mentions('At Harlow Park Stadium, the Grand Mosque').map((m) => m.name),
    ).toEqual(['Harlow Park Stadium', 'Grand Mosque']);
  });

  it.each([
    [
      'Fire swept through Marlow Court, a housing estate in Manchester. Lancashire was calm. At least 40 people died at Marlow Court.',
      'United Kingdom',
      40,
      'Manchester',
    ],
    [
      'A crush outside Harlow Park Stadium in the northern city of Leeds left 14 dead. Yorkshire police said 40 were hurt at Harlow Park Stadium.',
      'United Kingdom',
      40,
      'Leeds',
    ],
    [
      "Eleven people died in a crush outside Bengaluru's Westfield Stadium. Karnataka officials said 47 were injured at Westfield Stadium.",
      'India',
      47,
      'Bengaluru',
    ],
    [
      'The Saint Anne Hospital, in Lyon, was hit. France mourned. At least 9 people were killed inside Saint Anne Hospital.',
      'France',
      9,
      'Lyon',
    ],
  ])(
    'gives a figure set at a landmark the town the text puts it in: %s',
    (text, country, value, town) => {
      expect(located(text, country)).toContainEqual([value, town]);
    },
  );

  it.each([
    [
      'MECCA, Saudi Arabia (AP) — A crane crashed into the Grand Mosque, killing at least 107 people.',
      'Mecca',
    ],
    [
      'LONDON (Reuters) - Fire engulfed Grenfell Tower overnight, killing at least 12 people.',
      'London',
    ],
    [
      'BENGALURU, India — A stampede outside the Chinnaswamy Stadium killed 11 people on Wednesday.',
      'Bengaluru',
    ],
    [
      'HONG KONG (AFP) - Flames tore through Wang Fuk Court on Wednesday, killing at least 36 people.',
      'Hong Kong',
    ],
  ])('files a landmark the text places nowhere in its dateline town: %s', (text, town) => {
    expect(filed(text)[0][1]).toBe(town);
  });

  it.each([
    [
      'The crush at Harlow Park Stadium in Leeds began at noon. In Bradford, fans gathered. At least 30 fans were crushed to death inside the stadium.',
      30,
      'Leeds',
    ],
    [
      'Fire broke out at Marlow Court in Manchester. In Salford, shelters opened. Some 300 residents were evacuated from the court.',
      300,
      'Manchester',
    ],
    [
      'A crane fell on the Grand Mosque in Mecca. In Jeddah, hospitals filled. Officials said 107 people were killed in the mosque.',
      107,
      'Mecca',
    ],
    [
      'Grenfell Tower in west London burned for hours. In Birmingham, vigils were held. At least 72 people died in the tower.',
      72,
      'London',
    ],
  ])('reads the landmark named again by its kind as that landmark: %s', (text, value, town) => {
    const country = /Mecca/.test(text) ? 'Saudi Arabia' : 'United Kingdom';
    expect(located(text, country)).toContainEqual([value, town]);
  });
});

describe(seatOfState.name, () => {
  it.each([
    [
      'Kenya',
      'Amnesty said five protesters were shot dead outside parliament alone.',
      5,
      'Nairobi',
    ],
    ['Kenya', 'At least 31 people were injured inside the Parliament compound.', 31, 'Nairobi'],
    [
      'United States',
      'About 140 police officers were injured at the Capitol that day.',
      140,
      'Washington, D.C.',
    ],
    [
      'Sri Lanka',
      'Guards fired on the crowd at the presidential palace, killing 3 people.',
      3,
      'Colombo',
    ],
  ])(
    'places a figure at the seat of power in the capital (%s): %s',
    (country, text, value, town) => {
      expect(located(`${country} was tense.\n\n${text}`, country)).toContainEqual([value, town]);
    },
  );

  it.each([
    ['India', 'Police detained 40 protesters outside the state parliament.', 40, 'India'],
    ['Kenya', 'Police shot 6 protesters dead on Parliament Road.', 6, 'Kenya'],
    ['Belgium', 'Police detained 12 farmers outside the European Parliament.', 12, 'Belgium'],
  ])(
    'leaves a regional parliament and a street named after the seat alone (%s): %s',
    (country, text, value, place) => {
      expect(located(`${country} was tense.\n\n${text}`, country)).toContainEqual([value, place]);
    },
  );
});

describe('a landmark whose name keeps an Arabic article in lower case', () => {
  it.each([
    ['A strike hit al-Shifa Hospital in Gaza City.', 'al-Shifa Hospital'],
    ['The blast at Al-Ahli al-Arabi Hospital killed hundreds.', 'Al-Ahli al-Arabi Hospital'],
    ['Crowds gathered at the al-Aqsa Mosque on Friday.', 'al-Aqsa Mosque'],
    ['Fire broke out at the El-Nasr Hotel overnight.', 'El-Nasr Hotel'],
  ])('%s', (text, name) => {
    expect(landmarkInTown.mentions(text).map((m) => m.name)).toEqual([name]);
  });
});
