import { extractClaims } from './extract-claims';

/** Each claim as "metric value source / source". */
const sources = (text: string) =>
  extractClaims(text, { publishedAt: '2024-11-08' }).map(
    (c) => `${c.metric} ${c.value} ${c.attribution.join(' / ')}`,
  );

describe('a body named in full and by its acronym is given in both forms', () => {
  it.each([
    [
      'Human Rights Watch (HRW) spoke to families on Friday. "At least 30 people were killed," HRW told AFP.',
      'killed 30 AFP / Human Rights Watch (HRW)',
    ],
    [
      'The Office of Civil Defense (OCD) sent teams to the town. The OCD said 26 people died.',
      'killed 26 Office of Civil Defense (OCD)',
    ],
    [
      'The Kenya National Commission on Human Rights (KNCHR) condemned the violence. KNCHR chairperson Roseline Odede said 22 people were killed.',
      'killed 22 Kenya National Commission on Human Rights (KNCHR) chairperson Roseline Odede',
    ],
    [
      'The Assistance Association for Political Prisoners (AAPP) keeps a count. The Assistance Association for Political Prisoners said 82 protesters were killed.',
      'killed 82 Assistance Association for Political Prisoners (AAPP)',
    ],
    [
      'Officials of the National Disaster Management Authority (NDMA) met on Monday. At least 40 people were injured, the NDMA said.',
      'injured 40 National Disaster Management Authority (NDMA)',
    ],
  ])('%s', (text, claim) => {
    expect(sources(text)).toEqual([claim]);
  });

  it('leaves an acronym the text never spells out and brackets that spell none; a full name defined once is given whole', () => {
    expect(sources('The WHO said 120 people were injured.')).toEqual(['injured 120 WHO']);
    expect(sources('The Lagos State Police Command (LSPC) said 14 people were arrested.')).toEqual([
      'detained 14 Lagos State Police Command (LSPC)',
    ]);
    expect(sources('Police in Lagos (Nigeria) said 14 people were arrested.')).toEqual([
      'detained 14 Police in Lagos (Nigeria)',
    ]);
  });
});
