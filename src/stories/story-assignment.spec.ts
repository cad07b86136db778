import { automaticStoryKey, chooseStory, type StoryCandidate } from './story-assignment';

const almaty: StoryCandidate = {
  id: 's1',
  mainCountry: 'Kazakhstan',
  firstDate: '2022-01-04',
  lastDate: '2022-01-07',
};
const seoul: StoryCandidate = {
  id: 's2',
  mainCountry: 'South Korea',
  firstDate: '2022-10-29',
  lastDate: '2022-10-31',
};

describe('chooseStory', () => {
  it('joins a story about the same country within ten days', () => {
    expect(
      chooseStory([almaty, seoul], { mainCountry: 'Kazakhstan', date: '2022-01-15' })?.id,
    ).toBe('s1');
  });

  it('keeps two events in one country months apart apart', () => {
    expect(chooseStory([almaty], { mainCountry: 'Kazakhstan', date: '2022-06-01' })).toBeNull();
  });

  it('keeps same-week events in different countries apart', () => {
    expect(chooseStory([almaty], { mainCountry: 'Uzbekistan', date: '2022-01-06' })).toBeNull();
  });

  it('starts a new story when the article has no main country', () => {
    expect(chooseStory([almaty], { mainCountry: null, date: '2022-01-06' })).toBeNull();
  });

  it('prefers the nearest story when two are in range', () => {
    const later: StoryCandidate = {
      id: 's3',
      mainCountry: 'Kazakhstan',
      firstDate: '2022-01-12',
      lastDate: '2022-01-13',
    };
    expect(
      chooseStory([almaty, later], { mainCountry: 'Kazakhstan', date: '2022-01-11' })?.id,
    ).toBe('s3');
  });
});

describe('automaticStoryKey', () => {
  it('reads as place and date, unique by the first article', () => {
    expect(
      automaticStoryKey(
        { mainCountry: 'Kazakhstan', date: '2022-01-06' },
        '41d81d3b-9d67-42db-9271-9e25d6bddc7a',
      ),
    ).toBe('kazakhstan-2022-01-06-41d81d3b');
    expect(automaticStoryKey({ mainCountry: 'Côte d’Ivoire', date: null }, 'abcdef12-0000')).toBe(
      'cote-d-ivoire-undated-abcdef12',
    );
    expect(automaticStoryKey({ mainCountry: null, date: '2023-02-06' }, '12345678-x')).toBe(
      'unplaced-2023-02-06-12345678',
    );
  });
});
