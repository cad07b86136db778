import {
  automaticStoryKey,
  BONUS,
  chooseStory,
  joinScore,
  JOIN_SCORE,
  OTHER_COUNTRY,
  sharedNames,
  timeFits,
  type StoryCandidate,
  type TermRarity,
} from './story-assignment';
import { articleProfile, type ArticleProfile } from './story-profile';
import {
  MERGE_SCORE,
  mergeBar,
  sameEvent,
  storyOf,
  withArticle,
  withoutArticle,
} from './story-merging';

// Fixtures in the shape of real wire copy: two Hajj disasters (the Mina stampede of September
// 2015, the heatwave of June 2024) share a country, a city and most of their words; unrelated
// events of the same weeks share nothing but the casualty vocabulary.
const text = {
  stampede2015:
    'MECCA, Saudi Arabia - The death toll from a stampede in Mina during the hajj rose to 769, Health Minister ' +
    'Khaled al-Falih said. Pilgrims were crushed near the Jamarat Bridge where the faithful stone the devil. ' +
    'Iran said 136 of its pilgrims died in the stampede and blamed Saudi road closures. Survivors described a ' +
    'crush as two columns of pilgrims met.',
  stampede2015Again:
    'Saudi Arabia raised the toll of the Mina stampede to 769 dead and 934 injured. Iranian officials accused ' +
    'the kingdom of mismanaging the hajj; pilgrims trampled near the Jamarat Bridge in Mina included 136 Iranians.',
  heat2024:
    'RIYADH - The death toll from extreme heat during the hajj pilgrimage rose to 550, diplomats said, as ' +
    'temperatures hit 51.8 degrees Celsius in Mecca. Jordan and Tunisia reported more pilgrims dead of heatstroke; ' +
    'Egypt said most of its pilgrims died because of the heat.',
  heat2024Again:
    'More than 1,000 pilgrims died during the hajj as temperatures soared above 50 degrees Celsius in Mecca. ' +
    'Egypt, Jordan and Tunisia counted pilgrims dead of heatstroke; the heat wave hit unregistered pilgrims hardest.',
  almaty:
    'ALMATY - Kazakhstan said 18 security officers were killed in Almaty as protesters stormed the mayor’s ' +
    'office; the CSTO sent troops at President Tokayev’s request.',
  almatyAgain:
    'Kazakh authorities said 164 people were killed in the unrest, most of them in Almaty, and 5,800 detained; ' +
    'Tokayev said CSTO troops would leave within days.',
  lahaina:
    'LAHAINA, Maui - The death toll from the wildfire that razed Lahaina rose to 106, Governor Josh Green said, ' +
    'as search teams with dogs combed the burned town.',
};

const profile = (
  body: string,
  publishedAt: string | null,
  claims: { metric: 'killed' | 'injured'; value: number }[] = [],
): ArticleProfile =>
  articleProfile({ title: null, body, postTexts: [], publishedAt, mainCountry: null, claims });

const rarity = (stories: StoryCandidate[]): TermRarity => {
  const storiesUsing = new Map<string, number>();
  for (const s of stories)
    for (const t of Object.keys(s.terms)) storiesUsing.set(t, (storiesUsing.get(t) ?? 0) + 1);
  return { stories: stories.length, storiesUsing };
};

describe('timeFits', () => {
  const story2015 = storyOf('mina', profile(text.stampede2015, '2015-09-26'));

  it('lets an article written weeks into the story join, and not one written nine years later', () => {
    expect(timeFits(story2015, profile(text.stampede2015Again, '2015-10-20'))).toBe(true);
    expect(timeFits(story2015, profile(text.stampede2015Again, '2024-06-19'))).toBe(false);
  });

  it('lets a look back a year later join the story it looks back at', () => {
    const riot = storyOf('capitol', profile('Rioters stormed the Capitol.', '2021-01-07'));
    const anniversary = profile(
      'Jan. 6, one year later: 725 arrests, 140 officers hurt.',
      '2022-01-06',
    );
    expect(anniversary.eventDates).toEqual(['2021-01-06']);
    expect(timeFits(riot, anniversary)).toBe(true);
    expect(timeFits(riot, profile('725 arrests, 140 officers hurt.', '2022-01-06'))).toBe(false);
  });

  it('reads a length of time ("suspended for five years on condition") as no look back', () => {
    const durations = [
      'The sentence was wholly suspended for five years on condition that they stay out of trouble.',
      'The tanker driver was jailed for two years after the crash, the court said.',
      'A judge sentenced the gang leader to ten years after a two-day trial.',
      'The ministry said the shaft would be sealed within a year after the rescue.',
    ];
    for (const body of durations) expect(profile(body, '2025-01-15').eventDates).toEqual([]);
    const lookBack = profile('Five years on, families of the miners still wait.', '2025-01-15');
    expect(lookBack.eventDates).toEqual(['2020-01-15']);
  });

  it('lets an undated article join by what it says, unless it names only later years', () => {
    expect(timeFits(story2015, profile(text.stampede2015Again, null))).toBe(true);
    expect(
      timeFits(story2015, profile(`${text.heat2024} It was the deadliest hajj since 2019.`, null)),
    ).toBe(false);
    expect(
      timeFits(
        story2015,
        profile(
          `${text.stampede2015Again} The 2015 disaster led to a plan for safer rites by 2030.`,
          null,
        ),
      ),
    ).toBe(true);
  });
});

