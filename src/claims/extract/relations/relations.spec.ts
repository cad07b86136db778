import { extractClaims } from '../extract-claims';

const brief = (text: string) =>
  extractClaims(text, { publishedAt: '2024-05-06' }).map(
    (c) => `${c.metric} ${c.subject} ${c.value}${c.earlier ? ' earlier' : ''}`,
  );

describe('earlier figures: the current count is the claim, the earlier one is marked', () => {
  it.each([
    [
      'The death toll, initially put at 30, rose to 48.',
      ['killed people 30 earlier', 'killed people 48'],
    ],
    [
      'The toll, originally given as 30, has since climbed to 48.',
      ['killed people 30 earlier', 'killed people 48'],
    ],
    [
      'The number of missing, first put at 30, rose to 48.',
      ['missing people 30 earlier', 'missing people 48'],
    ],
    [
      'The toll climbed to 2,122, up from 1,037 on Saturday.',
      ['killed people 2122', 'killed people 1037 earlier'],
    ],
    [
      'Officials revised the toll to 125, down from the 174 given earlier.',
      ['killed people 125', 'killed people 174 earlier'],
    ],
    ['At least 48 people were killed in the floods.', ['killed people 48']],
  ])('%s', (text, want) => expect(brief(text)).toEqual(want));
});

describe('a subject read from the word that qualifies the toll', () => {
  it.each([
    ['The civilian death toll rose to 27.', ['killed civilians 27']],
    ['The police death toll rose to 12.', ['killed law_enforcement 12']],
    ['The child death toll from the strike rose to nine.', ['killed children 9']],
    [
      'The protest death toll has risen to 22, Amnesty International said.',
      ['killed protesters 22'],
    ],
    ['The death toll rose to 27.', ['killed people 27']],
  ])('%s', (text, want) => expect(brief(text)).toEqual(want));
});
