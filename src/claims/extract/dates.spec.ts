import { statedDate } from './dates';
import { DATE_RULES } from './date-rules';

describe('statedDate', () => {
  const monday = '2022-10-31T12:00:00Z';

  it.each([
    [
      'The toll from the collapse on Sunday evening has increased to 141 as of Monday morning.',
      '2022-10-31',
    ],
    [
      'As of Monday morning, the hospital had listed 99 dead after Sunday’s collapse.',
      '2022-10-31',
    ],
    ['The flood that struck on Saturday had killed 60 as at Monday, officials said.', '2022-10-31'],
    ['Since the blast on October 28, 43 have died, as of October 30.', '2022-10-30'],
  ])('takes the date the figure is given "as of": %s', (sentence, day) => {
    expect(statedDate(sentence, monday)).toBe(day);
  });

  it('takes the first date when none is given "as of"', () => {
    expect(statedDate('The bridge collapsed on Sunday, killing 35 people.', monday)).toBe(
      '2022-10-30',
    );
  });

  it('reads no weekday without the article’s date', () => {
    expect(statedDate('As of Monday, 141 had died.', null)).toBeNull();
  });
});

describe('dates that do not date the figure (date-rules)', () => {
  for (const rule of DATE_RULES) {
    it.each(rule.examples.map((e) => [e.text, e.ref, e.asOf] as const))(
      `${rule.name}: %s`,
      (text, ref, asOf) => {
        expect(statedDate(text, ref)).toBe(asOf);
      },
    );
  }
});

describe('a day written out after "yesterday" is the day meant', () => {
  it.each([
    'Police said 30 people were killed yesterday (Saturday, 7 December).',
    'The toll reached 30 yesterday, Saturday 7 December.',
    'Yesterday (Saturday 7 December) the group counted 103 dead.',
    'The ministry said yesterday (7 December) that 30 had died.',
  ])('%s', (text) => {
    // the article is dated two days later: "yesterday" alone would say 8 December
    expect(statedDate(text, '2024-12-09')).toBe('2024-12-07');
  });
});

describe('no date after the article’s own', () => {
  it.each([
    'Police killed 27 people in four days of demonstrations.',
    'In two weeks of protests, 40 people were arrested.',
    'Rescuers found 12 bodies in three days of searching.',
    'In the next 48 hours, 300 troops will be deployed.',
  ])('%s', (text) => {
    expect(statedDate(text, '2024-12-09')).toBeNull();
  });
});

describe('a period start that still dates the figure', () => {
  it.each([
    ['The toll has climbed since Monday, when an official put the figure at 4,310.', '2015-04-27'],
    ['Officials have not updated the figure of 2,000 since Sunday.', '2015-04-26'],
    ['No bodies have been found since Wednesday; 78 are confirmed dead.', '2015-04-29'],
    ['The toll rose to 385 after bodies were recovered from the river on Sunday.', '2015-04-26'],
  ])('%s', (text, asOf) => {
    expect(statedDate(text, '2015-04-30')).toBe(asOf);
  });
});
