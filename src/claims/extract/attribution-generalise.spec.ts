import { extractClaims } from './extract-claims';
import { CAPITALISED_ROLE_RULE } from './attribution-apposition';
import { REPORT_GIVEN_BY_RULE, SHORT_NAME_RULE } from './attribution-short-names';
import { REVISED_BY_RULE } from './attribution-revised-by';
import { REPORT_OWNER_RULE } from './attribution-report-owner';
import { HAD_FIGURE_RULE } from './attribution-had-figure';

/** Each claim as "metric value source / source". */
const sources = (text: string) =>
  extractClaims(text, { publishedAt: '2024-12-15' }).map(
    (c) => `${c.metric} ${c.value} ${c.attribution.join(' / ')}`,
  );

describe('a role in capitals between commas after a name: the name speaks', () => {
  it.each([
    [
      '“We can confirm that four have been found dead, and 30 are still missing,” Vice Marshal Mohammad Syafii, Head of Basarnas, said on Thursday.',
      ['killed 4 Vice Marshal Mohammad Syafii', 'missing 30 Vice Marshal Mohammad Syafii'],
    ],
    [
      'Jane Doe, Director of the Civil Protection Agency, said 12 people were missing.',
      ['missing 12 Jane Doe'],
    ],
    [
      'Ana Ruiz, Deputy Minister of Health, told reporters that 40 people were injured.',
      ['injured 40 Ana Ruiz'],
    ],
    [
      'Tom Mbeki, Chairman of the Red Cross branch, said 300 families were displaced.',
      ['displaced 300 Tom Mbeki'],
    ],
  ])('%s', (text, claims) => {
    expect(sources(text)).toEqual(claims);
  });

  it('reads each of its examples as a role', () => {
    for (const example of CAPITALISED_ROLE_RULE.examples) {
      const role = example.split(',')[1];
      expect(CAPITALISED_ROLE_RULE.pattern.test(role)).toBe(true);
    }
  });
});

describe('"the Commission", "the Agency": the body named before by the head of its name', () => {
  it.each([
    [
      'The Kenya National Commission on Human Rights said 31 people died. The Commission said 107 people were injured.',
      'injured 107 Kenya National Commission on Human Rights',
    ],
    [
      'The National Emergency Management Agency said 85 people were killed. The Agency said 66 people were injured.',
      'injured 66 National Emergency Management Agency',
    ],
    [
      'The Ministry of Health said 20 people died. According to the Ministry, 45 people were injured.',
      'injured 45 Ministry of Health',
    ],
    [
      'The Syrian Observatory for Human Rights counted 90 dead. The Observatory said 200 people were wounded.',
      'injured 200 Syrian Observatory for Human Rights',
    ],
    [
      'The Kenya National Commission on Human Rights said 38 people died. At least 130 people sustained injuries, according to a Friday evening update from the Commission.',
      'injured 130 Kenya National Commission on Human Rights',
    ],
    [
      'Security forces have killed 20 people according to figures provided by the Victims Monitor. Of those 20 murders, 31 percent are attributed to gunmen, according to the Monitor report.',
      'killed 20 Victims Monitor',
    ],
    [
      'The Kenya National Commission on Human Rights said 31 people died. The Commission’s figures showed 107 people were injured.',
      'injured 107 Kenya National Commission on Human Rights',
    ],
  ])('%s', (text, claim) => {
    expect(sources(text)).toContain(claim);
  });

  it('matches only a head in capitals after "the"', () => {
    expect(SHORT_NAME_RULE.pattern.test('the Commission')).toBe(true);
    expect(SHORT_NAME_RULE.pattern.test('the commission')).toBe(false);
    expect(SHORT_NAME_RULE.pattern.test('the European Commission')).toBe(false);
  });

  it('keeps a report of a named outlet as it is: "a review of the list by the Bulletin"', () => {
    expect(
      sources(
        'A review of the list by the Bulletin found at least five children among the 115 dead.',
      ),
    ).toEqual(['killed 115 review of the list by the Bulletin']);
  });
});

