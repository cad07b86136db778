import { submit, waitForArticle } from './helpers/articles';
import { apiAs, startStack, type Stack } from './helpers/stack';

// Issue 10, incremental refresh: a post's figures read anew (an extractor upgrade reading its
// stored text) can leave one series for another. The article that re-read it has no figure of its
// own in either series, so only the post's last compared series and its series now lead the
// refresh there: the flag the post's figure left is retired, the one it joined is raised, in its
// story and in another story embedding the same post.
const tag = Math.random()
  .toString(36)
  .replace(/[^a-z]/g, '')
  .slice(0, 8);
// A tweet id of this run (Twitter ids carry their time: this one is 6 Jan 2022, 08:00 UTC).
const tweetId = (
  ((BigInt(Date.UTC(2022, 0, 6, 8, 0, 0)) - 1288834974657n) << 22n) +
  BigInt(Math.floor(Math.random() * 4_000_000))
).toString();
const tweetUrl = `https://twitter.com/steppe_watch/status/${tweetId}`;

const page = (path: string, body: string) =>
  `<html><head><title>Almaty: ${path}</title><link rel="canonical" href="https://news.example.com/${tag}/${path}">
<meta property="article:published_time" content="2022-01-06T12:00:00Z"></head>
<body><article>${body}<p>Filed by desk ${tag}.</p></article></body></html>`;
const tweet = (text: string) =>
  `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">${text}</p>&mdash; Steppe Watch (@steppe_watch) <a href="${tweetUrl}">January 6, 2022</a></blockquote>`;
const ministry =
  '<p>ALMATY, Jan 6 (Example News) - 12 police officers were killed in Almaty, the interior ministry said.</p>' +
  '<p>20 police officers were injured in Almaty, the interior ministry said.</p>';
const killedTweet = '8 police officers were killed in Almaty';
const injuredTweet = '8 police officers were injured in Almaty';

describe("a post's figures moving to another series (issue 10)", () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const processed = async (body: Record<string, unknown>) => {
    const { id } = await submit(stack.url, body);
    expect((await waitForArticle(stack.url, id)).status).toBe('processed');
  };
  /** Each flag of the story as [metric, its distinct figures]. */
  const flagsOf = async (story: string) => {
    const res = await apiAs(stack.url).get('/discrepancies').query({ story });
    expect(res.status).toBe(200);
    return (res.body as { items: { metric: string; values: { value: number }[] }[] }).items.map(
      (f) => [f.metric, [...new Set(f.values.map((v) => v.value))].sort((a, b) => a - b)],
    );
  };

  it('retires the flag of the series a post left and raises the one it joined', async () => {
    const story = `post-series-${tag}`;
    const other = `post-series-other-${tag}`;
    await processed({ story, html: page('ministry', ministry) });
    await processed({
      story,
      html: page('witness', `<p>A witness posted:</p>${tweet(killedTweet)}`),
    });
    await processed({ story: other, html: page('roundup', ministry + tweet(killedTweet)) });
    expect(await flagsOf(story)).toEqual([['killed', [8, 12]]]);
    expect(await flagsOf(other)).toEqual([['killed', [8, 12]]]);

    // The post's stored text read anew says "injured": the next article embedding it replaces its figures.
    const updated = await stack.db.query(
      `UPDATE social_posts SET text = $2 WHERE platform = 'twitter' AND external_id = $1`,
      [tweetId, injuredTweet],
    );
    expect(updated.rowCount).toBe(1);
    await processed({ story, html: page('repost', `<p>Reposted:</p>${tweet(injuredTweet)}`) });

    expect(await flagsOf(story)).toEqual([['injured', [8, 20]]]);
    expect(await flagsOf(other)).toEqual([['injured', [8, 20]]]);
  });
});
