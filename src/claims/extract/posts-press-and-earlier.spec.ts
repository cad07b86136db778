import { extractClaims } from './extract-claims';

const read = (text: string) =>
  extractClaims(text, { publishedAt: '2025-10-29' }).map(
    (c) => `${c.metric} ${c.subject} ${c.value}${c.earlier ? ' earlier' : ''}`,
  );

describe('a force counted at its post is deployed', () => {
  it.each([
    [
      'The Metropolitan Police said 1,200 officers would be on duty for the march.',
      'deployed law_enforcement 1200',
    ],
    [
      'In London, 1,200 officers were on the streets on Saturday, police said.',
      'deployed law_enforcement 1200',
    ],
    [
      'Some 3,000 troops will be on standby in the capital, the ministry said.',
      'deployed military 3000',
    ],
    [
      'About 800 police officers were on duty at the stadium, officials said.',
      'deployed law_enforcement 800',
    ],
  ])('%s', (text, claim) => expect(read(text)).toEqual([claim]));

  it('a crowd on the streets is no deployment', () =>
    expect(read('Some 300 people were on the streets of the capital on Saturday.')).not.toContain(
      'deployed people 300',
    ));
});

describe('members of the press are journalists', () => {
  it.each([
    ['In Mexico, six members of the press have been killed this year.', 'killed journalists 6'],
    ['Five members of the press were held overnight, the group said.', 'detained journalists 5'],
    ['Police detained 12 members of the media covering the protest.', 'detained journalists 12'],
    ['Three members of the press were injured by rubber bullets.', 'injured journalists 3'],
  ])('%s', (text, claim) => expect(read(text)).toEqual([claim]));
});

describe('people ordered out of their homes are displaced', () => {
  it.each([
    'Some 8,500 residents were ordered out of their homes as the wildfire spread.',
    'About 8,500 people were told to leave their homes, the fire brigade said.',
    'Authorities said 8,500 people had been ordered out of their homes near the river.',
    '8,500 villagers were forced out of their homes by the floods.',
  ])('%s', (text) => expect(read(text)).toEqual(['displaced people 8500']));
});

describe('a count named as the one before is an earlier figure', () => {
  it.each([
    'Forty-eight people are now known to have died, the governor said, after an initial figure of 30.',
    'The toll stands at 48, up from an earlier toll of 30.',
    'Officials put the toll at 48; the previous count of 30 was revised after more bodies were found.',
    'The governor confirmed 48 deaths, replacing the original figure of 30.',
  ])('%s', (text) => expect(read(text)).toEqual(['killed people 48', 'killed people 30 earlier']));
});

describe('a force’s losses are its dead', () => {
  it.each([
    ['The army put its losses in the ambush at 12 soldiers.', 'killed military 12'],
    ['The ministry put its losses at 12 soldiers.', 'killed military 12'],
    [
      'The interior ministry said its losses stood at 12 police officers.',
      'killed law_enforcement 12',
    ],
    ['Kyiv put Russian losses at 500 troops on Tuesday.', 'killed military 500'],
  ])('%s', (text, claim) => expect(read(text)).toEqual([claim]));

  it('a company’s losses are no toll', () =>
    expect(read('The company put its losses at 12 million dollars.')).toEqual([]));
});
