import { extractClaims } from './extract-claims';

const read = (text: string) =>
  extractClaims(text, { publishedAt: '2024-08-01' }).map((c) => [
    c.metric,
    c.value,
    c.qualifier,
    c.attribution,
  ]);

/** Each claim as "metric value source / source", for the attribution rows below. */
const sources = (text: string) =>
  extractClaims(text, { publishedAt: '2024-08-01' }).map(
    (c) => `${c.metric} ${c.value} ${c.attribution.join(' / ')}`,
  );

describe('wordings seen on unseen events (issue 9)', () => {
  it('reads a vague amount a headline or a quote sets in quotation marks', () => {
    expect(read('Opposition says ‘hundreds’ killed in protests')).toEqual([
      ['killed', 100, 'vague', ['Opposition']],
    ]);
    expect(read("Opposition says 'hundreds' killed in protests")).toEqual([
      ['killed', 100, 'vague', ['Opposition']],
    ]);
    expect(read('Police said "dozens" were hurt.')).toEqual([['injured', 12, 'vague', ['Police']]]);
    expect(read('The party said “thousands” were detained.')).toEqual([
      ['detained', 1000, 'vague', ['party']],
    ]);
    expect(read("The 'hundreds' figure was disputed.")).toEqual([]);
  });

  it('counts no dead in nouns that death only qualifies', () => {
    expect(read('His attorney said he received thousands of death threats.')).toEqual([]);
    expect(read('She received 300 death threats after the tweet.')).toEqual([]);
    expect(read('Courts handed down 12 death sentences last year.')).toEqual([]);
    expect(read('Officials issued 40 death certificates.')).toEqual([]);
    expect(read('There were 45 deaths in the region, officials said.')).toEqual([
      ['killed', 45, 'exact', ['officials']],
    ]);
  });

  it('reads a second count in brackets as the same quantity, with its own source', () => {
    expect(
      read(
        'Unconfirmed reports put the death toll at 249 (official tally 167), while 240 were feared missing (official tally 191). In Mundakkai, 90% of the houses were destroyed.',
      ),
    ).toEqual([
      ['killed', 249, 'exact', ['Unconfirmed reports']],
      ['killed', 167, 'exact', ['official tally']],
      ['missing', 240, 'exact', ['Unconfirmed reports']],
      ['missing', 191, 'exact', ['official tally']],
    ]);
  });

  it('reads who is still missing, not the toll that may rise because of them', () => {
    expect(
      read('The death toll may go up further as around 180 persons are still missing.'),
    ).toEqual([['missing', 180, 'approx', []]]);
    expect(read('Around 250 people are yet to be traced from the landslide-hit villages.')).toEqual(
      [['missing', 250, 'approx', []]],
    );
  });

  it('reads responders taking part in a search as deployed', () => {
    expect(
      read(
        'Some 1,100 rescue personnel, helicopters and heavy equipment were involved in the operation.',
      ),
    ).toEqual([['deployed', 1100, 'approx', []]]);
  });

  it('reads a crowd estimate given as a range, and each source of a two-clause sentence', () => {
    const protest = 'Students led the protest march, the largest protest in years.\n\n';
    expect(
      read(
        `${protest}The Public Assembly Archive said attendance estimates ranged from 275,000 to 325,000.`,
      ),
    ).toEqual([['participants', 275000, 'range', ['Public Assembly Archive']]]);
    expect(
      read(
        `${protest}According to the Interior Ministry, there were about 107,000 people; according to NGOs, there were almost half a million.`,
      ),
    ).toEqual([
      ['participants', 107000, 'approx', ['Interior Ministry']],
      ['participants', 500000, 'approx', ['NGOs']],
    ]);
  });

  it('reads "He said" after a surname as that person, never as an organisation named before', () => {
    const text = [
      'However, the Public Assembly Archive said between 275,000 and 325,000 people took part in the protest march.',
      'Vucic said 56 people were injured during the protest.',
      'He said 22 people had been detained for attacking police officers.',
    ].join('\n');
    expect(read(text).map(([metric, , , source]) => [metric, source])).toEqual([
      ['participants', ['Public Assembly Archive']],
      ['injured', ['Vucic']],
      ['detained', ['Vucic']],
    ]);
  });

  it('reads "minor" before a metric as the injuries\' kind, not as children', () => {
    expect(read('Police reported 56 minor injured and 22 detainees.').map((c) => c[1])).toEqual([
      56, 22,
    ]);
    const subjects = extractClaims(
      'Police reported 56 minor injured and 12 minors detained.',
      {},
    ).map((c) => c.subject);
    expect(subjects).toEqual(['people', 'children']);
  });
});

