import { submit, waitForArticle, type ArticleDoc } from './helpers/articles';
import { apiAs, startStack, waitFor, type Stack } from './helpers/stack';

// GET /stories and GET /stories/:id: each story with its articles, the posts they embed and how
// many discrepancies are still open. Names carry a tag of their own (and ?q= finds them), so the
// spec does not depend on what else the database holds.
const tag = Math.random()
  .toString(36)
  .replace(/[^a-z]/g, '')
  .slice(0, 8);
const almaty = `stories-${tag}-almaty`;
const aktau = `stories-${tag}-aktau`;
// A tweet id of this run (Twitter ids carry their time: this one is 6 Jan 2022, 08:00 UTC).
const tweetId = (
  ((BigInt(Date.UTC(2022, 0, 6, 8, 0, 0)) - 1288834974657n) << 22n) +
  BigInt(Math.floor(Math.random() * 4_000_000))
).toString();

const html = `<html><head><title>Almaty: officers killed</title><link rel="canonical" href="https://news.example.com/${tag}/almaty">
<meta property="article:published_time" content="2022-01-06T12:00:00Z"></head>
<body><article><p>ALMATY, Jan 6 (Example News) - 12 police officers were killed in Almaty, the interior ministry said.</p>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">8 police officers were killed in Almaty</p>&mdash; Steppe Watch (@steppe_watch) <a href="https://twitter.com/steppe_watch/status/${tweetId}">January 6, 2022</a></blockquote>
<p>Filed by desk ${tag}.</p></article></body></html>`;

interface Counts {
  articles: number;
  processedArticles: number;
  posts: number;
  claims: number;
  discrepancies: number;
  openDiscrepancies: number;
}
interface StoryItem {
  id: string;
  key: string;
  name: string;
  automatic: boolean;
  counts: Counts;
}
interface StoryDoc extends StoryItem {
  openDiscrepancies: number;
  discrepanciesByStatus: Record<string, number>;
  articles: {
    id: string;
    status: string;
    title: string | null;
    url: string | null;
    claims: number;
    posts: number;
  }[];
  posts: {
    id: string;
    platform: string;
    handle: string | null;
    url: string | null;
    postedAt: string | null;
    claims: number;
    embeddedBy: number;
  }[];
}

describe('stories', () => {
  let stack: Stack;
  const docs: ArticleDoc[] = [];

  const ingest = async (body: Record<string, unknown>): Promise<ArticleDoc> => {
    const { id } = await submit(stack.url, { publishedAt: '2022-01-06', ...body });
    const doc = await waitForArticle(stack.url, id);
    expect(doc.status).toBe('processed');
    return doc;
  };
  const story = async (id: string) => {
    const res = await apiAs(stack.url).get(`/stories/${encodeURIComponent(id)}`);
    expect(res.status).toBe(200);
    return res.body as StoryDoc;
  };

  beforeAll(async () => {
    stack = await startStack();
    docs.push(await ingest({ html, story: almaty }));
    docs.push(
      await ingest({
        text: `ALMATY, Jan 6 (AP) - 12 police officers were killed in Almaty, the interior ministry said.\n\nFiled by desk ${tag}.`,
        story: almaty,
      }),
    );
    docs.push(
      await ingest({
        text: `AKTAU, Jan 5 (Reuters) - 9 protesters were killed in Aktau, police said.\n\nFiled by desk ${tag}.`,
        story: aktau,
        publishedAt: '2022-01-05',
      }),
    );
    // The detector runs after an article is marked processed: wait for the conflict to be flagged.
    await waitFor(
      async () => (await story(almaty)).counts.discrepancies === 1,
      'the Almaty conflict',
    );
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('lists stories with their counts, paginated', async () => {
    const res = await apiAs(stack.url).get('/stories').query({ q: tag });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 2, page: 1, limit: 20 });
    const items = res.body.items as StoryItem[];
    expect(items.map((s) => s.key).sort()).toEqual([aktau, almaty]);
    const a = items.find((s) => s.key === almaty)!;
    expect(a).toMatchObject({ name: almaty, automatic: false });
    expect(a.counts).toEqual({
      articles: 2,
      processedArticles: 2,
      posts: 1,
      claims: 3,
      discrepancies: 1,
      openDiscrepancies: 1,
    });
    expect(items.find((s) => s.key === aktau)!.counts).toEqual({
      articles: 1,
      processedArticles: 1,
      posts: 0,
      claims: 1,
      discrepancies: 0,
      openDiscrepancies: 0,
    });

    const page2 = await apiAs(stack.url).get('/stories').query({ q: tag, limit: 1, page: 2 });
    expect(page2.body.total).toBe(2);
    expect(page2.body.items).toHaveLength(1);
    expect(
      (await apiAs(stack.url).get('/stories').query({ q: tag, automatic: 'true' })).body.total,
    ).toBe(0);
    expect((await apiAs(stack.url).get('/stories').query({ limit: 'all' })).status).toBe(400);
    const bad = await apiAs(stack.url).get('/stories').query({ automatic: 'maybe' });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/automatic/);
  });

  it('shows one story, by key or id, with its articles, posts and open discrepancies', async () => {
    const byKey = await story(almaty);
    const byId = await story(byKey.id);
    expect(byId).toEqual(byKey);
    expect(byKey.articles.map((a) => a.id).sort()).toEqual([docs[0].id, docs[1].id].sort());
    expect(byKey.articles.find((a) => a.id === docs[0].id)).toMatchObject({
      status: 'processed',
      title: 'Almaty: officers killed',
      claims: 1,
      posts: 1,
    });
    expect(byKey.posts).toEqual([
      expect.objectContaining({
        platform: 'twitter',
        handle: 'steppe_watch',
        url: expect.stringContaining(tweetId),
        postedAt: expect.stringMatching(/^2022-01-06/),
        claims: 1,
        embeddedBy: 1,
      }),
    ]);
    expect(byKey.openDiscrepancies).toBe(1);
    expect(byKey.discrepanciesByStatus).toEqual({ open: 1 });

    // A decision takes the discrepancy off the open count.
    const list = await apiAs(stack.url).get('/discrepancies').query({ story: almaty });
    const patched = await apiAs(stack.url)
      .patch(`/discrepancies/${list.body.items[0].id}`)
      .send({ status: 'confirmed', note: 'checked' });
    expect(patched.status).toBe(200);
    const after = await story(almaty);
    expect(after.openDiscrepancies).toBe(0);
    expect(after.discrepanciesByStatus).toEqual({ confirmed: 1 });

    const other = await story(aktau);
    expect(other.articles.map((a) => a.id)).toEqual([docs[2].id]);
    expect([other.posts, other.openDiscrepancies]).toEqual([[], 0]);
  });

  it('answers 404 for an unknown story', async () => {
    const res = await apiAs(stack.url).get(`/stories/no-such-story-${tag}`);
    expect(res.status).toBe(404);
    expect(res.body.message).toMatch(/not found/);
    expect(
      (await apiAs(stack.url).get('/stories/00000000-0000-4000-8000-000000000000')).status,
    ).toBe(404);
  });
});