describe('posts date the event (POSTS_DATE_THE_EVENT)', () => {
  const withPosts = (body: string, publishedAt: string, postDates: (string | null)[]) =>
    articleProfile({
      title: null,
      body,
      postTexts: postDates.map(() => 'Rescue operations under way.'),
      postDates,
      publishedAt,
      mainCountry: null,
      claims: [],
    });

  it('lets a page dated long after the posts it embeds join the story of the posts’ days', () => {
    const mine = storyOf(
      'mine',
      profile('The open-pit gold mine collapsed in Bolivar.', '2024-02-21'),
    );
    const late = withPosts('At least 16 died at the Bulla Loca mine.', '2025-04-13', [
      '2024-02-21T18:00:00Z',
    ]);
    expect(late.eventDates).toEqual(['2024-02-21']);
    expect(timeFits(mine, late)).toBe(true);
    const almaty = storyOf('almaty', profile(text.almaty, '2022-01-06'));
    const later = withPosts(text.almatyAgain, '2023-03-01', ['2022-01-06T09:12:00.000Z', null]);
    expect(timeFits(almaty, later)).toBe(true);
  });

  it('adds nothing for posts of the article’s own weeks, nor without posts', () => {
    expect(
      withPosts('Rescuers searched the mine.', '2024-02-23', ['2024-02-21']).eventDates,
    ).toEqual([]);
    const mine = storyOf('mine', profile('The open-pit gold mine collapsed.', '2024-02-21'));
    expect(timeFits(mine, withPosts('Miners dug again.', '2025-04-13', []))).toBe(false);
  });
});

describe('chooseStory', () => {
  it('joins the same event a few days later, and keeps an unrelated event of that week apart', () => {
    const kazakhstan = storyOf('kz', profile(text.almaty, '2022-01-06'));
    const stories = [kazakhstan];
    expect(
      chooseStory(stories, profile(text.almatyAgain, '2022-01-09'), rarity(stories))?.story.id,
    ).toBe('kz');
    expect(chooseStory(stories, profile(text.lahaina, '2022-01-08'), rarity(stories))).toBeNull();
  });

  it('never joins a story of another year, however alike the words', () => {
    const mina = storyOf('mina', profile(text.stampede2015, '2015-09-26'));
    expect(
      chooseStory([mina], profile(text.stampede2015Again, '2024-06-19'), rarity([mina])),
    ).toBeNull();
  });

  it('tells two undated pilgrimage disasters apart by what happened (a stampede, a heatwave)', () => {
    const mina = storyOf('mina', profile(text.stampede2015, null));
    const heat = storyOf('heat', profile(text.heat2024, null));
    const stories = [mina, heat];
    expect(chooseStory(stories, profile(text.heat2024Again, null), rarity(stories))?.story.id).toBe(
      'heat',
    );
    expect(
      chooseStory(stories, profile(text.stampede2015Again, null), rarity(stories))?.story.id,
    ).toBe('mina');
    // alone, the heatwave article still does not join the stampede story
    expect(chooseStory([mina], profile(text.heat2024Again, null), rarity([mina]))).toBeNull();
  });
});