describe('wordings of the second blind probe set (test/probes/wordings-blind2.json)', () => {
  const brief = (text: string) =>
    extractClaims(text, { publishedAt: '2024-08-01' }).map(
      (c) => `${c.metric} ${c.subject} ${c.value}`,
    );

  it.each([
    ['Police took 45 people into custody.', 'detained people 45'],
    ['Forty-five people were taken into custody after the match.', 'detained people 45'],
    ['Officers took 12 protesters into police custody.', 'detained protesters 12'],
    ['Some 30 fans were led into custody.', 'detained people 30'],
  ])('reads "into custody" as detained: %s', (text, claim) => expect(brief(text)).toEqual([claim]));

  it.each([
    ['A rights group counted more than 1,200 arrests of protesters.', 'detained protesters 1200'],
    ['Police made 45 arrests of demonstrators.', 'detained protesters 45'],
    ['The group recorded 19 deaths of civilians.', 'killed civilians 19'],
    ['Monitors logged 30 killings of journalists.', 'killed journalists 30'],
  ])('reads the subject named after "arrests of", "deaths of": %s', (text, claim) =>
    expect(brief(text)).toEqual([claim]),
  );

  it.each([
    ['Villagers killed 23 cattle.', []],
    ['The herders lost 23 cattle in the floods.', []],
    ['Floods killed 2,000 head of cattle and 14 people.', ['killed people 14']],
    ['The storm killed 12 people and damaged 300 homes.', ['killed people 12']],
    ['Rescuers evacuated 40 horses and 120 residents.', ['displaced people 120']],
  ])('never counts animals or things as people: %s', (text, claims) =>
    expect(brief(text)).toEqual(claims),
  );
});

describe('sources of figures taken up again and of other speech verbs (issue 9)', () => {
  it.each([
    [
      'The railways said 1,100 people were injured. The manager said that of the 1,100 injured, 200 are still in hospital.',
      'injured 1100 railways',
    ],
    [
      'The ministry said 278 people were killed. A doctor said the 278 dead included 40 children.',
      'killed 278 ministry',
    ],
    [
      'Police said 45 people were arrested. Lawyers said most of the 45 arrested were students.',
      'detained 45 Police',
    ],
    [
      'The UN said 300 people were missing. An official told reporters the 300 missing were mostly fishermen.',
      'missing 300 UN',
    ],
  ])('a figure named again with "the" keeps its first source: %s', (text, claim) =>
    expect(
      sources(text).filter((c) => c.startsWith(claim.split(' ').slice(0, 2).join(' '))),
    ).toEqual([claim, claim]),
  );

  it.each([
    [
      'Authorities cautioned that the death toll of 12 was likely to climb.',
      'killed 12 Authorities',
    ],
    ['The ministry acknowledged that 40 people had died.', 'killed 40 ministry'],
    ['Police admitted that 12 protesters were injured.', 'injured 12 Police'],
    ['The army insisted that 3 soldiers were killed.', 'killed 3 army'],
    ['Officials reiterated that 70 people remain missing.', 'missing 70 Officials'],
  ])('reads the speaker of other speech verbs: %s', (text, claim) =>
    expect(sources(text)).toEqual([claim]),
  );
  it('reads a figure added to a running total as a change, and keeps the total', () => {
    const wordings: [string, unknown[]][] = [
      [
        'The Sudan Central Doctors Committee announced the deaths of five protesters in Port Sudan and Khartoum on Thursday, bringing the total number of dead since Monday to 113.',
        ['killed', 113, 'exact', ['Sudan Central Doctors Committee']],
      ],
      [
        'Health officials reported seven deaths on Friday, bringing the toll to 52.',
        ['killed', 52, 'exact', ['Health officials']],
      ],
      [
        'Four soldiers died in the ambush, taking the death toll to 21.',
        ['killed', 21, 'exact', []],
      ],
      [
        'Police arrested 40 protesters overnight, pushing the number detained since Monday to 310.',
        ['detained', 310, 'exact', []],
      ],
      [
        'Rescuers pulled 12 bodies from the river on Tuesday, raising the death toll to more than 90.',
        ['killed', 90, 'more_than', []],
      ],
    ];
    for (const [text, total] of wordings) expect(read(text)).toEqual([total]);
  });

  it('keeps a figure that a later clause does not add to a total', () => {
    expect(read('Seven people died on Friday, the health ministry said.')).toEqual([
      ['killed', 7, 'exact', ['health ministry']],
    ]);
    expect(
      read('Five protesters were killed, bringing thousands more onto the streets on Friday.'),
    ).toEqual([['killed', 5, 'exact', []]]);
    expect(
      read(
        'In neighbouring Syria, the death toll rose to 2,662, according to the government in Damascus, bringing the combined total to more than 11,200.',
      ).map(([, value]) => value),
    ).toEqual([2662, 11200]);
  });
});

