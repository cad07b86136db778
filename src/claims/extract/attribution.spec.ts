import { extractClaims } from './extract-claims';

/** Each claim as "metric value source / source". */
const sources = (text: string) =>
  extractClaims(text, { publishedAt: '2024-08-01' }).map(
    (c) => `${c.metric} ${c.value} ${c.attribution.join(' / ')}`,
  );

describe('a source named by "according to" inside its clause, with no comma after it', () => {
  it.each([
    [
      'The toll according to the state home minister Ravi Mehta is 132.',
      'killed 132 state home minister Ravi Mehta',
    ],
    ['The number of injured according to police stands at 30.', 'injured 30 police'],
    ['The death toll according to local officials has reached 57.', 'killed 57 local officials'],
    ['Deaths according to the interior ministry numbered 19.', 'killed 19 interior ministry'],
    ['Arrests according to the city council totalled 212.', 'detained 212 city council'],
  ])('%s', (text, claim) => {
    expect(sources(text)).toEqual([claim]);
  });

  it('still ends the source at a comma or a preposition', () => {
    expect(sources('The death toll, according to the health ministry, is 45.')).toEqual([
      'killed 45 health ministry',
    ]);
    expect(sources('According to the Red Cross in Geneva, 40 people died.')).toEqual([
      'killed 40 Red Cross',
    ]);
  });
});

describe('a source given by a role the text named before', () => {
  it.each([
    [
      'At least 161 people are missing, Texas Gov. Greg Abbott said on Tuesday. The governor also confirmed 109 fatalities.',
      ['missing 161 Texas Gov. Greg Abbott', 'killed 109 Greg Abbott'],
    ],
    [
      'Mayor Daniella Levine Cava spoke at noon. Later the mayor said 64 people had died.',
      ['killed 64 Daniella Levine Cava'],
    ],
    [
      'Governor Kathy Hochul visited Buffalo. The state governor said 27 people were killed in the storm.',
      ['killed 27 Kathy Hochul'],
    ],
    [
      'Sheriff Larry Leitha met families. The sheriff said 40 people had been arrested.',
      ['detained 40 Larry Leitha'],
    ],
  ])('%s', (text, claims) => {
    expect(sources(text)).toEqual(claims);
  });

  it('keeps the role when the text names nobody with it', () => {
    expect(sources('The governor said 12 people died.')).toEqual(['killed 12 governor']);
    expect(sources('Mayor Ana Ruiz spoke. The governor said 12 people died.')).toEqual([
      'killed 12 governor',
    ]);
  });
});

describe('a speaker who goes on with "adding" or "saying"', () => {
  const sourceOf = (text: string, value: number) =>
    extractClaims(text, { publishedAt: '2025-01-29' }).find((c) => c.value === value)?.attribution;

  it.each([
    [
      'Twenty-five bodies have been identified, police officer Vaibhav Krishna told reporters, adding 60 were injured.',
      60,
      'police officer Vaibhav Krishna',
    ],
    [
      'Nine bodies were found, the fire chief said, adding that 14 people were missing.',
      14,
      'fire chief',
    ],
    [
      'Rescue work went on overnight, a ministry spokesman told reporters, saying 30 people had died.',
      30,
      'ministry spokesman',
    ],
    [
      'Two villages were cut off, Governor Ana Reyes told reporters, adding that 12 people were killed.',
      12,
      'Governor Ana Reyes',
    ],
  ])('keeps the speaker of the verb before: %s', (text, value, source) => {
    expect(sourceOf(text, value)).toEqual([source]);
  });
});

describe('a speaker described by a "that" clause', () => {
  const sourceOf = (text: string, value: number) =>
    extractClaims(text, { publishedAt: '2025-01-29' }).find((c) => c.value === value)?.attribution;

  it.each([
    [
      'Thirty people were killed, the police chief that oversees security at the gathering told reporters.',
      30,
      'police chief',
    ],
    ['At least 12 people died, the agency that runs the camps said.', 12, 'agency'],
    [
      'Some 40 people were injured, officials that manage the site said on Monday.',
      40,
      'officials',
    ],
    ['The toll rose to 61, the committee that tracks the deaths said.', 61, 'committee'],
  ])('takes the speaker, not the clause: %s', (text, value, source) => {
    expect(sourceOf(text, value)).toEqual([source]);
  });

  it('keeps a complement "that" after a verb of speech', () => {
    expect(
      sourceOf('Officials said that the police chief told reporters 12 people died.', 12),
    ).toEqual(['Officials', 'police chief']);
  });
});

