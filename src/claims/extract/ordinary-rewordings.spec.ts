import { extractClaims } from './extract-claims';

/** Each claim as "metric subject value qualifier": what a reviewer compares. */
const read = (text: string) =>
  extractClaims(text, { publishedAt: '2026-02-16' }).map(
    (c) => `${c.metric} ${c.subject} ${c.value} ${c.qualifier}`,
  );

describe('ordinary rewordings of one fact (issue 9, probe set 7)', () => {
  it.each([
    ['About 2,000 people are staying in evacuation centres after the floods.', 'approx'],
    ['Some 2,000 villagers were sheltering in schools and mosques.', 'approx'],
    ['2,000 people are living in relief camps, officials said.', 'exact'],
    ['2,000 people were moved to flood shelters.', 'exact'],
    ['Firefighters moved 2,000 people to safety.', 'exact'],
    ['Soldiers moved 2,000 villagers to higher ground.', 'exact'],
  ])('people sheltering away from home are displaced: %s', (text, qualifier) => {
    expect(read(text)).toEqual([`displaced people 2000 ${qualifier}`]);
  });

  it.each([
    'Later, 6,000 survivors walked for hours, seeking safety.',
    'He joined 6,000 other survivors who walked for hours, seeking safety.',
    '6,000 residents sought safety in the hills.',
    '6,000 villagers took refuge in a church.',
  ])('people seeking safety are displaced: %s', (text) => {
    expect(read(text)).toEqual(['displaced people 6000 exact']);
  });

  it('counts no one missing in an inference drawn from a figure', () => {
    expect(
      read('Survivors said some 140 to 150 were on board - suggesting that some were missing.'),
    ).toEqual([]);
    expect(read('Officials said 12 people were killed, suggesting the toll could rise.')).toEqual([
      'killed people 12 exact',
    ]);
  });

  it('counts no one sheltering in place, and moves no people with their cars', () => {
    expect(read('About 300 residents were sheltering in place during the gas leak.')).toEqual([]);
    expect(read('The company moved 200 cars to safety.')).toEqual([]);
  });

  it.each([
    'The number of people forced to flee the fighting has risen to 9,000.',
    'The number of displaced reached 9,000 on Monday.',
    'The number of evacuees stood at 9,000.',
    'The number of residents who fled the floods climbed to 9,000.',
  ])('a count of the displaced named, then its figure: %s', (text) => {
    expect(read(text)).toEqual(['displaced people 9000 exact']);
  });

  it.each([
    ['45 people protesting against fuel prices were arrested.', 'detained'],
    ['45 people marching to the palace were killed.', 'killed'],
    ['Police: 45 protesters held after clashes in Nairobi', 'detained'],
    ['45 activists held over anti-government rally', 'detained'],
  ])('a crowd named by its march is counted by what befell it: %s', (text, metric) => {
    expect(read(text)).toEqual([`${metric} protesters 45 exact`]);
  });

  it('keeps a crowd that held a vigil a crowd', () => {
    expect(read('Thousands of protesters held a vigil.')).toEqual([
      'participants protesters 1000 vague',
    ]);
  });

  it.each([
    '20,000 march in Paris against pension reform',
    '20,000 rally in Paris over pension reform',
    '20,000 protest in Paris against pension reform',
    '20,000 demonstrate in Paris against pension reform',
  ])('a headline’s bare figure with a crowd’s verb is the crowd: %s', (text) => {
    expect(read(text)).toEqual(['participants protesters 20000 exact']);
  });

  it.each([
    ['Some 1,500 members of the defence force will patrol the border.', 'military', 'approx'],
    ['About 1,500 troops will patrol the capital.', 'military', 'approx'],
    ['The operation involves 1,500 police officers.', 'law_enforcement', 'exact'],
    ['The security operation in Munich involves 1,500 police.', 'law_enforcement', 'exact'],
  ])('a force set to a task is deployed: %s', (text, subject, qualifier) => {
    expect(read(text)).toEqual([`deployed ${subject} 1500 ${qualifier}`]);
  });

  it('reads troops massed on a border, and no force in a crash that involved buses', () => {
    expect(read('Tens of thousands of troops have been massed on the border.')).toEqual([
      'deployed military 10000 vague',
    ]);
    expect(read('The crash involved 3 buses.')).toEqual([]);
  });

  it.each([
    'Rescuers have yet to find 12 fishermen.',
    'Divers were unable to locate 12 passengers.',
    'Search teams have not found 12 villagers.',
    'Police have not yet traced 12 people.',
  ])('people not yet found are missing: %s', (text) => {
    expect(read(text)).toEqual(['missing people 12 exact']);
  });

  it('still reads a denied count as none', () => {
    expect(read('Police have not detained 12 journalists.')).toEqual([]);
  });

  it.each([
    '15 people needed medical help after the blast.',
    '15 residents received medical attention.',
    '15 people required hospital treatment.',
    '15 fans sought medical assistance.',
  ])('people who needed care are injured: %s', (text) => {
    expect(read(text)).toEqual(['injured people 15 exact']);
  });

  it.each([
    '15 people were transported to a hospital by helicopter.',
    'Twelve survivors were transferred to hospital.',
    '15 people were taken to hospital.',
    '15 residents were rushed to the hospital.',
  ])('people carried to hospital are injured: %s', (text) => {
    expect(read(text)[0]).toMatch(/^injured \w+ (?:15|12) exact$/);
  });

  it('reads smugglers and traffickers held as people, drug traffickers as a gang’s', () => {
    expect(read('Police arrest three alleged traffickers.')).toEqual(['detained people 3 exact']);
    expect(read('Police said 20 drug traffickers were killed.')).toEqual(['killed other 20 exact']);
  });

  it('counts no injured in help that is not medical', () => {
    expect(read('300 people needed help with food.')).toEqual([]);
  });

  it('reads who was struck from nouns of people at a place and of non-combatants', () => {
    expect(read('14 non-combatants died in the shelling.')).toEqual(['killed civilians 14 exact']);
    expect(read('37 diners and staff were hurt.')).toEqual(['injured people 37 exact']);
    expect(read('37 shoppers were hurt.')).toEqual(['injured people 37 exact']);
  });

  it('reads a casualty figure as the dead, as a casualty toll is', () => {
    expect(read('The casualty figure is about 40, police said.')).toEqual([
      'killed people 40 approx',
    ]);
    expect(read('Officials put the casualty figure at 40.')).toEqual(['killed people 40 exact']);
  });

  it.each([
    'Doctors estimated the total number of people injured in the protests at 84.',
    'The number of those wounded stood at 84.',
    'The number of people hurt rose to 84.',
    'The number of injured reached 84.',
  ])('a count of the injured named, then its figure: %s', (text) => {
    expect(read(text)).toEqual(['injured people 84 exact']);
  });

  it('reads murders as the dead and the captured as held', () => {
    expect(read('The crackdown resulted in six murders, the NGO said.')).toEqual([
      'killed people 6 exact',
    ]);
    expect(read('There are now 2,229 terrorists captured, the president said.')).toEqual([
      'detained protesters 2229 exact',
    ]);
  });

  it('reads a day of the month in brackets after its weekday as a date', () => {
    expect(read('On Tuesday (30), he also reported the death of a sergeant.')).toEqual([]);
  });

  it('reads an added count of another quantity as a count, and more of the same as a change', () => {
    expect(
      read(
        '85 people were killed in the attack. Officials said 66 additional people were injured.',
      ),
    ).toEqual(['killed people 85 exact', 'injured people 66 exact']);
    expect(read('85 people were killed. Another 66 were injured.')).toEqual([
      'killed people 85 exact',
      'injured people 66 exact',
    ]);
    expect(read('The toll rose to 85 on Monday. 12 more bodies were found on Tuesday.')).toEqual([
      'killed people 85 exact',
    ]);
    expect(read('Rescuers found 12 bodies. An additional 5 bodies were recovered later.')).toEqual([
      'killed people 12 exact',
    ]);
  });
});