describe('sources named by their title and by the document they published (issue 9)', () => {
  it.each([
    [
      'Odisha Chief Secretary Pradeep Jena said 238 people died. “About 900 people are injured,” the Chief Secretary said.',
      'injured 900 Odisha Chief Secretary Pradeep Jena',
    ],
    [
      'Interior Minister Gérald Darmanin said 457 people were arrested. Later the minister said 20 police were injured.',
      'injured 20 Interior Minister Gérald Darmanin',
    ],
    [
      'Police chief John Smith said 12 people died. The police chief added that 40 were injured.',
      'injured 40 Police chief John Smith',
    ],
    [
      'Governor Kathy Hochul said 30 people died. The governor said 12 people were missing.',
      'missing 12 Governor Kathy Hochul',
    ],
  ])('"the <title>" is the person named earlier with that title: %s', (text, claim) =>
    expect(sources(text)).toContain(claim),
  );

  it.each([
    [
      '“Hundreds are wounded and 35 were killed,” a new toll published overnight by the Central Committee of Sudanese Doctors said.',
      'killed 35 Central Committee of Sudanese Doctors',
    ],
    ['“Forty people died,” a statement issued by the ministry said.', 'killed 40 ministry'],
    ['The 863 deaths recorded by the ministry include 40 children.', 'killed 863 ministry'],
    ['The toll published by the health ministry rose to 40.', 'killed 40 health ministry'],
  ])('a document published by a body speaks for that body: %s', (text, claim) =>
    expect(sources(text)).toContain(claim),
  );

  it('never takes "new toll" in a headline for a source', () =>
    expect(sources('More than 35 dead after forces break up sit-in: new toll')).toEqual([
      'killed 35 ',
    ]));
});

describe('more ways a source is named (issue 9)', () => {
  it.each([
    [
      'NGOs disputed the figure of 56 dead announced Monday by the government.',
      'killed 56 government',
    ],
    ['The toll of 40 dead released on Sunday by the army was disputed.', 'killed 40 army'],
    ['The 12 arrests reported Friday by police were the first.', 'detained 12 police'],
    ['The 300 evacuations confirmed yesterday by the mayor were orderly.', 'displaced 300 mayor'],
  ])('a passive agent after a day: %s', (text, claim) => expect(sources(text)).toContain(claim));

  it.each([
    ['The rights group asserts that 135 people lost their lives.', 'killed 135 rights group'],
    ['The union asserted that 50,000 protesters marched.', 'participants 50000 union'],
    ['Police assert that 12 officers were injured.', 'injured 12 Police'],
    ['The ministry has asserted that 70 people are missing.', 'missing 70 ministry'],
  ])('"asserts" is a speech verb: %s', (text, claim) => expect(sources(text)).toContain(claim));
});

describe('words that name no source (issue 9)', () => {
  it.each([
    [
      '“According to information gathered at the hospital, it is estimated that 135 people died,” the NGO said.',
      'killed 135 NGO',
    ],
    [
      '“According to the information received so far, the number of victims is 261,” a railway spokesperson said.',
      'killed 261 railway spokesperson',
    ],
    ['According to information collected by AFP, 40 people were injured.', 'injured 40 AFP'],
    ['According to preliminary information, 12 people are missing.', 'missing 12 '],
  ])('"information gathered" is where a figure came from, not who gave it: %s', (text, claim) =>
    expect(sources(text)).toEqual([claim]),
  );

  it.each([
    [
      'The Collective said 135 people died. The group’s estimates rest on hospital reports. Over 50 people remain missing.',
      'missing 50 Collective',
    ],
    [
      'Amnesty International said 40 died. The group said 12 people were missing.',
      'missing 12 Amnesty International',
    ],
    [
      'The group’s figures are based on hospital reports. Some 12 people remain missing.',
      'missing 12 ',
    ],
    ['The monitor, a network of activists, says 12 people are missing.', 'missing 12 monitor'],
  ])(
    '"the group" is the group named before; "the group’s", with none, is no one: %s',
    (text, claim) => expect(sources(text)).toContain(claim),
  );
});

describe('people counted as a place’s own are counted there (probe set 2)', () => {
  const placed = (text: string) =>
    extractClaims(text, { publishedAt: '2024-08-01' }).map(
      (c) => `${c.metric} ${c.value} ${c.location ?? '-'}`,
    );

  it.each([
    [
      'About 25,000 residents of Sindh were evacuated as the river burst its banks.',
      'displaced 25000 Sindh',
    ],
    ['The floods killed 40 residents of Sindh.', 'killed 40 Sindh'],
    ['Some 300 inhabitants of Paiporta were evacuated.', 'displaced 300 Paiporta'],
    ['Officials said 12 villagers of Balasore were among the dead.', 'killed 12 Balasore'],
  ])('%s', (text, claim) => expect(placed(text)).toEqual([claim]));
});

describe('"claiming" names its speaker (issue 10: two origins in one sentence)', () => {
  it.each([
    [
      'Police could not confirm the figure, in a likely reference to organizers claiming 1.3 million people attended the rally.',
      'participants 1300000 organizers',
    ],
    [
      'Organizers claiming 1.3 million people attended were wrong.',
      'participants 1300000 Organizers',
    ],
    ['Rebels claiming to have killed 40 soldiers seized the town.', 'killed 40 Rebels'],
    [
      'In response to activists claiming 40 deaths, the ministry said 12 people died.',
      'killed 40 activists',
    ],
  ])('%s', (text, claim) => expect(sources(text)).toContain(claim));
});

