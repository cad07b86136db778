import { extractClaims } from './extract-claims';

/** Each claim as "metric value source / source". */
const sources = (text: string) =>
  extractClaims(text, { publishedAt: '2025-03-16' }).map(
    (c) => `${c.metric} ${c.value} ${c.attribution.join(' / ')}`,
  );

describe('accounts that "with" or "amid" brings in are the source, not the preposition', () => {
  it.each([
    [
      'The mayor said the toll may rise, with unverified reports suggesting up to 60 possible fatalities.',
      'killed 60 unverified reports',
    ],
    [
      'Officials urged calm, with social media posts claiming 100 dead in the city.',
      'killed 100 social media posts',
    ],
    [
      'The count is fluid, with unconfirmed accounts putting the toll at 30.',
      'killed 30 unconfirmed accounts',
    ],
    ['Unverified reports suggest up to 60 people died.', 'killed 60 Unverified reports'],
  ])('%s', (text, claim) => {
    expect(sources(text)).toEqual([claim]);
  });

  it('still reads "police put" and "the official put" as verbs', () => {
    expect(sources('Police put turnout at around 17,000.')).toEqual(['participants 17000 Police']);
    expect(sources('A senior official put the toll at 4,310.')).toEqual([
      'killed 4310 senior official',
    ]);
  });
});

describe('a link or handle glued after a name is no part of it', () => {
  it.each([
    [
      'The toll rose to 103, according to Plataforma Eleitoral Decide https://www.facebook.com/profile.php?id=1.',
      'killed 103 Plataforma Eleitoral Decide',
    ],
    ['The NDRRMC @NDRRMC_OpCen said 69 people were killed.', 'killed 69 NDRRMC'],
    [
      'Mayor John Smith (https://x.com/jsmith) said 14 people were injured.',
      'injured 14 Mayor John Smith',
    ],
    [
      'Fire chief Ana Lopez @analopez_fd told reporters 9 people died.',
      'killed 9 Fire chief Ana Lopez',
    ],
    [
      'Police spokesman Ali Khan (@alikhan) said 20 people were arrested.',
      'detained 20 Police spokesman Ali Khan',
    ],
  ])('%s', (text, claim) => {
    expect(sources(text)).toEqual([claim]);
  });
});

describe('a region code is part of an agency name, not a count', () => {
  it.each([
    ['According to OCD 7, 72 people died in the quake.', 'killed 72 OCD 7'],
    ['According to the Region 7 police, 15 people were arrested.', 'detained 15 Region 7 police'],
    ['DSWD 7 said 5,000 people were displaced.', 'displaced 5000 DSWD 7'],
    ['The toll rose to 69, Civil Defense Region 7 said.', 'killed 69 Civil Defense Region 7'],
    [
      'The Office of Civil Defense Central Visayas (OCD 7) said 40 people were injured.',
      'injured 40 Office of Civil Defense Central Visayas (OCD 7)',
    ],
  ])('%s', (text, claim) => {
    expect(sources(text)).toEqual([claim]);
  });
});

describe('an object after the verb is no inverted speaker; a title between commas is no subject', () => {
  it.each([
    [
      'Speaking on Tuesday, Pascoal Ronda, Mozambique’s interior minister, acknowledged the tragic loss of 21 lives.',
      'Pascoal Ronda',
    ],
    ['John Mbeki, Kenya’s police chief, confirmed the deaths of 12 people.', 'John Mbeki'],
    ['Ana Silva, the region’s governor, acknowledged the deaths of 8 people.', 'Ana Silva'],
    ['Maria Lopez, Spain’s Interior Minister, said 40 people were arrested.', 'Maria Lopez'],
  ])('%s', (text, source) => {
    expect(sources(text).map((c) => c.split(' ').slice(2).join(' '))).toEqual([source]);
  });
});

describe('"Mr X" is the person named in full before', () => {
  it.each([
    'Interior Minister Pascoal Ronda said 21 people were killed. Mr Ronda said 12 police officers were injured.',
    'Pascoal Ronda, the interior minister, said 21 people were killed. Mr Ronda said 12 police officers were injured.',
    'Health minister Pascoal Ronda told reporters 21 people were killed. “Twelve police officers were injured,” Mr Ronda said.',
    'Pascoal Ronda said 21 people were killed. Later Mr. Ronda said 12 police officers were injured.',
  ])('%s', (text) => {
    const claims = sources(text);
    expect(claims[claims.length - 1]).toMatch(/^injured 12 .*Pascoal Ronda$/);
  });
});

describe('an outlet a source told carries it on: outlet first, then the origin', () => {
  it.each([
    [
      'At least 30 people were killed, a hospital official told Reuters.',
      'killed 30 Reuters / hospital official',
    ],
    [
      'A hospital official told Reuters that 30 people had been killed.',
      'killed 30 Reuters / hospital official',
    ],
    [
      'Thirty people were killed, the health ministry told AFP on Sunday.',
      'killed 30 AFP / health ministry',
    ],
    [
      'Police told the Associated Press that 12 people were arrested.',
      'detained 12 Associated Press / Police',
    ],
    [
      'At least 12 people were arrested, police told The New York Times.',
      'detained 12 New York Times / police',
    ],
    [
      'At least 30 people were killed, according to the health ministry, quoted by AFP.',
      'killed 30 AFP / health ministry',
    ],
  ])('%s', (text, claim) => {
    expect(sources(text)).toEqual([claim]);
  });

  it('names no outlet for an audience that is none', () => {
    expect(sources('At least 12 people were arrested, police told reporters.')).toEqual([
      'detained 12 police',
    ]);
  });
});

describe('a body described by a word of a name given before is that body', () => {
  it.each([
    'The National Disaster Risk Reduction and Management Council (NDRRMC) said 72 people died. The disaster bureau also recorded 294 injured.',
    'The National Disaster Risk Reduction and Management Council said 72 people died. The disaster agency also recorded 294 injured.',
    'The Kenya National Commission on Human Rights said 72 people died. The rights commission also recorded 294 injured.',
    'The State Public Defender’s Office said 72 people died. The public body also recorded 294 injured.',
  ])('%s', (text) => {
    const claims = sources(text);
    const named = claims[0].split(' ').slice(2).join(' ');
    expect(claims[1]).toBe(`injured 294 ${named}`);
  });

  it('never takes a ministry for an organisation that shares its modifier', () => {
    const claims = sources(
      'The World Health Organization said 72 people died. The health ministry also recorded 294 injured.',
    );
    expect(claims[1]).toBe('injured 294 health ministry');
  });
});
