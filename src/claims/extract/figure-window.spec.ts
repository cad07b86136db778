import { extractClaims } from './extract-claims';

const read = (text: string) =>
  extractClaims(text, { publishedAt: '2024-08-01' }).map(
    (c) => `${c.metric} ${c.subject} ${c.value}`,
  );

describe('a group named beside a figure cuts it from no verb', () => {
  it.each([
    [
      'A total of 1,174 personnel from various forces, along with 913 volunteers and local residents, participated in the search operation.',
      ['deployed other 1174', 'deployed other 913'],
    ],
    [
      'Some 1,174 soldiers, along with 913 volunteers, took part in the search.',
      ['deployed military 1174', 'deployed other 913'],
    ],
    [
      'Around 300 police officers, together with 40 firefighters, were deployed to the scene.',
      ['deployed law_enforcement 300', 'deployed other 40'],
    ],
    [
      'Four people, as well as two police officers, were killed.',
      ['killed people 4', 'killed law_enforcement 2'],
    ],
  ])('%s', (text, claims) => {
    expect(read(text)).toEqual(claims);
  });

  it('reads an aside without a figure as before', () => {
    expect(read('Police arrested 12 men, along with their leader, on Friday.')).toEqual([
      'detained people 12',
    ]);
  });
});