/** Each claim as "metric value qualifier [low, high]": the interval a reviewer compares. */
const bounds = (text: string) =>
  extractClaims(text, { publishedAt: '2026-02-16' }).map(
    (c) => `${c.metric} ${c.value} ${c.qualifier} [${c.low}, ${c.high}]`,
  );

describe('bounds said by a verb or once for a list (issue 9)', () => {
  it.each([
    'Quake toll nears 2,500',
    'The death toll neared 2,500 on Sunday.',
    'Fatalities are nearing 2,500, officials said.',
    'The toll is nearing 2,500.',
  ])('a count nearing a figure is nearly that figure: %s', (text) => {
    expect(bounds(text)).toEqual(['killed 2500 approx [2250, 2500]']);
  });

  it.each([
    ['At least 59 police officers and 47 soldiers were injured.', 'at_least', 'null'],
    ['More than 59 police officers and 47 soldiers were injured.', 'more_than', 'null'],
    ['About 59 police officers and 47 soldiers were injured.', 'approx', '52'],
  ])('a bound opening a list sharing one verb bounds each figure: %s', (text, q, high) => {
    expect(bounds(text)[1]).toBe(`injured 47 ${q} [${q === 'approx' ? 42 : 47}, ${high}]`);
  });

  it('leaves a figure with a verb of its own unbounded', () => {
    expect(bounds('At least 59 police officers were injured and 47 soldiers died.')).toEqual([
      'injured 59 at_least [59, null]',
      'killed 47 exact [47, 47]',
    ]);
    expect(bounds('About 75 migrants were rescued and 40 remain missing.')).toContain(
      'missing 40 exact [40, 40]',
    );
  });
});

