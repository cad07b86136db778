import { extractClaims } from './extract-claims';

/** Each claim as "metric value source / source". */
const sources = (text: string) =>
  extractClaims(text, { publishedAt: '2024-09-01' }).map(
    (c) => `${c.metric} ${c.value} ${c.attribution.join(' / ')}`,
  );

describe('witnesses and reports are sources of their own', () => {
  it.each([
    [
      'A number of witnesses told Radio Dabanga that hundreds of people are still missing.',
      'missing 100 Radio Dabanga / witnesses',
    ],
    [
      'Witnesses mentioned that more than 170 people were injured in the villages.',
      'injured 170 Witnesses',
    ],
    [
      'Rescue operations are ongoing, with reports indicating that between 150 and 200 people are still missing.',
      'missing 150 reports',
    ],
    [
      'A handful of residents told reporters that 30 people had been arrested overnight.',
      'detained 30 residents',
    ],
    [
      'Dozens of survivors said at least 60 passengers drowned when the ferry sank.',
      'killed 60 survivors',
    ],
    [
      'A fire official told Radio Free Asia on Monday that 12 people were killed.',
      'killed 12 Radio Free Asia / fire official',
    ],
  ])('%s', (text, claim) => {
    expect(sources(text)).toEqual([claim]);
  });

  it('still takes "the number of" as a count, not a source', () => {
    expect(sources('Officials said the number of dead rose to 40.')).toEqual([
      'killed 40 Officials',
    ]);
  });
});

describe('a title abbreviated with a dot is no end of the source', () => {
  it.each([
    [
      'The raid left at least 64 people dead, according to state Gov. Claudio Castro and police.',
      'killed 64 state Gov. Claudio Castro and police',
    ],
    [
      'At least 40 people were arrested, according to Sen. Maria Lopez.',
      'detained 40 Sen. Maria Lopez',
    ],
    [
      'The toll rose to 19, according to Dr. Amina Yusuf, who runs the hospital.',
      'killed 19 Dr. Amina Yusuf',
    ],
    [
      'Some 3,000 troops were deployed, according to Gen. Abdul Rahman.',
      'deployed 3000 Gen. Abdul Rahman',
    ],
    [
      'About 200 people were evacuated, according to Capt. Peter Otieno of the county police.',
      'displaced 200 Capt. Peter Otieno of the county police',
    ],
  ])('%s', (text, claim) => {
    expect(sources(text)).toEqual([claim]);
  });
});

describe('"the same source" is the source named last', () => {
  it.each([
    [
      'The toll rose to 87, according to local authorities. Another 78 people are still missing, said the same source.',
      ['killed 87 local authorities', 'missing 78 local authorities'],
    ],
    [
      'Police said 14 people were arrested. The same source added that 6 officers were injured.',
      ['detained 14 Police', 'injured 6 Police'],
    ],
    [
      'The Red Cross said 300 families had fled. According to the same source, 12 people drowned.',
      ['displaced 300 Red Cross', 'killed 12 Red Cross'],
    ],
    [
      'Health Minister Ali Musa said 45 people had died. 120 others were injured, the source said.',
      ['killed 45 Health Minister Ali Musa', 'injured 120 Health Minister Ali Musa'],
    ],
    [
      'The interior ministry reported 230 arrests. The same source said 18 police were wounded.',
      ['detained 230 interior ministry', 'injured 18 interior ministry'],
    ],
  ])('%s', (text, claims) => {
    expect(sources(text)).toEqual(claims);
  });

  it('keeps anonymous "sources" anonymous', () => {
    expect(sources('Sources said 12 people were killed.')).toEqual(['killed 12 ']);
  });
});

describe('"the rights group" is the non-governmental body named last', () => {
  it.each([
    [
      'Amnesty International has accused the army of killing 12 protesters. The killings according to the rights group took place where thousands were protesting.',
      ['killed 12 Amnesty International', 'participants 1000 Amnesty International'],
    ],
    [
      'Human Rights Watch said 30 people were killed. The rights group said 200 people were detained.',
      ['killed 30 Human Rights Watch', 'detained 200 Human Rights Watch'],
    ],
    [
      'The Norwegian Refugee Council said 8,000 people had fled. The aid group said 14 people died.',
      ['displaced 8000 Norwegian Refugee Council', 'killed 14 Norwegian Refugee Council'],
    ],
    [
      'The Syrian Observatory for Human Rights said 44 soldiers were killed. The monitoring group said 9 civilians also died.',
      [
        'killed 44 Syrian Observatory for Human Rights',
        'killed 9 Syrian Observatory for Human Rights',
      ],
    ],
    [
      'Reuters counted 39 bodies. The news agency said 20 people were missing.',
      ['killed 39 Reuters', 'missing 20 Reuters'],
    ],
  ])('%s', (text, claims) => {
    expect(sources(text)).toEqual(claims);
  });

  it('never takes a ministry for a group, nor "Rights groups" for one named before', () => {
    expect(
      sources('The health ministry said 30 people died. The aid group said 50 people died.'),
    ).toEqual(['killed 30 health ministry', 'killed 50 aid group']);
    expect(
      sources("Iran's top security body said 200 died. Rights groups said 450 people were killed."),
    ).toEqual(["killed 200 Iran's top security body", 'killed 450 Rights groups']);
  });
});

describe('a speaker reported without "that"', () => {
  it.each([
    [
      'Vucic said authorities estimated the number of protesters at between 88,000 and 107,000.',
      'participants 88000 Vucic / authorities',
    ],
    [
      'Police said officials in the town confirmed 12 deaths.',
      'killed 12 Police / officials in the town',
    ],
    ['The mayor said rescuers counted 45 bodies in the rubble.', 'killed 45 mayor / rescuers'],
    [
      'Reuters reported local officials estimated that 300 homes were destroyed and 2,000 people fled.',
      'displaced 2000 Reuters / local officials',
    ],
    [
      'The governor said doctors confirmed 17 deaths at the hospital.',
      'killed 17 governor / doctors',
    ],
  ])('%s', (text, claim) => {
    expect(sources(text)).toEqual([claim]);
  });

  it('keeps two speakers of two clauses apart', () => {
    expect(sources('Police said 12 people died and officials estimated 40 were hurt.')).toEqual([
      'killed 12 Police',
      'injured 40 officials',
    ]);
  });
});

describe('a speaker inside a clause about a figure with no "that"', () => {
  it.each([
    [
      'Rescuers searched for the dozens of people the authorities believe are still missing.',
      'missing 12 authorities',
    ],
    ['Divers looked for the 41 people the coast guard lists as missing.', 'missing 41 coast guard'],
    [
      'Officials are searching for 76 people Levine Cava said were missing.',
      'missing 76 Levine Cava',
    ],
  ])('%s', (text, claim) => {
    expect(sources(text)).toEqual([claim]);
  });
});

describe('the authority after a wire dateline holds those it arrests', () => {
  it.each([
    [
      'CROTONE, Italy (Reuters) - Italian authorities arrested three people on Sunday.',
      'detained 3 Italian authorities',
    ],
    ['LAGOS (AFP) — Police arrested 45 protesters in the city centre.', 'detained 45 Police'],
  ])('%s', (text, claim) => {
    expect(sources(text)).toEqual([claim]);
  });
});