describe('a perfect with "since" and a progressive still name their subject (issue 9)', () => {
  it.each([
    [
      'The union counted 800,000 protesters, but police have since put that number at 119,000.',
      'participants 119000 police',
    ],
    ['Officials had since revised the toll to 45.', 'killed 45 Officials'],
    ['The ministry has since said 30 people were killed.', 'killed 30 ministry'],
    ['Rescuers have since confirmed 12 deaths in the village.', 'killed 12 Rescuers'],
  ])('%s', (text, claim) => expect(sources(text)).toContain(claim));

  it.each([
    [
      'Both The Daily Star and The Morning Post newspapers were reporting that 276 people had been killed.',
      'killed 276 Daily Star and The Morning Post',
    ],
    ['Local television was reporting 40 people dead.', 'killed 40 Local television'],
    ['Witnesses are saying that more than 100 people were injured.', 'injured 100 Witnesses'],
    ['State media is reporting at least 15 deaths.', 'killed 15 State media'],
  ])('%s', (text, claim) => expect(sources(text)).toContain(claim));
});

describe('the subject of a speech verb past commas, datelines and objects (issue 9)', () => {
  it.each([
    [
      'Meanwhile, the rights coalition, the Free Voices Network (FVN), counted 85 deaths.',
      'killed 85 Free Voices Network (FVN)',
    ],
    [
      'Separately, the main teachers union, the National Education Federation, said 40,000 people marched.',
      'participants 40000 National Education Federation',
    ],
    [
      'A local charity, the Hope Foundation, said 12 people were missing.',
      'missing 12 Hope Foundation',
    ],
    [
      'The monitoring group, the Citizens Observatory, reported 23 deaths.',
      'killed 23 Citizens Observatory',
    ],
  ])('an apposition that is a name is the source: %s', (text, claim) =>
    expect(sources(text)).toContain(claim),
  );

  it.each([
    [
      'Governor Ada Obi of Rivers State earlier on Monday, had insisted that only one person died.',
      'killed 1 Governor Ada Obi of Rivers State',
    ],
    [
      'The regional health office, in its bulletin, had said 14 people died.',
      'killed 14 regional health office',
    ],
    [
      'Mayor Tom Reyes, speaking on Friday, had said that 20 people were missing.',
      'missing 20 Mayor Tom Reyes',
    ],
    [
      'The interior ministry, in a statement, also said 300 people were arrested.',
      'detained 300 interior ministry',
    ],
  ])('an auxiliary after a comma keeps the subject before it: %s', (text, claim) =>
    expect(sources(text)).toContain(claim),
  );

  it.each([
    [
      'Authorities in Florida revised the count of people missing to 128.\n\nThey also announced the recovery of four more bodies. That raised the death toll to 22.',
      'killed 22 Authorities in Florida',
    ],
    [
      'Officials in Kerala said 40 people were hurt.\n\nThey also reported 9 deaths.',
      'killed 9 Officials in Kerala',
    ],
    [
      'Police at the border said 3,000 people crossed.\n\nThey said 45 people were arrested.',
      'detained 45 Police at the border',
    ],
    [
      'Rescuers from the Red Cross said 200 homes were destroyed.\n\nThey added that 15 people were missing.',
      'missing 15 Rescuers from the Red Cross',
    ],
  ])('"they" refers back to a body named with its place: %s', (text, claim) =>
    expect(sources(text)).toContain(claim),
  );

  it.each([
    [
      'LIMA (AP) – An internal police report, seen by reporters on Friday, estimated the death toll from the blast at 100.',
      'killed 100 internal police report',
    ],
    ['BEIJING (Xinhua) – Rescuers said 12 miners were killed.', 'killed 12 Rescuers'],
    [
      'An internal police report, seen by AFP, estimated the death toll from a blast at a market was “probably 40 to 60 killed.”',
      'killed 40 internal police report',
    ],
  ])(
    'a dateline with its agency, or the toll a verb takes as object, is no source: %s',
    (text, claim) => expect(sources(text)).toContain(claim),
  );
});

describe('people under treatment are injured', () => {
  it.each([
    ['Around 19 people are under treatment, officials said.', 'injured', 19],
    ['Twelve people remain under medical treatment at the district hospital.', 'injured', 12],
    ['At least 40 were still under treatment on Monday.', 'injured', 40],
    ['Some 75 survivors were under treatment in Ankara hospitals.', 'injured', 75],
  ])('%s', (text, metric, value) => {
    expect(read(text).map(([m, v]) => [m, v])).toEqual([[metric, value]]);
  });

  it('leaves other things people are under alone', () => {
    expect(read('The 12 suspects are under investigation.')).toEqual([]);
  });
});

