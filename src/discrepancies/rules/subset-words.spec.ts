import { SUBSET_WORDINGS, saysSubset } from './subset-words';

describe('saysSubset: a figure of people worded as some of a larger group', () => {
  it.each([
    ['massacre', '10 women and three infants were among those killed', 'killed'],
    ['air crash', 'Among the deceased were 241 passengers and crew', 'killed'],
    ['hotel fire', 'two firefighters were also among the injured, the brigade said', 'injured'],
    ['ferry', 'Among those missing are 14 crew members', 'missing'],
    ['bombing', 'six tourists are among the dead, the embassy confirmed', 'killed'],
    ['protests', 'Two of the killed', 'killed'],
    ['shipwreck', '80 Afghan citizens, including children, had died', 'killed'],
    ['pilgrimage', '68 Indian nationals died', 'killed'],
    ['factory fire', 'six suffered minor injuries', 'injured'],
    ['shooting', 'Ten people are seriously injured', 'injured'],
    ['collapse', 'three were in critical condition', 'injured'],
  ] as const)('%s: %s', (_event, quote, metric) => {
    expect(saysSubset(quote, 'people', metric)).toBe(true);
  });

  it.each(SUBSET_WORDINGS.flatMap((w) => w.examples.map((e) => [w.name, e] as const)))(
    'rule %s: its example "%s" reads as a subset',
    (_name, example) => {
      expect(saysSubset(example, 'people', 'injured')).toBe(true);
    },
  );

  it.each([
    ['a named subject’s whole count', '19 police officers were among the dead', 'law_enforcement'],
    ['a total naming its members', 'at least 70 people, among them 10 women', 'people'],
    ['a plain total', 'At least 250 people were killed in the attack', 'people'],
    [
      'the deadliest among attacks',
      'the deadliest among the attacks this year killed 40',
      'people',
    ],
    ['citizens without a nationality', 'At least 85 citizens attending a festival died', 'people'],
    ['a count of the dead', 'the number of the dead rose to 30', 'people'],
    ['a boat of one nationality', '78 Afghan migrants drowned when the boat sank', 'people'],
  ] as const)('not a subset: %s', (_name, quote, subject) => {
    expect(saysSubset(quote, subject, 'killed')).toBe(false);
  });

  it.each([
    [
      'protest shootings',
      '30 were being treated',
      'the Kenya Medical Association said at least 23 people had been killed and 30 were being treated for gunshot wounds',
    ],
    ['market fire', '12 were treated', '12 were treated for burns at the district hospital'],
  ] as const)('a cause of injury in the quote’s clause: %s', (_event, quote, clause) => {
    expect(saysSubset(quote, 'people', 'injured', clause)).toBe(true);
    expect(saysSubset(quote, 'people', 'injured')).toBe(false);
  });

  it('a cause of injury in the clause narrows the injured only, and not a total before it', () => {
    const clause = 'police shot dead 12 people and injured 40 by gunshot';
    expect(saysSubset('12 people', 'people', 'killed', clause)).toBe(false);
    // the clause holds the figure's own words only: "most with gunshot injuries" after a comma is apart
    expect(
      saysSubset('160 patients received', 'people', 'injured', '160 patients received since 3pm'),
    ).toBe(false);
  });

  it('a degree of injury narrows the injured only, not the dead', () => {
    expect(saysSubset('two people were seriously injured', 'people', 'injured')).toBe(true);
    expect(saysSubset('the seriously injured man died: 12 dead', 'people', 'killed')).toBe(false);
  });
});
