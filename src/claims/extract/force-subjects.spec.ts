import { extractArticle } from '../../pipeline/extract-article';
import { extractClaims } from './extract-claims';

const subjects = (text: string) =>
  extractClaims(text, { publishedAt: '2025-10-29' }).map(
    (c) => `${c.metric} ${c.subject} ${c.value}`,
  );

describe('who a police or army raid counts', () => {
  it.each([
    [
      'State authorities reported 115 suspected criminals and four police officers killed.',
      ['killed other 115', 'killed law_enforcement 4'],
    ],
    ['Police said 60 suspected gang members were killed in the raid.', ['killed other 60']],
    [
      'At least 20 drug traffickers were killed in the operation, police said.',
      ['killed other 20'],
    ],
    ['Troops killed 12 cartel members in a shootout, the army said.', ['killed other 12']],
    ['The raid left 30 gangsters dead, officials said.', ['killed other 30']],
  ])('gang members and criminals are `other`: %s', (text, expected) =>
    expect(subjects(text)).toEqual(expected),
  );

  it.each([
    [
      'Police mobilized about 2,500 civil and military police officers.',
      ['deployed law_enforcement 2500'],
    ],
    [
      'Officials said 300 military police were deployed to the city.',
      ['deployed law_enforcement 300'],
    ],
    [
      'Some 1,200 military policemen were sent to the favelas, the state said.',
      ['deployed law_enforcement 1200'],
    ],
    [
      'The state deployed 2,000 military police officers on Tuesday.',
      ['deployed law_enforcement 2000'],
    ],
  ])('military police are police: %s', (text, expected) =>
    expect(subjects(text)).toEqual(expected),
  );

  it.each([
    ['Death toll of police raid in Rio doubles to 132, state watchdog says', ['killed people 132']],
    ['The toll of the army operation rose to 40, officials said.', ['killed people 40']],
    ['Toll of Rio police operation rises to 121', ['killed people 121']],
    ['The death toll of the police crackdown reached 80, the group said.', ['killed people 80']],
  ])('the toll of a raid is not the raiders’: %s', (text, expected) =>
    expect(subjects(text)).toEqual(expected),
  );

  it.each([
    ['The death toll of police officers rose to 12.', ['killed law_enforcement 12']],
    ['The death toll among police rose to 12.', ['killed law_enforcement 12']],
    ['The police death toll rose to 12.', ['killed law_enforcement 12']],
    ['Police deaths rose to 12, the ministry said.', ['killed law_enforcement 12']],
  ])('the toll of the police themselves stays theirs: %s', (text, expected) =>
    expect(subjects(text)).toEqual(expected),
  );
});

// whole articles: the dateline and the text's country come from the parser
const places = (text: string) =>
  extractArticle({ format: 'text', content: text, publishedAt: '2025-10-29' }).claims.map(
    (c) => `${c.value} ${c.location}`,
  );

describe('where a raid’s dead are counted', () => {
  it.each([
    [
      'More than 60 bodies were laid out in a square in the Penha favela in Rio de Janeiro.',
      ['60 Rio de Janeiro'],
    ],
    [
      'At least 12 people were killed when fire swept through the Kibera slum in Nairobi.',
      ['12 Nairobi'],
    ],
    [
      'Police said 8 people were shot dead in the Maré favela in Rio de Janeiro.',
      ['8 Rio de Janeiro'],
    ],
    ['Twenty people died in a fire in the Korail slum in Dhaka, officials said.', ['20 Dhaka']],
  ])('a favela or slum is its town’s: %s', (text, expected) =>
    expect(places(text)).toEqual(expected),
  );
});

describe('protesters something befell after the protest are no crowd', () => {
  it.each([
    'Twenty-eight protesters have been referred to the prosecutor, police said.',
    'Police said 28 protesters were charged with vandalism.',
    'About 40 protesters were released on bail on Friday.',
    '27 protesters at the toll gate plaza in Lagos, are now receiving treatment at hospitals, the governor said.',
    'Some 15 demonstrators remain in custody, their lawyers said.',
  ])('%s', (text) =>
    expect(subjects(text).filter((s) => s.startsWith('participants'))).toEqual([]),
  );

  it.each([
    [
      'Some 5,000 protesters gathered outside parliament, charging the police lines.',
      'participants protesters 5000',
    ],
    [
      'Thousands of protesters filled the square while 40 were later charged.',
      'participants protesters 1000',
    ],
    ['About 2,000 demonstrators outside the court, police said.', 'participants protesters 2000'],
  ])('a crowd stays a crowd: %s', (text, claim) => expect(subjects(text)).toContain(claim));
});

describe('a speaker whose speech verb comes before the counting verb', () => {
  const sources = (text: string) =>
    extractClaims(text, { publishedAt: '2025-10-29' }).map(
      (c) => `${c.metric} ${c.value} ${c.attribution.join(' / ')}`,
    );
  it.each([
    ['The office said it had recorded 132 deaths.', 'killed 132 office'],
    [
      'The public defender’s office said Wednesday morning it had counted 132 bodies.',
      'killed 132 public defender’s office',
    ],
    ['Police said they had arrested 81 people.', 'detained 81 Police'],
    ['The ministry said on Tuesday that it had registered 45 deaths.', 'killed 45 ministry'],
    ['The governor told reporters he had counted 58 dead.', 'killed 58 governor'],
  ])('%s', (text, claim) => expect(sources(text)).toEqual([claim]));
});