describe('a crowd counted by its turnout or attendance', () => {
  it.each([
    ['Police put turnout at around 17,000.', 17000],
    ['Organisers said turnout reached 50,000.', 50000],
    ['Attendance was estimated at 8,000 by the city.', 8000],
    ['Turnout at the rally was put at 30,000 by police.', 30000],
  ])('%s', (text, value) => {
    expect(read(text).map(([m, v]) => [m, v])).toEqual([['participants', value]]);
  });

  it('leaves a share of attendance alone', () => {
    expect(read('The school reported attendance of 95 percent.')).toEqual([]);
  });
});

describe('a bare figure that "was" protesting or marching is a crowd', () => {
  it.each([
    ['Thousands were protesting against police brutality.', 1000],
    ['Hundreds have been marching through the city since noon.', 100],
    ['About 3,000 were demonstrating outside parliament on Friday.', 3000],
    ['Dozens were rallying in front of the court.', 12],
    ['Police said some 500 were gathered at the square.', 500],
  ])('%s', (text, value) => {
    expect(read(text).map(([m, v]) => [m, v])).toEqual([['participants', value]]);
  });

  it('leaves care that people were given alone', () => {
    expect(read('Five were attended by paramedics at the scene.')).toEqual([]);
  });
});

describe('an office given to a name between commas does not cut a figure from its verb', () => {
  it.each([
    [
      'Nine relatives of Ramesh Kumar Patel Singh, the Congress MLA from Mandya, also lost their lives in the fire.',
      'killed',
      9,
    ],
    [
      'Seven employees of Maria Fernanda Lopez Garcia, a city councillor for Seville, were also killed in the flooding.',
      'killed',
      7,
    ],
    [
      'Eleven staff members of Anna Louise Berg Karlsson, the deputy mayor of Malmo, were injured in the blast.',
      'injured',
      11,
    ],
    [
      'Six bodyguards of Jean-Pierre Mbala Nkosi, the interior minister of the province, were wounded in the attack.',
      'injured',
      6,
    ],
  ])('%s', (text, metric, value) => {
    expect(read(text).map(([m, v]) => [m, v])).toEqual([[metric, value]]);
  });

  it('keeps an apposition that names whom the figure counts', () => {
    expect(read('Two people, a police officer and a protester, were killed.')).toEqual([
      ['killed', 2, 'exact', []],
    ]);
  });
});

describe('a quoted figure keeps the verb before the quote mark', () => {
  it.each([
    ['Witnesses said soldiers killed “at least 20 unarmed villagers” on Sunday.', 'killed', 20],
    [
      'The report says police arrested “more than 300 demonstrators” at the sit-in.',
      'detained',
      300,
    ],
    [
      'Rights groups said the army had wounded "dozens of demonstrators" near the bridge.',
      'injured',
      12,
    ],
    ['The agency said the storm displaced ‘some 4,000 residents’ in the delta.', 'displaced', 4000],
    ['Police said they had deployed “about 2,000 officers” in the capital.', 'deployed', 2000],
  ])('%s', (text, metric, value) => {
    expect(read(text).map(([m, v]) => [m, v])).toEqual([[metric, value]]);
  });
});

describe('a source reported inside another source\'s "that" clause: the chain, outermost first', () => {
  it.each([
    [
      'Reuters reported that a hospital official said 12 people were killed.',
      'killed 12 Reuters / hospital official',
    ],
    [
      'Amnesty International has said that an investigation confirms that the army killed at least 12 protesters.',
      'killed 12 Amnesty International / investigation',
    ],
    [
      'The agency reported on Monday that the health ministry put the toll at 45.',
      'killed 45 agency / health ministry',
    ],
    [
      'Local media reported that the mayor said 20 people were missing.',
      'missing 20 Local media / mayor',
    ],
  ])('%s', (text, claim) => expect(sources(text)).toEqual([claim]));

  it('leaves a second clause with its own source alone', () => {
    expect(
      sources(
        'Organisers estimated that 550,000 people took part, while police said 190,000 were at the march.',
      ),
    ).toEqual(['participants 550000 Organisers', 'participants 190000 police']);
  });
});

describe('the next part of a set, said the same way, is a part too', () => {
  const parts = (text: string) =>
    extractClaims(text, { publishedAt: '2024-08-01' }).map(
      (c) => `${c.metric} ${c.subject} ${c.value}`,
    );
  it.each([
    ['The fire killed 40 people, of whom 25 were women and 9 were children.', 'killed children 9'],
    [
      'Police detained 60 people, of whom 12 were students and 5 were journalists.',
      'detained journalists 5',
    ],
    [
      'At least 30 people were injured, of whom 20 were protesters and 10 were police officers.',
      'injured law_enforcement 10',
    ],
    [
      'The blast killed 18, of which 11 were soldiers, 4 were police officers and 3 were civilians.',
      'killed civilians 3',
    ],
  ])('%s', (text, claim) => expect(parts(text)).toContain(claim));

  it('leaves two figures of two quantities alone', () => {
    expect(parts('Police said 12 were arrested and 4 were injured.')).toEqual([
      'detained people 12',
      'injured people 4',
    ]);
  });
});

