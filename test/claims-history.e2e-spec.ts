import { submit, waitForArticle, type ArticleDoc } from './helpers/articles';
import { apiAs, startStack, type Stack } from './helpers/stack';

// GET /claims and GET /claims/history on a small story: an outlet's "at least 8", a tweet's 8
// embedded in a second outlet that says 12, and a nationwide 18 two days later. Content, URLs and
// story names carry a tag of their own, so the spec does not depend on what else the database holds.
const tag = Math.random()
  .toString(36)
  .replace(/[^a-z]/g, '')
  .slice(0, 8);
const story = `history-${tag}`;
const pageUrl = `https://news.example.com/${tag}/almaty-toll`;

const html = `<html><head><title>Almaty unrest: the toll rises</title><meta name="author" content="Jane Roe">
<link rel="canonical" href="${pageUrl}"><meta property="article:published_time" content="2022-01-07T12:00:00Z">
<meta property="og:site_name" content="Example News"></head>
<body><article><p>ALMATY, Jan 7 (Example News) - 12 police officers were killed in Almaty, the health ministry said.</p>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">BREAKING: 8 police officers were killed in Almaty</p>&mdash; Steppe Watch (@steppe_watch) <a href="https://twitter.com/steppe_watch/status/1479000000000000001">January 6, 2022</a></blockquote>
<p>The city was calm on Friday. Filed by desk ${tag}.</p></article></body></html>`;

interface ClaimItem {
  id: string;
  metric: string;
  subject: string;
  value: number;
  low: number | null;
  high: number | null;
  location: string | null;
  attribution: string[];
  asOf: string | null;
  quote: string;
  story: string;
  source: { kind: string; postId?: string };
  articleId: string;
  postId: string | null;
  article: {
    id: string;
    title: string | null;
    site: string | null;
    url: string | null;
    author: string | null;
    publishedAt: string | null;
  } | null;
  post: { id: string; handle: string | null; url: string | null; postedAt: string | null } | null;
  superseded: boolean;
}

interface History {
  story: string;
  claims: ClaimItem[];
  values: {
    value: number;
    low: number | null;
    high: number | null;
    firstSeenAt: string;
    firstClaimId: string;
    claimIds: string[];
    origins: number;
  }[];
  series: {
    originKey: string;
    originLabel: string | null;
    location: string | null;
    part: boolean;
    values: { value: number; superseded: boolean }[];
  }[];
  envelope: { low: number | null; high: number | null } | null;
  conservative: { value: number; originKeys: string[]; claimIds: string[] } | null;
}