describe('sameEvent (merging stories)', () => {
  it('finds two stories of one event opened by two articles, once they share enough', () => {
    const first = storyOf(
      'a',
      profile(text.stampede2015, '2015-09-24', [{ metric: 'killed', value: 769 }]),
    );
    const second = withArticle(
      storyOf(
        'b',
        profile(text.stampede2015Again, '2015-09-26', [{ metric: 'killed', value: 769 }]),
      ),
      profile(text.stampede2015, '2015-09-25'),
    );
    expect(sameEvent(second, [first], rarity([first, second]))?.story.id).toBe('a');
  });

  it('never merges one place’s events of different years or kinds', () => {
    const mina = storyOf('mina', profile(text.stampede2015, '2015-09-24'));
    const later = storyOf('later', profile(text.stampede2015Again, '2024-06-19'));
    expect(sameEvent(later, [mina], rarity([mina, later]))).toBeNull();
    const heat = storyOf('heat', profile(text.heat2024, null));
    const minaUndated = storyOf('mina-undated', profile(text.stampede2015Again, null));
    expect(sameEvent(heat, [minaUndated], rarity([heat, minaUndated]))).toBeNull();
  });

  it('takes back a story of one article at the bar that article would join at, whatever came first', () => {
    const lone = storyOf('lone', profile(text.almaty, null));
    const pair = withArticle(
      storyOf('pair', profile(text.almatyAgain, null)),
      profile(text.almaty, null),
    );
    const other = withArticle(
      storyOf('other', profile(text.lahaina, null)),
      profile(text.lahaina, null),
    );
    // one article moves: the article's bar; two or more move: the stories' higher bar
    expect(mergeBar(lone, pair)).toBe(JOIN_SCORE.undated);
    expect(mergeBar(pair, lone)).toBe(JOIN_SCORE.undated);
    expect(mergeBar(pair, other)).toBe(MERGE_SCORE.undated);
  });
});