describe('a bracketed figure after a place in a list is no list item without a figure before it', () => {
  it.each([
    ['He was born in Lyon (1952) and moved to Geneva (1970).', []],
    ['The mayor of Nantes (pop. 300,000) spoke on Sunday.', []],
  ])('%s', (text, claims) => expect(read(text)).toEqual(claims));
});

describe('"another N" opening a sentence after counts of other quantities is a group of its own', () => {
  const brief = (text: string) =>
    extractClaims(text, { publishedAt: '2024-08-01' }).map((c) => `${c.metric} ${c.value}`);
  it.each([
    [
      'Officials said 93 bodies had been recovered. Another 128 people had been hospitalised.',
      'injured 128',
    ],
    ['The storm killed 12 people. Another 40 were injured, officials said.', 'injured 40'],
    ['Police said 20 protesters were injured. A further 35 were arrested.', 'detained 35'],
    [
      'At least 50 people died in the floods. An additional 2,000 were evacuated from their homes.',
      'displaced 2000',
    ],
  ])('%s', (text, claim) => expect(brief(text)).toContain(claim));

  it.each([
    [
      'Police arrested 20 protesters on Monday. Another 35 were arrested on Tuesday.',
      ['detained 20'],
    ],
    [
      'The storm killed 12 people. Another 40 were injured. A further 5 were killed overnight.',
      ['killed 12', 'injured 40'],
    ],
    ['128 are missing. Rescuers found four more bodies.', ['missing 128']],
  ])('keeps a change of a count given before a change: %s', (text, claims) =>
    expect(brief(text)).toEqual(claims),
  );
});

describe('people who joined a search are responders, people who joined a march a crowd', () => {
  it.each([
    ['Thousands joined the march on Saturday.', 'participants'],
    ['About 200 people joined the protest.', 'participants'],
    ['Some 90 people joined the search and rescue operation overnight.', 'deployed'],
  ])('%s', (text, metric) => expect(read(text).map(([m]) => m)).toEqual([metric]));
});

describe('a vague amount a crowd is counted by is a figure', () => {
  it.each([
    ['Police faced a crowd of thousands outside the court.', 1000],
    ['Organisers staged a rally of hundreds in the square.', 100],
    ['The vigil was attended by thousands on Sunday.', 1000],
    ['Crowds of thousands lined the route.', 1000],
  ])('%s', (text, value) => {
    expect(read(text).map(([m, v]) => [m, v])).toEqual([['participants', value]]);
  });

  it('leaves a vague amount of money alone', () => {
    expect(read('The repairs cost thousands.')).toEqual([]);
  });
});

describe("a place a later sentence names is that sentence's, not the figure's before it", () => {
  const placed = (country: string, text: string) =>
    extractClaims(text, { publishedAt: '2024-08-01', defaultCountry: country }).map(
      (c) => `${c.metric} ${c.value} ${c.location}`,
    );
  it.each([
    [
      'Nepal',
      'The quake shook Nepal on Saturday, from Kathmandu to Pokhara.\n\nAt least 1,900 people were injured. Rescue teams later reached villages in Dolakha.',
      'injured 1900 Nepal',
    ],
    [
      'Myanmar',
      'Protests spread across Myanmar, from Yangon to Mandalay.\n\nMore than 100 people were detained. Protests went on into the night in Mandalay.',
      'detained 100 Myanmar',
    ],
    [
      'France',
      'Strikes hit France again, from Paris to Marseille.\n\nAbout 80 people were arrested. Clashes broke out later in Lyon.',
      'detained 80 France',
    ],
    [
      'Morocco',
      'The quake was felt across Morocco, from Rabat to Agadir.\n\nSome 2,400 people had been injured. Aid convoys gathered in Marrakesh.',
      'injured 2400 Morocco',
    ],
  ])('%s: %s', (country, text, claim) => expect(placed(country, text)).toEqual([claim]));

  it('keeps a place named before the figure', () => {
    expect(
      placed(
        'Nepal',
        'The quake shook Nepal on Saturday, from Kathmandu to Pokhara.\n\nFloods struck homes in Dolakha. At least 40 people were injured.',
      ),
    ).toEqual(['injured 40 Dolakha']);
  });
});

describe('an audience counted is a crowd in any text, not a toll', () => {
  it.each([
    ['There were 300 passengers on board.', []],
    ['There were 120 pilgrims among the dead.', [['killed', 120, 'exact', []]]],
    ['There were 40 fans at the bar.', []],
  ])('%s', (text, claims) => expect(read(text)).toEqual(claims));
});

