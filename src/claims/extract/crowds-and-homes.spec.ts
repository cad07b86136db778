import { extractClaims } from './extract-claims';

/** Each claim as "metric subject value qualifier". */
const read = (text: string) =>
  extractClaims(text, { publishedAt: '2025-03-16' }).map(
    (c) => `${c.metric} ${c.subject} ${c.value} ${c.qualifier}`,
  );

describe('people who leave their homes are displaced, however it is said', () => {
  it.each([
    ['More than 2,000 people have left their homes since the eruption began.', 2000, 'more_than'],
    ['About 5,000 residents were moved out of their homes as the river rose.', 5000, 'approx'],
    ['At least 3,000 people were forced to leave their homes, the agency said.', 3000, 'at_least'],
    ['Nearly 800 people had to abandon their homes overnight.', 800, 'approx'],
    ['Some 1,200 villagers were evacuated from their homes on Sunday.', 1200, 'approx'],
    ['Around 600 families were made to flee their villages.', 600, 'approx'],
  ])('%s', (text, value, qualifier) => {
    expect(read(text)).toEqual([`displaced people ${value} ${qualifier}`]);
  });
});

describe('a crowd counted where the event struck it is a crowd (participants)', () => {
  it.each([
    [
      'About 1,500 people were present at a concert in the nightclub when the fire broke out.',
      1500,
    ],
    ['About 650 people were inside at the time, officials said.', 650],
    ['Around 400 people were in the club when the roof collapsed.', 400],
    ['Some 3,000 fans were at the stadium when the stampede began.', 3000],
    ['Roughly 2,000 people were attending the festival when the storm hit.', 2000],
    ['An estimated 900 worshippers were inside the mosque during the blast.', 900],
  ])('%s', (text, value) => {
    expect(read(text)).toEqual([
      expect.stringMatching(new RegExp(`^participants people ${value} `)),
    ]);
  });

  it.each([
    'Three people were killed when the roof collapsed.',
    'Five children were in the car when it crashed.',
    'Two people were at home when the quake struck.',
  ])('names no crowd where no venue is named: %s', (text) => {
    expect(read(text).filter((c) => c.startsWith('participants'))).toEqual([]);
  });
});
