import { submit, waitForArticle } from './helpers/articles';
import { apiAs, resetDatabase, useFreshStack, type Stack } from './helpers/stack';

// Articles of two events submitted without a story, in two orders: the stories must not depend on
// the order. The undated first report of the landslide shares little with any one later article; in
// the second order it arrives second and opens a story of its own, which the later articles must
// still bring back (issue 10: one story per event, whatever the arrival order).
const fixtures = {
  landslideUndated: {
    event: 'landslide',
    text: 'Mudslides buried homes in a village in Karnataka overnight. Villagers dug with their hands as army engineers cleared the road.',
  },
  landslideJul16: {
    event: 'landslide',
    text: 'MADIKERI, July 16 - At least 31 people were killed when landslides triggered by heavy rain hit Kodagu district in Karnataka, officials said. Rescue teams were searching for 40 people still missing.',
    publishedAt: '2025-07-16',
  },
  landslideJul17: {
    event: 'landslide',
    text: "The toll from the Kodagu landslides rose to 47, Karnataka's revenue minister said, as rescuers searched the mud in Makkur and Thora villages.",
    publishedAt: '2025-07-17',
  },
  landslideJul18: {
    event: 'landslide',
    text: 'Rain eased over Kodagu on Friday. The district administration said 52 people were confirmed dead and 28 missing after landslides buried Makkur and Thora.',
    publishedAt: '2025-07-18',
  },
  ferryJul16: {
    event: 'ferry',
    text: 'DHAKA, July 16 - A ferry carrying about 200 passengers capsized on the Meghna river near Chandpur, killing at least 23 people, police said.',
    publishedAt: '2025-07-16',
  },
  ferryJul17: {
    event: 'ferry',
    text: 'Divers recovered 12 more bodies from the capsized ferry on the Meghna near Chandpur, raising the toll to 35, the fire service said.',
    publishedAt: '2025-07-17',
  },
  ferryUndated: {
    event: 'ferry',
    text: 'Relatives waited on the riverbank at Chandpur as divers searched the sunken vessel on the Meghna.',
  },
} as const;
type Name = keyof typeof fixtures;

const ORDERS: Name[][] = [
  // the undated report last: it joins the story the dated ones built
  [
    'landslideJul16',
    'landslideJul17',
    'landslideJul18',
    'landslideUndated',
    'ferryJul16',
    'ferryJul17',
    'ferryUndated',
  ],
  // the undated report second: it opens a story before the articles that tie it to the event
  [
    'landslideJul16',
    'landslideUndated',
    'ferryUndated',
    'ferryJul17',
    'ferryJul16',
    'landslideJul18',
    'landslideJul17',
  ],
];

describe('automatic stories do not depend on the order articles arrive in', () => {
  const stackOf = useFreshStack();
  let stack: Stack;
  beforeAll(() => {
    stack = stackOf();
  });

  /** Submits the fixtures one after the other, each processed before the next; their stories after all. */
  const storiesAfter = async (order: Name[]): Promise<Record<Name, string>> => {
    await resetDatabase(stack.db);
    const ids: [Name, string][] = [];
    for (const name of order) {
      const { event: _event, ...body } = fixtures[name];
      const { id } = await submit(stack.url, body);
      expect((await waitForArticle(stack.url, id)).status).toBe('processed');
      ids.push([name, id]);
    }
    const stories = {} as Record<Name, string>;
    for (const [name, id] of ids)
      stories[name] = (await apiAs(stack.url).get(`/articles/${id}`)).body.story;
    return stories;
  };

  /** The events each story holds, as sorted lists of fixture names. */
  const grouping = (stories: Record<Name, string>): Name[][] => {
    const byStory = new Map<string, Name[]>();
    for (const [name, story] of Object.entries(stories) as [Name, string][])
      byStory.set(story, [...(byStory.get(story) ?? []), name]);
    return [...byStory.values()].map((names) => names.sort()).sort();
  };

  const perEvent: Name[][] = ['ferry', 'landslide'].map((event) =>
    (Object.keys(fixtures) as Name[]).filter((n) => fixtures[n].event === event).sort(),
  );

  it.each(ORDERS.map((order, i) => [i + 1, order] as const))(
    'order %i gives one story per event, none mixing the two',
    async (_i, order) => {
      expect(grouping(await storiesAfter(order))).toEqual(perEvent);
    },
  );
});