describe('a comparison with earlier counts names no source', () => {
  it.each([
    ['Some 300 people were injured, below the levels reported in January.', 'injured 300 '],
    ['About 40 people were arrested, fewer than the numbers recorded on Tuesday.', 'detained 40 '],
    ['Nearly 500 were displaced, higher than the figures announced at noon.', 'displaced 500 '],
    ['Some 70 people were detained, above the totals reported for March.', 'detained 70 '],
  ])('%s', (text, claim) => expect(sources(text)).toEqual([claim]));

  it('keeps a speaker', () =>
    expect(sources('Police said 12 people died.')).toEqual(['killed 12 Police']));
});

describe('an outlet named only by its owner keeps its kind', () => {
  it.each([
    ['State TV reported that 45 people died.', 'killed 45 State TV'],
    ['Local TV said 30 people were injured.', 'injured 30 Local TV'],
    ['Local newspapers said 8 people were missing.', 'missing 8 Local newspapers'],
    ['National TV reported that 20 people had died.', 'killed 20 National TV'],
  ])('%s', (text, claim) => expect(sources(text)).toEqual([claim]));

  it('drops the kind after a name', () =>
    expect(sources('Khabar-24 TV channel said 12 people died.')).toEqual(['killed 12 Khabar-24']));
});

describe('a count that lasts: still missing, remaining unaccounted for (issue 9)', () => {
  it('reads a vague amount before "still" or "remain"', () => {
    expect(
      read('The flooding has killed at least 60 people, with hundreds still missing.'),
    ).toEqual([
      ['killed', 60, 'at_least', []],
      ['missing', 100, 'vague', []],
    ]);
    expect(read('Scores remain unaccounted for after the ferry sank.')).toEqual([
      ['missing', 20, 'vague', []],
    ]);
    expect(read('Hundreds remain missing after the quake, officials said.')).toEqual([
      ['missing', 100, 'vague', ['officials']],
    ]);
    expect(read('Dozens were still missing on Tuesday as the search went on.')).toEqual([
      ['missing', 12, 'vague', []],
    ]);
    expect(read('Thousands remained in shelters on Monday.')).toEqual([
      ['displaced', 1000, 'vague', []],
    ]);
  });

  it('leaves a lasting state that is no quantity alone', () => {
    expect(read('Hundreds still had no power on Sunday.')).toEqual([]);
    expect(read('Thousands remain without water.')).toEqual([]);
  });

  it('reads the missing named before the displaced, not either state of other pairs', () => {
    expect(read('It added that "dozens of people are missing or displaced."')).toEqual([
      ['missing', 12, 'vague', []],
    ]);
    expect(read('About 30 people were missing or displaced, officials said.')).toEqual([
      ['missing', 30, 'approx', ['officials']],
    ]);
    expect(read('Some 40 people are displaced or missing.')).toEqual([]);
    expect(read('At least 30 residents are missing or trapped under the rubble.')).toEqual([]);
    expect(read('Police believe that around 80 people are dead or missing.')).toEqual([]);
  });
});

describe('survivors taken care of are no one taken (issue 9)', () => {
  it('reads "taken" as an abduction only', () => {
    expect(
      read('The 87 bodies were recovered and nine other survivors were taken care of.'),
    ).toEqual([['killed', 87, 'exact', []]]);
    expect(read('Gunmen stormed the village and 12 people were taken, residents said.')).toEqual([
      ['missing', 12, 'exact', ['residents']],
    ]);
  });
});

describe('a vague amount with a larger guess beside it keeps its verb (issue 9)', () => {
  it('reads the amount, not the guess', () => {
    expect(read('Sources indicated hundreds – if not thousands – may have been killed.')).toEqual([
      ['killed', 100, 'vague', []],
    ]);
    expect(read('Dozens, perhaps hundreds, were arrested overnight.')).toEqual([
      ['detained', 12, 'vague', []],
    ]);
    expect(read('Hundreds if not thousands were displaced by the floods.')).toEqual([
      ['displaced', 100, 'vague', []],
    ]);
    expect(read('Hundreds (possibly thousands) died in the camps.')).toEqual([
      ['killed', 100, 'vague', []],
    ]);
    expect(read('Officials fear scores, or even hundreds, are missing.')).toEqual([
      ['missing', 20, 'vague', ['Officials']],
    ]);
  });

  it('leaves a guess with no count alone', () => {
    expect(read('Hundreds, perhaps thousands, of homes were damaged.')).toEqual([]);
  });
});