describe('a sentence with no figure that confirms the figures the text opened with', () => {
  it.each([
    [
      'Death toll has risen to 153 in the tanker fire.\n\nThe Daily Star earlier reported 105 deaths.\n\nIn a fresh statement, the police spokesman, Lawan Adam, confirmed the increase in the number of victims.',
      ['killed 153 Lawan Adam', 'killed 105 Daily Star'],
    ],
    [
      'At least 70 people were killed in the attack on the town. The rights office confirmed the grim toll on Friday.',
      ['killed 70 rights office'],
    ],
    [
      'No fewer than 90 people died in the blast.\n\nMr Musa Bello, the Police Spokesperson in Kano, confirmed this in an interview on Wednesday.',
      ['killed 90 Mr Musa Bello'],
    ],
    [
      'The toll climbed to 69 overnight. Disaster officials confirmed the rising casualty figures on Thursday.',
      ['killed 69 Disaster officials'],
    ],
  ])('%s', (text, claims) => {
    expect(sources(text)).toEqual(claims);
  });

  it('gives no source when "this" is a determiner or the sentence only mentions the count', () => {
    expect(
      sources('At least 12 people died. Police confirmed this week that roads were shut.'),
    ).toEqual(['killed 12 ']);
    expect(
      sources(
        'At least 50 people died. The number of casualties was still being assessed, it said.',
      ),
    ).toEqual(['killed 50 ']);
  });
});

describe('a person named by title and surname after the full name', () => {
  it.each([
    [
      'The toll has risen to 167, the state governor, Umar Bello, said. “Another 40 people are injured,” Governor Bello confirmed.',
      ['killed 167 Umar Bello', 'injured 40 Umar Bello'],
    ],
    [
      'Interior Minister Ana Costa said 30 were hurt. Later Minister Costa said 22 people had died.',
      ['injured 30 Interior Minister Ana Costa', 'killed 22 Interior Minister Ana Costa'],
    ],
    [
      'Six miners were rescued, police spokesperson Thandi Mokoena said. Brigadier Mokoena said 18 bodies were retrieved.',
      ['killed 18 police spokesperson Thandi Mokoena'],
    ],
  ])('%s', (text, claims) => {
    expect(sources(text)).toEqual(claims);
  });
});

describe('a count compared with an earlier one is no speaker', () => {
  it.each([
    [
      '“The number of injured is 55 as against the 50 earlier confirmed,” Adam said.',
      'injured 55 Adam',
    ],
    ['“We now count 30 dead as against the 25 first reported,” the mayor said.', 'killed 30 mayor'],
    [
      'Rescuers found 12 bodies, as against the eight announced on Monday, police said.',
      'killed 12 police',
    ],
  ])('%s', (text, claim) => {
    expect(sources(text)[0]).toEqual(claim);
  });
});

describe('a role named with "Chairman of …, Name" is that person', () => {
  it.each([
    [
      'The Chairman of Taura council, Musa Ibrahim, spoke on radio. “About 74 injured persons are in hospital,” the council chairman pointed out.',
      'injured 74 Musa Ibrahim',
    ],
    [
      'The Chairwoman of the district, Grace Mensah, visited. The chairman said 30 homes were destroyed and 12 people died.',
      'killed 12 Grace Mensah',
    ],
    [
      'Chairman Peter Okoro met families. “Nine people were killed,” the local council chairman points out.',
      'killed 9 Peter Okoro',
    ],
  ])('%s', (text, claim) => {
    expect(sources(text)).toContain(claim);
  });
});

describe('a paragraph that goes on with the report of the paragraph before', () => {
  it.each([
    [
      'Police spokesperson Lerato Dube said more than 100 miners were brought up alive.\n\n“On day two, 51 were certified dead.',
      'killed 51 Police spokesperson Lerato Dube',
    ],
    [
      'The fire chief, Tom Hale, said on Monday that the search goes on.\n\n"We have found 12 bodies so far and we keep looking.',
      'killed 12 Tom Hale',
    ],
    [
      'Hale said 18 bodies were found on Monday.\n\nOn Tuesday, 26 more were found.\n\nThis brings the total number of bodies found to 44.',
      'killed 44 Hale',
    ],
    [
      'Officials said 30 people died on Monday.\n\nThe total toll now stands at 45.',
      'killed 45 Officials',
    ],
    [
      'At least 1,907 miners have surfaced since August, according to the police service.\n\nThe operation has also recovered 87 bodies.',
      'killed 87 police service',
    ],
    [
      'The coast guard said 40 people were rescued.\n\nDivers have also retrieved 9 bodies from the wreck.',
      'killed 9 coast guard',
    ],
  ])('%s', (text, claim) => {
    expect(sources(text)).toContain(claim);
  });

  it('keeps a closed quotation, and a sentence with a subject of its own, unsourced', () => {
    expect(sources('Police said 5 people were hurt.\n\n“We saw 12 bodies on the road.”')).toContain(
      'killed 12 ',
    );
    expect(
      sources('Police said 5 people were hurt.\n\nHe also praised the 30 volunteers who died.'),
    ).toContain('killed 30 ');
  });
});