describe('a report given by someone, a figure revised by someone', () => {
  it.each([
    [
      'A balance offered by President Nicolás Maduro of 15 dead and 11 injured was later updated to 16 dead by the security secretary, Edgar Colina Reyes, on Wednesday.',
      [
        'killed 15 President Nicolás Maduro',
        'injured 11 President Nicolás Maduro',
        'killed 16 Edgar Colina Reyes',
      ],
    ],
    [
      'A toll given by the health ministry of 41 dead was disputed by relatives.',
      ['killed 41 health ministry'],
    ],
    ['In figures provided by the county, 80 people were injured.', ['injured 80 county']],
    [
      'An estimate supplied by the coast guard on Monday of 30 missing was not updated.',
      ['missing 30 coast guard'],
    ],
    ['The toll was raised to 45 by the health ministry on Monday.', ['killed 45 health ministry']],
    [
      'The number of missing was revised to about 120 by county officials.',
      ['missing 120 county officials'],
    ],
    [
      'Initially put at 30, the figure was corrected to 28 dead by the coroner.',
      ['killed 28 coroner'],
    ],
  ])('%s', (text, claims) => {
    expect(sources(text)).toEqual(claims);
  });

  it('names its examples', () => {
    for (const rule of [REPORT_GIVEN_BY_RULE, REVISED_BY_RULE]) {
      for (const example of rule.examples) expect(example.match(rule.pattern)).not.toBeNull();
    }
  });
});

describe('"they" after a body that was the last source named', () => {
  it.each([
    [
      'The NPS reported a death toll of 11. They said 52 police officers had been injured.',
      'injured 52 NPS',
    ],
    [
      'The Red Cross said 20 people died. They added that 30 people were injured.',
      'injured 30 Red Cross',
    ],
    ['Police said 12 people died. They said 40 people were injured.', 'injured 40 Police'],
  ])('%s', (text, claim) => {
    expect(sources(text)).toContain(claim);
  });

  it('is not the body when a person spoke after it', () => {
    expect(
      sources(
        'The ministry said 20 people died. Mayor Ana Lima said 5 were missing. They said 30 people were injured.',
      ),
    ).not.toContain('injured 30 ministry');
  });
});

describe('a report named with its owner’s possessive; a participle as an adjective', () => {
  it.each([
    [
      'The discrepancy, detailed in KNCHR’s Tuesday evening statement, has intensified public outrage over alleged police brutality, which also left 107 injured, 532 arrested.',
      ['injured 107 KNCHR', 'detained 532 KNCHR'],
    ],
    ['In the ministry’s latest report, 40 people were listed as dead.', ['killed 40 ministry']],
    [
      'From Amnesty International’s count, at least 90 protesters were killed.',
      ['killed 90 Amnesty International'],
    ],
    [
      'According to figures in the health department’s daily bulletin, 12 people died.',
      ['killed 12 health department'],
    ],
    [
      'Relatives demanded an inquiry into reported abuses after 30 people died, police said.',
      ['killed 30 police'],
    ],
  ])('%s', (text, claims) => {
    expect(sources(text)).toEqual(claims);
  });

  it('names its examples', () => {
    for (const example of REPORT_OWNER_RULE.examples)
      expect(example.match(REPORT_OWNER_RULE.pattern)).not.toBeNull();
  });
});

describe('a speaker who had a count of their own', () => {
  it.each([
    [
      'The detentions rose. But Tarek William Saab, the General Prosecutor, had a way higher number: 749 people detained.',
      ['detained 749 Tarek William Saab'],
    ],
    ['The health ministry has a different count, 52 dead.', ['killed 52 health ministry']],
    ['Local officials had a lower figure of 30 people killed.', ['killed 30 Local officials']],
    ['The opposition had its own tally: more than 200 detained.', ['detained 200 opposition']],
  ])('%s', (text, claims) => {
    expect(sources(text)).toEqual(claims);
  });

  it('names its examples', () => {
    for (const example of HAD_FIGURE_RULE.examples)
      expect(example.match(HAD_FIGURE_RULE.pattern)).not.toBeNull();
  });
});