/** Each claim as "metric subject value", with "earlier" where the text names it a figure before. */
const readEarlier = (text: string) =>
  extractClaims(text, { publishedAt: '2026-02-16' }).map(
    (c) => `${c.metric} ${c.subject} ${c.value}${c.earlier ? ' earlier' : ''}`,
  );

describe('earlier figures named as such, and words that only look so (issue 9)', () => {
  it.each([
    'First responders said 12 people were killed in the blast.',
    'First responders pulled 12 bodies from the rubble.',
    'Firefighters and first responders found 12 people dead.',
    'The first responders said 12 people were killed.',
  ])('first responders are no earlier report: %s', (text) => {
    expect(readEarlier(text)).toEqual(['killed people 12']);
  });

  it('keeps an earlier report, an earlier toll and an initial statement earlier', () => {
    expect(readEarlier('The toll, first put at 30, rose to 48.')).toEqual([
      'killed people 30 earlier',
      'killed people 48',
    ]);
    expect(readEarlier('Officials initially said that 30 people died.')).toEqual([
      'killed people 30 earlier',
    ]);
  });

  it('reads a speaker who spoke earlier as giving a count of the day', () => {
    expect(
      readEarlier('The police spokesman earlier confirmed that about 55 people were hurt.'),
    ).toEqual(['injured people 55']);
  });

  it.each([
    'The number of injured is 55 as against the 50 earlier confirmed, he said.',
    'The number of injured is 55, compared with 50 reported earlier.',
    'The number of injured is 55 against the 50 given earlier.',
    'The number of injured is 55 compared to 50 previously reported.',
  ])('a count set against the earlier one keeps both, the earlier marked: %s', (text) => {
    expect(readEarlier(text)).toEqual(['injured people 55', 'injured people 50 earlier']);
  });

  it('counts a tally of victims as the dead', () => {
    expect(readEarlier('So far there are 59 confirmed victims, the prefect said.')).toEqual([
      'killed people 59',
    ]);
    expect(readEarlier('There are 200 victims of the scam, police said.')).toEqual([]);
  });
});
