import { statedDate } from './dates';

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