describe('a source’s rival count given as a bare amount (issue 9)', () => {
  it('repeats the quantity for the rival source', () => {
    expect(
      read('The government says 12 people died, while the opposition claims hundreds.'),
    ).toEqual([
      ['killed', 12, 'exact', ['government']],
      ['killed', 100, 'vague', ['opposition']],
    ]);
    expect(
      read('Police said 300 people were detained, while activists claimed thousands.'),
    ).toEqual([
      ['detained', 300, 'exact', ['Police']],
      ['detained', 1000, 'vague', ['activists']],
    ]);
    expect(
      read(
        'Chadema claims over 1,000 people were killed, while the Catholic Church suggests hundreds, and the commission claims as many as 3,000.',
      ),
    ).toEqual([
      ['killed', 1000, 'more_than', ['Chadema']],
      ['killed', 100, 'vague', ['Catholic Church']],
      ['killed', 3000, 'at_most', ['commission']],
    ]);
    expect(read('The army said 40 soldiers were wounded, whereas medics counted dozens.')).toEqual([
      ['injured', 40, 'exact', ['army']],
      ['injured', 12, 'vague', ['medics']],
    ]);
  });

  it('leaves a bare amount with no count before it alone', () => {
    expect(read('He said hundreds, and then left.')).toEqual([]);
    expect(read('Floods killed 12 people, and officials said 40 were injured.')).toEqual([
      ['killed', 12, 'exact', []],
      ['injured', 40, 'exact', ['officials']],
    ]);
  });

  it('reads a toll named as the figure for deaths', () => {
    expect(read('The figure for deaths in the city is around 350, the party said.')).toEqual([
      ['killed', 350, 'approx', ['party']],
    ]);
    expect(read('The count of the dead stood at 41.')).toEqual([['killed', 41, 'exact', []]]);
  });
});

describe('a force in place that others are sent to reinforce (issue 9)', () => {
  it('is deployed, of the kind sent to join it', () => {
    expect(
      read(
        'The army sent 300 more soldiers to reinforce the 1,200 already deployed in the region.',
      ),
    ).toEqual([['deployed', 1200, 'exact', []]]);
    // officers drafted in are deployed, as firefighters sent to reinforce are (below)
    expect(
      read('Police drafted in 200 officers to bolster the 800 already on the ground.'),
    ).toEqual([
      ['deployed', 200, 'exact', []],
      ['deployed', 800, 'exact', []],
    ]);
    expect(
      read('An extra 500 troops will join the 2,000 already stationed in the province.'),
    ).toEqual([['deployed', 2000, 'exact', []]]);
    expect(
      read('The ministry sent 40 firefighters to reinforce the 60 already at the scene.'),
    ).toEqual([
      // the sender counts whom it sends (ownSource)
      ['deployed', 40, 'exact', ['ministry']],
      ['deployed', 60, 'exact', []],
    ]);
    expect(
      read(
        'Retailleau will travel with 160 soldiers and firefighters to reinforce the 110 already deployed.',
      ),
    ).toEqual([['deployed', 110, 'exact', []]]);
  });

  it('leaves people in place who are no force alone', () => {
    expect(read('Volunteers came to reinforce the 300 already there.')).toEqual([]);
    expect(read('Residents rushed to join the 50 already in the queue.')).toEqual([]);
  });
});

describe('the dead are never the forces sent (issue 9)', () => {
  const who = (text: string) =>
    extractClaims(text, { publishedAt: '2024-08-01' }).map((c) => `${c.metric} ${c.subject}`);
  it('gives a bare casualty figure after a deployment no force subject', () => {
    expect(
      who(
        'Spain has sent 10,000 soldiers and police to Valencia, where flooding has left hundreds dead.',
      ),
    ).toEqual(['deployed military', 'killed people']);
    expect(
      who(
        'The country deployed 5,000 police to the capital, where the clashes have left dozens dead.',
      ),
    ).toEqual(['deployed law_enforcement', 'killed people']);
    expect(who('12 soldiers were killed and 30 wounded.')).toEqual([
      'killed military',
      'injured military',
    ]);
  });
});

describe('a long subject before its verb (issue 9)', () => {
  it('reads past a relative clause on the noun', () => {
    expect(
      read('Authorities said 11 fishermen who had gone out to sea earlier this week were missing.'),
    ).toEqual([['missing', 11, 'exact', ['Authorities']]]);
    expect(read('Four climbers who had set off for the summit on Sunday are missing.')).toEqual([
      ['missing', 4, 'exact', []],
    ]);
    expect(
      read('Two workers who had been repairing the roof of the old mill were killed.'),
    ).toEqual([['killed', 2, 'exact', []]]);
  });

  it('reads a toll whose noun is a long phrase', () => {
    expect(
      read(
        'The number of people known to have been killed in the raid on Tuesday has risen to 132.',
      ),
    ).toEqual([['killed', 132, 'exact', []]]);
    expect(read('The number of people believed to have died in the fire has risen to 72.')).toEqual(
      [['killed', 72, 'exact', []]],
    );
  });
});

describe('a figure for an imagined worst case is no count (issue 9)', () => {
  it('leaves the event’s own figures beside the words “worst case” alone', () => {
    expect(read('The worst case was in Paiporta, where 45 people died.')).toEqual([
      ['killed', 45, 'exact', []],
    ]);
    expect(
      read(
        'Floods killed 40 people, officials said, warning that in the worst case the toll could double.',
      ),
    ).toEqual([['killed', 40, 'exact', ['officials']]]);
    expect(read('Officials said 12 people died in the worst-hit village.')).toEqual([
      ['killed', 12, 'exact', ['Officials']],
    ]);
  });
});
