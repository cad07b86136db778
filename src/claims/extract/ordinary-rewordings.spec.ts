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
});