describe('withoutArticle (an article moved away by hand)', () => {
  it('takes back what the article added, and its words stop drawing articles like it', () => {
    const kazakhstan = storyOf('kz', profile(text.almaty, '2022-01-06'));
    const stray = profile(text.lahaina, '2022-01-07', [{ metric: 'killed', value: 106 }]);
    const joined = withArticle(kazakhstan, stray);
    expect(joined.terms.lahaina).toBe(1);
    const left = withoutArticle(joined, stray);
    expect(left).toEqual({ ...kazakhstan, lastDate: '2022-01-07' });
    expect(chooseStory([left], profile(text.lahaina, '2022-01-08'), rarity([left]))).toBeNull();
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

describe('a follow-up weeks later that names the same actors', () => {
  // The shape: the first reports tell of clashes in the capital; a dated follow-up weeks later tells
  // of something else (an attack on a monitor, the monitor's new count) in other towns, and shares
  // little but the movement's actors. Those names bring it into the story; without them, or with no
  // date to place it, it stays out.
  const clashes = [
    'Police fired tear gas at supporters of opposition leader Tomás Nhantumbo in Maputo, Mozambique, as ' +
      'protests over the disputed election entered a second week. The Observatório Eleitoral Sala said ' +
      'at least 30 people had been killed. The ruling Frelimo party rejected the claims.',
    'At least 34 people were killed in the post-election protests, according to the Observatório ' +
      'Eleitoral Sala, as Nhantumbo called for a national strike against Frelimo.',
  ];
  const story = () =>
    withArticle(
      storyOf('clashes', profile(clashes[0], '2024-11-04')),
      profile(clashes[1], '2024-11-06'),
    );
  const followUp = (who: string) =>
    `Police killed 27 people in four days in Nampula and Beira, bringing the total to 103, ${who} ` +
    `said on Sunday. Two men tried to force the group's communications officer into a car; the ` +
    `public intervened and the kidnapping failed.`;

  it.each([
    ['the monitor by name', 'according to Observatório Eleitoral Sala, which'],
    ['the monitor and the leader', "Nhantumbo's allies and the Observatório Eleitoral Sala"],
    ['the party and the leader', 'Frelimo critics close to Tomás Nhantumbo'],
    ['the monitor at the start', 'the count of Observatório Eleitoral Sala, which'],
  ])('joins when it names %s', (_, who) => {
    const stories = [story()];
    const article = profile(followUp(who), '2024-11-24');
    expect(chooseStory(stories, article, rarity(stories))?.story.id).toBe('clashes');
  });

  it('stays out when it names none of them', () => {
    const stories = [story()];
    const anonymous = profile(followUp('a monitoring group'), '2024-11-24');
    expect(chooseStory(stories, anonymous, rarity(stories))).toBeNull();
  });

  it('weighs no names when the follow-up is undated (nothing places it in the weeks of the story)', () => {
    const stories = [story()];
    const undated = profile(followUp('according to Observatório Eleitoral Sala, which'), null);
    const stats = rarity(stories);
    expect(joinScore(stories[0], undated, stats)).toBe(
      joinScore(stories[0], { ...undated, names: [] }, stats),
    );
  });

  it('does not count a name that three stories use', () => {
    const names = ['eleitoral', 'observatório', 'sala'];
    const used = Object.fromEntries(names.map((n) => [n, 1]));
    const usedBy = (n: number): TermRarity => ({
      stories: 10,
      storiesUsing: new Map(names.map((name) => [name, n])),
    });
    expect(sharedNames(names, used, usedBy(2))).toBeCloseTo(3 * BONUS.name);
    expect(sharedNames(names, used, usedBy(3))).toBe(0);
  });
});

describe('the time an undated text was written (YEAR_WRITTEN)', () => {
  const kenya2024 = storyOf(
    'kenya',
    profile('Police shot protesters storming parliament over the finance bill.', '2024-06-25'),
  );
  const withLast = (lastDate: string) => ({ ...kenya2024, lastDate });

  it('keeps out a text naming a year that began after the story’s window', () => {
    const sabaSaba = profile(
      'Police shot Saba Saba protesters in July 2025 as the commission watched.',
      null,
    );
    expect(timeFits(withLast('2024-07-02'), sabaSaba)).toBe(false);
    expect(timeFits(withLast('2024-12-20'), sabaSaba)).toBe(true);
  });

  it('keeps out a text writing a full date after the story’s window, whatever years it names', () => {
    const written = profile(
      'On July 7, 2025, police shot protesters; the day recalls the 1990 Saba Saba rally.',
      null,
    );
    expect(written.eventDates).toEqual(['2025-07-07']);
    expect(timeFits(withLast('2024-07-02'), written)).toBe(false);
  });

  it('lets in a text writing only an earlier date (a past event recalled)', () => {
    const recalled = profile(
      `${text.heat2024} The 2015 crush on September 24, 2015 killed 769 pilgrims.`,
      null,
    );
    const heat = storyOf('heat', profile(text.heat2024Again, '2024-06-20'));
    expect(timeFits(heat, recalled)).toBe(true);
  });
});

describe('main countries (OTHER_COUNTRY)', () => {
  const riot = 'Police killed dozens of protesters and the army imposed a curfew, officials said.';
  const inCountry = (body: string, date: string | null, mainCountry: string) => ({
    ...profile(body, date),
    mainCountry,
  });

  it('weighs two countries that differ against one event, and one country for it', () => {
    const tanzania = storyOf('tz', inCountry(riot, '2025-10-30', 'Tanzania'));
    const stats = rarity([tanzania]);
    const same = joinScore(tanzania, inCountry(riot, '2025-10-30', 'Tanzania'), stats);
    const other = joinScore(tanzania, inCountry(riot, '2025-10-30', 'Brazil'), stats);
    const unknown = joinScore(tanzania, { ...profile(riot, '2025-10-30') }, stats);
    expect(same - unknown).toBeCloseTo(BONUS.country);
    expect(unknown - other).toBeCloseTo(OTHER_COUNTRY.penalty);
  });

  it('does not weigh the countries against when both name the same place', () => {
    const capsize = 'A ferry capsized on the Meghna river near Chandpur, killing 23 people.';
    const ferry = storyOf('ferry', inCountry(capsize, '2025-07-16', 'Bangladesh'));
    const stats = rarity([ferry]);
    const waiting = 'Relatives waited on the riverbank at Chandpur as divers searched the vessel.';
    const readElsewhere = joinScore(ferry, inCountry(waiting, null, 'India'), stats);
    const unread = joinScore(ferry, profile(waiting, null), stats);
    expect(readElsewhere).toBeGreaterThan(0);
    expect(readElsewhere).toBeCloseTo(unread);
  });

  it('still lets a report from abroad that shares the event’s words join it', () => {
    const almaty = storyOf('almaty', inCountry(text.almaty, '2022-01-06', 'Kazakhstan'));
    const fromAbroad = inCountry(text.almatyAgain, '2022-01-07', 'Russia');
    expect(chooseStory([almaty], fromAbroad, rarity([almaty]))?.story.id).toBe('almaty');
  });
});
