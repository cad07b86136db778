import { extractClaims } from './extract-claims';

const located = (text: string, country: string) =>
  extractClaims(text, { defaultCountry: country, publishedAt: '2025-04-08' }).map((c) => [
    c.value,
    c.location,
  ]);

/** A story that sets its point event in one town, then names it by its country. */
const story = (sentence: string) =>
  [
    'The fire broke out at the Pulse nightclub in Kocani during a concert.',
    'Rescuers in Kocani searched the burnt-out club on Monday.',
    sentence,
  ].join('\n\n');

describe('a point event named by its country happened at the text’s focus', () => {
  it.each([
    'The death toll from the nightclub fire in North Macedonia has risen to 61, authorities said.',
    'At least 59 people died in a fire at a nightclub in North Macedonia, the ministry said.',
    'The blaze in North Macedonia killed 59 people, most of them young.',
    'North Macedonia’s nightclub fire has killed 61 people, officials said.',
  ])('%s', (sentence) => {
    expect(located(story(sentence), 'North Macedonia').pop()?.[1]).toBe('Kocani');
  });

  it('keeps the country for a count across it, or of several of its towns', () => {
    expect(
      located(
        story('Across the country, 1,200 people attended vigils in North Macedonia.'),
        'North Macedonia',
      ).pop()?.[1],
    ).toBe('North Macedonia');
    expect(
      located(
        story('Five more died in North Macedonia, in Stip and Kocani, bringing the toll to 61.'),
        'North Macedonia',
      ).pop()?.[1],
    ).toBe('North Macedonia');
  });
});
