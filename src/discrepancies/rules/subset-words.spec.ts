import { saysSubset } from './subset-words';

describe('saysSubset: a figure of people worded as some of a larger group', () => {
  it.each([
    ['massacre', '10 women and three infants were among those killed'],
    ['air crash', 'Among the deceased were 241 passengers and crew'],
    ['hotel fire', 'two firefighters were also among the injured, the brigade said'],
    ['ferry', 'Among those missing are 14 crew members'],
    ['bombing', 'six tourists are among the dead, the embassy confirmed'],
  ])('%s: %s', (_event, quote) => {
    expect(saysSubset(quote, 'people')).toBe(true);
  });

  it.each([
    ['a named subject’s whole count', '19 police officers were among the dead', 'law_enforcement'],
    ['a total naming its members', 'at least 70 people, among them 10 women', 'people'],
    ['a plain total', 'At least 250 people were killed in the attack', 'people'],
    [
      'the deadliest among attacks',
      'the deadliest among the attacks this year killed 40',
      'people',
    ],
  ] as const)('not a subset: %s', (_name, quote, subject) => {
    expect(saysSubset(quote, subject)).toBe(false);
  });
});