describe('a possessive cut from its noun is no speaker', () => {
  it.each([
    'His friend called me in the middle of the night and told me 10 people died.',
    'Her cousin drove all the way from the coast last week and told us 10 people died.',
    'Their driver waited outside the hospital for most of the night and told them 10 people died.',
  ])('%s', (text) => {
    expect(sources(text)).toEqual(['killed 10 ']);
  });
});

describe('sources reached by an outlet, named by "according to"', () => {
  it.each([
    [
      'According to security sources contacted by Le Monde, 40 soldiers died in the attack.',
      'killed 40 Le Monde / security sources',
    ],
    [
      'At least 60 people were killed, according to local officials interviewed by the Associated Press.',
      'killed 60 Associated Press / local officials',
    ],
    ['According to residents questioned by phone, 20 people died.', 'killed 20 residents'],
    [
      'According to humanitarian sources consulted by The Worldthe toll is 100 dead.',
      'killed 100 humanitarian sources',
    ],
  ])('%s', (text, claim) => {
    expect(sources(text)).toEqual([claim]);
  });
});

describe('the authority that deploys or holds people counts them', () => {
  it.each([
    [
      'The defence ministry deployed 2,500 soldiers to the capital.',
      'deployed 2500 defence ministry',
    ],
    [
      'The interior ministry dispatched 800 police officers to the border.',
      'deployed 800 interior ministry',
    ],
    [
      'The Metropolitan Police deployed 1,200 officers in central London.',
      'deployed 1200 Metropolitan Police',
    ],
    ['Police took 45 people into custody.', 'detained 45 Police'],
    ['Police arrested 120 protesters on Sunday.', 'detained 120 Police'],
    ['The army has detained 16 suspects near the border.', 'detained 16 army'],
  ])('%s', (text, claim) => {
    expect(sources(text)).toEqual([claim]);
  });

  it('leaves the holding to the speaker of the paragraph, and gunmen to no one', () => {
    expect(
      sources('The health minister said 9 people were hurt. Police have arrested one man already.'),
    ).toEqual(['injured 9 health minister', 'detained 1 health minister']);
    expect(sources('Gunmen seized 30 people on the road.').join()).not.toMatch(/Gunmen/);
  });
});

describe('"put its losses at", and a state reported by an agent', () => {
  it.each([
    ['The army put its losses in the ambush at 12 soldiers.', 'killed 12 army'],
    ['The ministry put the dead at 40.', 'killed 40 ministry'],
    ['Rebels put casualties among their fighters at 25 killed.', 'killed 25 Rebels'],
    [
      'Rescuers are searching for 32 people reported missing by the disaster agency.',
      'missing 32 disaster agency',
    ],
    ['Nine miners were confirmed dead by the coroner on Friday.', 'killed 9 coroner'],
    ['The 14 crew reported missing by the coast guard are still at sea.', 'missing 14 coast guard'],
  ])('%s', (text, claim) => {
    expect(sources(text)).toEqual([claim]);
  });

  it('never takes who killed or displaced people for a source', () => {
    expect(sources('Thirty people were reported killed by gunmen in the village.')).toEqual([
      'killed 30 ',
    ]);
  });
});

describe('a person who spoke to anyone is the "he" or "she" who gives a figure next', () => {
  it.each([
    [
      'Interior Minister Ana Costa spoke to reporters on Monday.\n\nShe said 45 people had died.',
      'killed 45 Interior Minister Ana Costa',
    ],
    [
      'Governor Mark Reid talked with families at the school. He said 9 children were among the dead.',
      'killed 9 Governor Mark Reid',
    ],
    [
      'Police chief Sara Kim spoke at a news conference. She told reporters 30 people were arrested.',
      'detained 30 Sara Kim',
    ],
  ])('%s', (text, claim) => {
    expect(sources(text)).toEqual([claim]);
  });

  it('never makes a role with no name, or a later speaker, that person', () => {
    expect(sources('The governor spoke to reporters. He said 12 people were killed.')).toEqual([
      'killed 12 ',
    ]);
    expect(
      sources('Mayor Ana Ruiz said 5 were hurt. Tom Lee spoke later. She said 8 died.'),
    ).toEqual(['injured 5 Mayor Ana Ruiz', 'killed 8 Mayor Ana Ruiz']);
  });
});
