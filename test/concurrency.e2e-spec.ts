import { submit, waitForArticle } from './helpers/articles';
import { startStack, waitFor, type Stack } from './helpers/stack';

// Two worker processes take articles of one story at the same time (several jobs each): no
// discrepancy is created twice, no claim is lost, and a post embedded by several of the articles
// is stored once with its claims once. Everything is asserted from the database.
const tag = Math.random()
  .toString(36)
  .replace(/[^a-z]/g, '')
  .slice(0, 8);
const story = `concurrency-${tag}`;
// A tweet id of this run (Twitter ids carry their time: this one is 6 Jan 2022, 08:00 UTC).
const tweetId = (
  ((BigInt(Date.UTC(2022, 0, 6, 8, 0, 0)) - 1288834974657n) << 22n) +
  BigInt(Math.floor(Math.random() * 4_000_000))
).toString();
const tweet = `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">8 police officers were killed in Almaty</p>&mdash; Steppe Watch (@steppe_watch) <a href="https://twitter.com/steppe_watch/status/${tweetId}">January 6, 2022</a></blockquote>`;

const KILLED = [10, 11, 12, 13, 14, 12, 10, 15];
const INJURED = [300, 310, 320, 330, 340, 350, 360, 370];
const OUTLETS = ['Reuters', 'AP', 'AFP', 'Tengrinews', 'Interfax', 'TASS', 'Kazinform', 'Vlast'];

/** Article i: its own killed and injured figures; every other one embeds the same tweet. */
function article(i: number): Record<string, unknown> {
  const lead = `ALMATY, Jan 6 (${OUTLETS[i]}) - ${KILLED[i]} police officers were killed in Almaty, the ${OUTLETS[i]} agency reported. ${INJURED[i]} police officers were injured in Almaty, the ${OUTLETS[i]} agency reported.`;
  if (i % 2 === 0) {
    return {
      html: `<html><head><title>Almaty report ${i}</title></head><body><article><p>${lead}</p>${tweet}<p>Filed by desk ${tag} ${OUTLETS[i]}.</p></article></body></html>`,
      url: `https://news.example.com/${tag}/report-${i}`,
      story,
      publishedAt: '2022-01-06',
    };
  }
  return {
    text: `${lead}\n\nFiled by desk ${tag} ${OUTLETS[i]}.`,
    url: `https://news.example.com/${tag}/report-${i}`,
    story,
    publishedAt: '2022-01-06',
  };
}

describe('two workers, one story, at the same time', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ WORKER_CONCURRENCY: '4' });
    await stack.startWorker();
    await waitFor(
      async () => (stack.output().match(/consuming queue/g) ?? []).length >= 2,
      'both workers to consume the queue',
    );
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('never duplicates a discrepancy or loses a claim', async () => {
    const submitted = await Promise.all(KILLED.map((_, i) => submit(stack.url, article(i))));
    const ids = submitted.map((s) => s.id);
    expect(new Set(ids).size).toBe(KILLED.length);
    const docs = await Promise.all(ids.map((id) => waitForArticle(stack.url, id, 60000)));
    expect(docs.map((d) => d.status)).toEqual(KILLED.map(() => 'processed'));
    expect(stack.workers.every((w) => w.exitCode === null)).toBe(true);

    // Claims: two of each article's own, and the tweet's one stored once for the post.
    const { rows: own } = await stack.db.query(
      `SELECT c.metric, c.value FROM claims c JOIN articles a ON a.id = c.article_id JOIN stories s ON s.id = a.story_id WHERE s.key = $1`,
      [story],
    );
    expect(own.map((r) => `${r.metric}:${r.value}`).sort()).toEqual(
      [...KILLED.map((v) => `killed:${v}`), ...INJURED.map((v) => `injured:${v}`)].sort(),
    );
    const { rows: posts } = await stack.db.query(
      `SELECT p.id, (SELECT count(*)::int FROM claims c WHERE c.post_id = p.id) AS claims,
              (SELECT count(*)::int FROM post_embeds e WHERE e.post_id = p.id) AS embeds
         FROM social_posts p WHERE p.external_id = $1`,
      [tweetId],
    );
    expect(posts).toEqual([{ id: expect.any(String), claims: 1, embeds: 4 }]);

    // Discrepancies: once the last refresh has weighed every claim, one row per quantity.
    const storyClaims = `SELECT c.id, c.metric FROM claims c JOIN articles a ON a.id = c.article_id JOIN stories s ON s.id = a.story_id WHERE s.key = $1
                         UNION SELECT c.id, c.metric FROM claims c WHERE c.post_id = $2`;
    await waitFor(
      async () => {
        const { rows } = await stack.db.query(
          `SELECT count(*)::int AS missing FROM (${storyClaims}) sc
          WHERE NOT EXISTS (SELECT 1 FROM discrepancy_claims dc JOIN discrepancies d ON d.id = dc.discrepancy_id JOIN stories s ON s.id = d.story_id
                             WHERE dc.claim_id = sc.id AND s.key = $1)`,
          [story, posts[0].id],
        );
        return rows[0].missing === 0;
      },
      'every claim to be weighed',
      30000,
    );
    const { rows: discrepancies } = await stack.db.query(
      `SELECT d.id, d.metric, d.subject, d.location_key, d.kind, d.status, (SELECT count(DISTINCT v->>'value')::int FROM jsonb_array_elements(d."values") v) AS n_values
         FROM discrepancies d JOIN stories s ON s.id = d.story_id WHERE s.key = $1 ORDER BY d.metric`,
      [story],
    );
    expect(
      discrepancies.map((d) => [d.metric, d.subject, d.location_key, d.kind, d.status, d.n_values]),
    ).toEqual([
      ['injured', 'law_enforcement', 'Almaty', 'conflict', 'open', new Set(INJURED).size],
      ['killed', 'law_enforcement', 'Almaty', 'conflict', 'open', new Set([...KILLED, 8]).size],
    ]);
    // Each was flagged once, however many refreshes raced.
    const { rows: flagged } = await stack.db.query(
      `SELECT discrepancy_id, count(*)::int AS n FROM review_events WHERE action = 'flagged' AND discrepancy_id = ANY($1) GROUP BY discrepancy_id`,
      [discrepancies.map((d) => d.id)],
    );
    expect(flagged.map((f) => f.n)).toEqual([1, 1]);
    // And every link points at a live claim of the story.
    const { rows: links } = await stack.db.query(
      `SELECT count(*)::int AS n, count(DISTINCT dc.claim_id)::int AS distinct_claims FROM discrepancy_claims dc WHERE dc.discrepancy_id = ANY($1)`,
      [discrepancies.map((d) => d.id)],
    );
    expect(links[0]).toEqual({
      n: KILLED.length + INJURED.length + 1,
      distinct_claims: KILLED.length + INJURED.length + 1,
    });
  });
});
