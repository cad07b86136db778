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

describe('chooseStory by shared names (issue 10)', () => {
  const coup: StoryCandidate = {
    id: 'coup',
    mainCountry: 'Myanmar',
    firstDate: '2021-02-01',
    lastDate: '2021-02-23',
    terms: { yangon: 5, mandalay: 4, tatmadaw: 3, aapp: 3, suu: 2, kyi: 2, junta: 4 },
  };
  const quake: StoryCandidate = {
    id: 'quake',
    mainCountry: 'Myanmar',
    firstDate: '2021-03-20',
    lastDate: '2021-03-22',
    terms: { sagaing: 4, richter: 2, usgs: 3 },
  };
  const names = ['yangon', 'mandalay', 'junta', 'aapp', 'tatmadaw', 'bago'];

  it('joins a story weeks later when the article repeats its names', () => {
    expect(
      chooseStory([coup, quake], { mainCountry: 'Myanmar', date: '2021-04-10', terms: names })?.id,
    ).toBe('coup');
  });

  it('joins an undated article to the story of its country whose names it shares', () => {
    expect(
      chooseStory([coup, quake], { mainCountry: 'Myanmar', date: null, terms: names })?.id,
    ).toBe('coup');
    expect(
      chooseStory([coup, quake], { mainCountry: 'Myanmar', date: null, terms: ['naypyidaw'] }),
    ).toBeNull();
  });

  it('joins an article without a country by its names alone, and only then', () => {
    expect(chooseStory([coup, quake], { mainCountry: null, date: null, terms: names })?.id).toBe(
      'coup',
    );
    expect(
      chooseStory([coup, quake], { mainCountry: null, date: null, terms: ['paris'] }),
    ).toBeNull();
  });
});

describe('chooseStory: names every candidate shares tell nothing', () => {
  const story = (id: string, terms: string[]): StoryCandidate => ({
    id,
    mainCountry: 'Saudi Arabia',
    firstDate: null,
    lastDate: null,
    terms: Object.fromEntries(terms.map((t) => [t, 2])),
  });
  const stampede = story('stampede', ['hajj', 'mecca', 'mina', 'saudi', 'iran', 'jamarat']);
  const heat = story('heat', ['hajj', 'mecca', 'saudi', 'jordan', 'tunisia', 'egypt']);

  it('tells two pilgrimages apart by the names only one of them uses', () => {
    const terms = ['hajj', 'mecca', 'saudi', 'jordan', 'tunisia', 'egypt'];
    expect(
      chooseStory([stampede, heat], { mainCountry: 'Saudi Arabia', date: null, terms })?.id,
    ).toBe('heat');
    expect(
      chooseStory([stampede, heat], {
        mainCountry: 'Saudi Arabia',
        date: null,
        terms: ['hajj', 'mecca', 'saudi'],
      }),
    ).toBeNull();
  });
});