describe('claims and the history of a figure', () => {
  let stack: Stack;
  let reuters: ArticleDoc;
  let example: ArticleDoc;
  let tengri: ArticleDoc;

  const ingest = async (body: Record<string, unknown>): Promise<ArticleDoc> => {
    const { id } = await submit(stack.url, { story, ...body });
    const doc = await waitForArticle(stack.url, id);
    expect(doc.status).toBe('processed');
    return doc;
  };
  const claims = async (query: Record<string, string | number>) => {
    const res = await apiAs(stack.url).get('/claims').query(query);
    expect(res.status).toBe(200);
    return res.body as { items: ClaimItem[]; total: number; page: number; limit: number };
  };
  const history = async (query: Record<string, string>) => {
    const res = await apiAs(stack.url)
      .get('/claims/history')
      .query({ story, metric: 'killed', subject: 'law_enforcement', ...query });
    expect(res.status).toBe(200);
    return res.body as History;
  };

  beforeAll(async () => {
    stack = await startStack();
    reuters = await ingest({
      text: `ALMATY, Jan 6 (Reuters) - At least 8 police officers were killed in Almaty, the interior ministry said. 40 people were detained in Almaty, police said.\n\nFiled by desk ${tag}.`,
      publishedAt: '2022-01-06',
    });
    example = await ingest({ html, url: pageUrl });
    tengri = await ingest({
      text: `ASTANA, Jan 8 (Tengrinews) - 18 police officers were killed in Kazakhstan, the interior ministry said.\n\nFiled by desk ${tag}.`,
      publishedAt: '2022-01-08',
    });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('lists a story’s claims, filtered by metric, subject, source, article, post and place, paginated', async () => {
    const all = await claims({ story });
    expect(all.total).toBe(5);
    expect(all.items.map((c) => `${c.metric}:${c.value}`).sort()).toEqual([
      'detained:40',
      'killed:12',
      'killed:18',
      'killed:8',
      'killed:8',
    ]);
    expect(all.items.every((c) => c.story === story)).toBe(true);

    expect(
      (await claims({ story, metric: 'detained' })).items.map((c) => [c.subject, c.value]),
    ).toEqual([['people', 40]]);
    expect((await claims({ story, subject: 'law_enforcement' })).total).toBe(4);
    const fromPosts = await claims({ story, source: 'post' });
    expect(fromPosts.items.map((c) => [c.value, c.post?.handle, c.source.kind])).toEqual([
      [8, 'steppe_watch', 'post'],
    ]);
    expect((await claims({ story, source: 'article' })).total).toBe(4);
    expect(
      (await claims({ articleId: example.id })).items.map((c) => c.value).sort((a, b) => a - b),
    ).toEqual([8, 12]);
    expect((await claims({ postId: fromPosts.items[0].postId! })).total).toBe(1);

    // A place filter takes in the places inside it.
    expect((await claims({ story, location: 'Almaty' })).total).toBe(4);
    expect((await claims({ story, location: 'Kazakhstan' })).total).toBe(5);
    expect((await claims({ story, location: 'Astana' })).total).toBe(0);

    const page1 = await claims({ story, limit: 2, page: 1 });
    const page3 = await claims({ story, limit: 2, page: 3 });
    expect([page1.total, page1.items.length, page3.items.length, page3.total]).toEqual([
      5, 2, 1, 5,
    ]);
    expect((await claims({ story: `no-such-story-${tag}` })).total).toBe(0);
  });

  it.each([
    [{ metric: 'wounded' }, /metric must be one of/],
    [{ subject: 'cops' }, /subject must be one of/],
    [{ source: 'blog' }, /source must be one of/],
    [{ articleId: 'nope' }, /articleId must be a UUID/],
    [{ postId: '12' }, /postId must be a UUID/],
    [{ limit: 1000 }, /limit/],
  ])('rejects the claims filter %j with 400 naming it', async (query, message) => {
    const res = await apiAs(stack.url).get('/claims').query(query);
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(message);
  });

  it('gives the figure’s values in time order, each with its provenance', async () => {
    const h = await history({});
    expect(h.story).toBe(story);
    expect(h.claims.map((c) => c.value)).toEqual([8, 8, 12, 18]);
    expect(h.claims.map((c) => c.asOf?.slice(0, 10))).toEqual([
      '2022-01-06',
      '2022-01-06',
      '2022-01-07',
      '2022-01-08',
    ]);

    const [atLeast8, tweet8, twelve, eighteen] = h.claims;
    expect(atLeast8).toMatchObject({
      low: 8,
      high: null,
      articleId: reuters.id,
      source: { kind: 'article' },
      post: null,
    });
    expect(atLeast8.attribution).toEqual(['interior ministry']);
    // its 18 two days later is for all of Kazakhstan: a different quantity, not a newer figure of this one
    expect(atLeast8.superseded).toBe(false);
    expect(atLeast8.quote).toMatch(/At least 8 police officers were killed/);
    expect(tweet8).toMatchObject({
      source: { kind: 'post' },
      post: {
        handle: 'steppe_watch',
        url: expect.stringContaining('/steppe_watch/status/1479000000000000001'),
        postedAt: expect.stringMatching(/^2022-01-06/),
      },
      article: { id: example.id, title: 'Almaty unrest: the toll rises', url: pageUrl },
    });
    expect(twelve).toMatchObject({
      quote: expect.stringContaining('12 police officers were killed'),
      attribution: ['health ministry'],
      article: {
        id: example.id,
        title: 'Almaty unrest: the toll rises',
        site: 'Example News',
        url: pageUrl,
        author: 'Jane Roe',
        publishedAt: expect.stringMatching(/^2022-01-07/),
      },
    });
    expect(eighteen).toMatchObject({
      location: 'Kazakhstan',
      articleId: tengri.id,
      superseded: false,
    });

    // Each distinct figure with when it was first seen; "at least 8" is not the same figure as 8.
    expect(
      h.values.map((v) => [v.value, v.low, v.high, v.firstSeenAt.slice(0, 10), v.claimIds.length]),
    ).toEqual([
      [8, 8, null, '2022-01-06', 1],
      [8, 8, 8, '2022-01-06', 1],
      [12, 12, 12, '2022-01-07', 1],
      [18, 18, 18, '2022-01-08', 1],
    ]);
    expect(h.values[1].firstClaimId).toBe(tweet8.id);
    // One series per origin and place: the interior ministry's "at least 8" for Almaty still stands
    // beside its 18 for all of Kazakhstan (DESIGN §4: a part and the whole are different quantities).
    const ministry = h.series.filter((s) => /interior ministry/i.test(s.originKey));
    expect(ministry.map((s) => [s.location, s.values.map((v) => [v.value, v.superseded])])).toEqual(
      [
        ['Almaty', [[8, false]]],
        ['Kazakhstan', [[18, false]]],
      ],
    );
    // Over the current figures for the whole area: only the ministry's 18 is for all of Kazakhstan.
    expect(h.envelope).toEqual({ low: 18, high: 18 });
    // The lowest current figure on the record for the whole area (DESIGN §4): the tweet's 8 and the
    // health ministry's 12 are for Almaty, a part; the interior ministry moved from "at least 8"
    // (Almaty) to 18 for Kazakhstan.
    expect(h.conservative).toMatchObject({
      value: 18,
      basis: 'on_record',
      claimIds: [eighteen.id],
    });
  });

  it('narrows the history to a place and the places inside it', async () => {
    const almaty = await history({ location: 'Almaty' });
    expect(almaty.claims.map((c) => c.value)).toEqual([8, 8, 12]);
    expect(almaty.envelope).toEqual({ low: 8, high: null });
    const bounded = await history({ location: 'Almaty', subject: 'people', metric: 'detained' });
    expect(bounded.claims.map((c) => c.value)).toEqual([40]);
    expect(bounded.envelope).toEqual({ low: 40, high: 40 });
    expect(bounded.conservative?.value).toBe(40);
    const none = await history({ location: 'Astana' });
    expect([none.claims, none.values, none.envelope, none.conservative]).toEqual([
      [],
      [],
      null,
      null,
    ]);
  });

  it('answers 400 naming a missing or bad parameter, 404 for an unknown story', async () => {
    for (const missing of ['story', 'metric', 'subject']) {
      const query: Record<string, string> = { story, metric: 'killed', subject: 'law_enforcement' };
      delete query[missing];
      const res = await apiAs(stack.url).get('/claims/history').query(query);
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(new RegExp(`${missing} is required`));
    }
    const bad = await apiAs(stack.url)
      .get('/claims/history')
      .query({ story, metric: 'deaths', subject: 'people' });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/metric must be one of/);
    const unknown = await apiAs(stack.url)
      .get('/claims/history')
      .query({ story: `no-such-story-${tag}`, metric: 'killed', subject: 'people' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toMatch(/not found/);
  });
});
