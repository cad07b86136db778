import { extractClaims } from './extract-claims';

/** Each claim as "metric value source / source". */
const sources = (text: string) =>
  extractClaims(text, { publishedAt: '2024-08-06' }).map(
    (c) => `${c.metric} ${c.value} ${c.attribution.join(' / ')}`,
  );

describe('a study, an investigation or a count that finds a figure is its source', () => {
  it.each([
    [
      'At least 79 people died in the stampede, far exceeding the toll of 30 claimed by the government, an investigation by a news outlet has found.',
      'killed 79 investigation by a news outlet',
    ],
    [
      'A Reuters tally found that at least 40 people were killed in the clashes.',
      'killed 40 Reuters',
    ],
    [
      'A review of hospital records by the newspaper found that 62 people had died.',
      'killed 62 review of hospital records by the newspaper',
    ],
    [
      'An analysis by the rights group concluded that 300 people were detained.',
      'detained 300 analysis by the rights group',
    ],
  ])('%s', (text, claim) => {
    expect(sources(text)).toContain(claim);
  });

  it('gives the passive agent of the second figure to that figure only', () => {
    expect(
      sources(
        'At least 79 people died, far exceeding the toll of 30 claimed by the government, an investigation by a news outlet has found.',
      ),
    ).toContain('killed 30 government');
  });

  it('takes no "found" of bodies for a finding', () => {
    expect(sources('Rescuers found 12 bodies in the rubble.')).not.toContain('killed 12 Rescuers');
  });
});

describe('a speaker whose verb takes the figure for its object', () => {
  it.each([
    [
      'The death toll has increased to 120, officials of Amnesty International confirmed the increase in the death toll.',
      'killed 120 officials of Amnesty International',
    ],
    [
      'The number of dead rose to 45 on Monday, the health ministry confirmed the figure.',
      'killed 45 health ministry',
    ],
    [
      'At least 30 people were arrested overnight, police confirmed the numbers.',
      'detained 30 police',
    ],
    [
      'Some 2,000 people were evacuated, and the governor gave these figures.',
      'displaced 2000 governor',
    ],
  ])('%s', (text, claim) => {
    expect(sources(text)).toEqual([claim]);
  });
});
