import { submit, waitForArticle } from './helpers/articles';
import { useFreshStack, type Stack } from './helpers/stack';

// Articles submitted without a story join one by main country and date (±10 days).
const articles = {
  almatyJan6: {
    text: 'ALMATY, Jan 6 (Reuters) - At least 18 police officers were killed in Almaty, Kazakhstan’s interior ministry said on Thursday.',
    publishedAt: '2022-01-06',
  },
  almatyJan9: {
    text: 'ALMATY, Jan 9 (Reuters) - Kazakhstan’s health ministry said 164 people had been killed across the country during the unrest.',
    publishedAt: '2022-01-09',
  },
  almatyJune: {
    text: 'ALMATY, June 5 (Reuters) - Police in Kazakhstan detained 30 protesters at a rally over fuel prices in Almaty on Sunday.',
    publishedAt: '2022-06-05',
  },
  tashkentJan7: {
    text: 'TASHKENT, Jan 7 (Reuters) - At least 5 people were killed in clashes in Tashkent, Uzbekistan’s interior ministry said.',
    publishedAt: '2022-01-07',
  },
};

describe('stories assigned automatically', () => {
  const stackOf = useFreshStack();
  let stack: Stack;
  beforeAll(() => {
    stack = stackOf();
  });

  it('groups one event and keeps unrelated events apart', async () => {
    const story: Record<string, string | null> = {};
    for (const [name, body] of Object.entries(articles)) {
      const { id } = await submit(stack.url, body);
      const doc = await waitForArticle(stack.url, id);
      expect(doc.status).toBe('processed');
      story[name] = doc.story;
    }
    expect(story.almatyJan6).toEqual(expect.stringMatching(/^kazakhstan-2022-01-06-/));
    // the same event three days later
    expect(story.almatyJan9).toBe(story.almatyJan6);
    // the same country months later
    expect(story.almatyJune).not.toBe(story.almatyJan6);
    // the same week in another country
    expect(story.tashkentJan7).not.toBe(story.almatyJan6);
    expect(story.tashkentJan7).toEqual(expect.stringMatching(/^uzbekistan-/));
  });
});
