import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { submit, waitForArticle } from './helpers/articles';
import { apiAs, useFreshStack, type Stack } from './helpers/stack';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');
const TWEET_ID = '1479040000000000000';

describe('posts: stored once, with every article that embeds them', () => {
  const stackOf = useFreshStack();
  let stack: Stack;
  beforeAll(() => {
    stack = stackOf();
  });

  it('keeps one tweet embedded by two articles as one post with two embeds, counted once', async () => {
    const wire = await submit(stack.url, {
      html: fixture('aktau-wire.html'),
      story: 'aktau-shared',
    });
    const digest = await submit(stack.url, {
      html: fixture('aktau-digest.html'),
      story: 'aktau-shared',
    });
    const [wireDoc, digestDoc] = [
      await waitForArticle(stack.url, wire.id),
      await waitForArticle(stack.url, digest.id),
    ];
    expect([wireDoc.status, digestDoc.status]).toEqual(['processed', 'processed']);

    const wirePost = wireDoc.posts.find((p) => p.handle === 'steppe_monitor');
    const digestPost = digestDoc.posts.find((p) => p.handle === 'steppe_monitor');
    expect(wirePost?.id).toBeDefined();
    expect(digestPost?.id).toBe(wirePost?.id);

    const { rows: posts } = await stack.db.query(
      'SELECT id FROM social_posts WHERE external_id = $1',
      [TWEET_ID],
    );
    expect(posts).toHaveLength(1);

    const post = await apiAs(stack.url).get(`/posts/${wirePost!.id}`);
    expect(post.status).toBe(200);
    expect(post.body).toMatchObject({
      platform: 'twitter',
      handle: 'steppe_monitor',
      externalId: TWEET_ID,
      postedAtPrecision: 'ms',
    });
    expect(post.body.postedAt).toBe('2022-01-06T10:39:49.891Z');
    expect(post.body.embeddedIn.map((a: { articleId: string }) => a.articleId).sort()).toEqual(
      [wire.id, digest.id].sort(),
    );
    const killed = post.body.claims.filter((c: { metric: string }) => c.metric === 'killed');
    expect(killed).toEqual([expect.objectContaining({ subject: 'law_enforcement', value: 14 })]);

    // The digest's 8 against the tweet's 14: the tweet is one source, however many articles embed it.
    const list = await apiAs(stack.url)
      .get('/discrepancies')
      .query({ story: 'aktau-shared', metric: 'killed' });
    const conflict = (
      list.body.items as {
        subject: string;
        values: { value: number; claims: { postId: string | null }[] }[];
      }[]
    ).find((d) => d.subject === 'law_enforcement' && d.values.some((v) => v.value === 8));
    expect(conflict).toBeDefined();
    const fourteen = conflict!.values.find((v) => v.value === 14)!;
    expect(fourteen.claims).toHaveLength(1);
    expect(fourteen.claims[0].postId).toBe(wirePost!.id);
  });

  it('answers 404 for an unknown post', async () => {
    const res = await apiAs(stack.url).get('/posts/00000000-0000-4000-8000-000000000000');
    expect(res.status).toBe(404);
  });
});
