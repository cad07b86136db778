// The stored claims a story's comparison weighs, and the series (metric, subject) an ingested
// article touches, so that its refresh loads and re-decides only those.
import { supersededArticleIds } from '../articles/revision-queries';
import type { ClaimRecord } from '../claims/claim.entity';
import { transactionQuery, type TransactionQuery } from '../database/prepared-query';
import { claimFromColumns } from '../claims/claim-columns';
import { sentenceAround } from '../claims/evidence/sentence-around';
import type { Metric, Subject, TimePrecision } from '../domain/vocabulary';
import { toComparableClaim } from './comparable-claims';
import type { ComparableClaim } from './rules/comparable-claim';

/** One series of a story: the claims of one metric and subject (each quantity lies inside one). */
export interface Series {
  metric: Metric;
  subject: Subject;
}

// The fixed statements (touched and compared series, the mark) run prepared (see transactionQuery);
// the reads of a story's claims and of what changed are planned for their values each time: a
// generic plan sees neither the story's size nor the snapshot's bounds (forced generic plans, the
// bench's story growth at 5,000 articles: 390-456 -> 563 ms an article).
type Query = TransactionQuery;

/**
 * The series an article's refresh must re-decide: those of its figures and its posts' figures now,
 * those its figures (and its posts' earlier figures, when this ingest changed them) were last
 * compared in, and those of its other revisions in the story (this one supersedes their figures).
 * Records the series of its and its posts' figures now as compared, in the same statement: the
 * refresh that follows commits with it (a statement to read, two to record were three round trips
 * an article). The reads see the rows as they were before the statement.
 */
export async function touchedSeries(
  manager: Query,
  storyId: string,
  articleId: string,
  changedPostIds: string[],
): Promise<Series[]> {
  return transactionQuery(
    manager,
    `WITH current AS (
       SELECT DISTINCT article_id, NULL::uuid AS post_id, metric, subject FROM claims WHERE article_id = $2
       UNION SELECT DISTINCT NULL::uuid, c.post_id, c.metric, c.subject
               FROM post_embeds e JOIN claims c ON c.post_id = e.post_id WHERE e.article_id = $2),
     forgotten AS (
       DELETE FROM compared_series s
        WHERE (s.article_id = $2 OR s.post_id IN (SELECT post_id FROM post_embeds WHERE article_id = $2))
          AND NOT EXISTS (SELECT 1 FROM current c
                           WHERE c.article_id IS NOT DISTINCT FROM s.article_id
                             AND c.post_id IS NOT DISTINCT FROM s.post_id
                             AND c.metric = s.metric AND c.subject = s.subject)),
     recorded AS (
       INSERT INTO compared_series (article_id, post_id, metric, subject)
       SELECT article_id, post_id, metric, subject FROM current ON CONFLICT DO NOTHING)
     SELECT metric, subject FROM current
     UNION SELECT metric, subject FROM compared_series WHERE article_id = $2
     UNION SELECT metric, subject FROM compared_series WHERE post_id = ANY($3::uuid[])
     UNION SELECT c.metric, c.subject FROM articles a JOIN articles r ON r.url = a.url AND r.id <> a.id
             JOIN claims c ON c.article_id = r.id
            WHERE a.id = $2 AND r.story_id = $1 AND r.status = 'processed'`,
    [storyId, articleId, changedPostIds],
  );
}

interface ClaimRow {
  id: string;
  article_id: string | null;
  post_id: string | null;
  metric: Metric;
  subject: Subject;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: ClaimRecord['qualifier'];
  location: string | null;
  attribution: string[];
  as_of: string | null;
  earlier: boolean;
  /** Read to tell whether its wording gives the figure as a count that rose (rise-words.ts). */
  quote: string;
  start_offset: number;
  end_offset: number;
  /** The source text around the quote, from `window_from`: its sentence's wording (hedge-words.ts). */
  window: string | null;
  window_from: number;
  via_article: string;
  /** An article's own claim whose article has other processed revisions. */
  revised: boolean;
  revised_article: string | null;
  version: string;
  url: string | null;
  site: string | null;
  precision: TimePrecision | null;
  handle: string | null;
  author_name: string | null;
}

/** A compared claim and the version of the rows it was built from (see storyClaimsQuery). */
interface BuiltClaim {
  claim: ComparableClaim;
  version: string;
  /** The claim's article when that article has other processed revisions (see ClaimStamp). */
  revisedArticle: string | null;
}

/**
 * The compared claims a worker built for one story, by series ("metric|subject") and claim id. A
 * claim whose rows are unchanged is the same object at the next refresh, so what the rules derived
 * from it (content keys, times, judged pairs: see detectDiscrepancies' valueDigest) is reused and
 * only new claims are built.
 */
export type BuiltClaims = Map<string, Map<string, BuiltClaim>>;

/** Articles and posts whose rows changed: their claims are read again. */
interface Owners {
  articles: Set<string>;
  posts: Set<string>;
}

/**
 * BuiltClaims a worker keeps for a story between refreshes, with what it needs to read only what
 * changed since: the snapshot its last refresh read the story in (`mark`), and per kept series the
 * articles and posts changed since that series was last read (`pending`). Every write to an
 * article, a post or a claim stamps the row with its transaction (migration 1768500000000), and a
 * claim is deleted only with its article's or post's row rewritten (ingest replaces an article's
 * claims in the transaction that updates the article; a post's, in the upsert of its row): so the
 * rows not visible in the mark's snapshot are all that can have changed, found through an index
 * whatever the story's size. The
 * stamps of every claim of the touched series (one statement over thousands of claims: the
 * story's articles scanned, each row version written out as text) were a fifth of a refresh at
 * 5,000 articles, and grew with the story.
 */
export class KeptClaims extends Map<string, Map<string, BuiltClaim>> {
  mark: { snapshot: string; xact: string } | null = null;
  readonly pending = new Map<string, Owners>();
}

/** Characters of source text read on each side of a new claim's quote to find its sentence. */
const CONTEXT_CHARS = 400;

/** More changed articles and posts than this pending for a series, and it is read whole again. */
const MAX_PENDING = 2_000;

/**
 * The story's claims (of `series` only, when given) as the rules compare them, each once, less those a reviewer dismissed
 * from a flag: a post embedded by several articles brings its claims once, through the article
 * that first embedded it. Articles' own claims and posts' claims are read by two index paths
 * (articles by story → claims by article; → embeds by article → claims by post).
 * Revisions: when an article's canonical URL was submitted again with different content, only
 * the latest processed revision's own figures take part; the earlier ones are history (GET
 * /claims/history marks them superseded, GET /articles/:id/revisions shows the change). So an
 * outlet correcting 12 to 18 is never a conflict, and its withdrawn 12 no longer disagrees with
 * anyone else.
 * With claims kept from the worker's last comparison (`built`), only each claim's id and row
 * versions are read, and whole rows only for the claims that are new or whose rows changed: in a
 * story of thousands of claims an article adds a handful, and reading every row again was most of
 * its refresh.
 */
export async function loadStoryClaims(
  manager: Query,
  storyId: string,
  series: Series[] | null,
  built: BuiltClaims = new Map(),
  { dismissedFigures = true }: ClaimsFilter = {},
): Promise<ComparableClaim[]> {
  if (!(built instanceof KeptClaims))
    return loadByStamps(manager, storyId, series, built, dismissedFigures);
  // Reviewers' dismissed figures take claims out without changing their rows: checked per claim.
  if (dismissedFigures || !series) {
    built.mark = dismissedFigures ? null : await currentMark(manager);
    const claims = await loadByStamps(manager, storyId, series, built, dismissedFigures);
    restartPending(built, series);
    return claims;
  }
  const changes = built.mark && (await changesSince(manager, built.mark));
  if (!changes) {
    built.mark = await currentMark(manager);
    const claims = await loadByStamps(manager, storyId, series, built, false);
    restartPending(built, series);
    return claims;
  }
  built.mark = changes.mark;
  return loadChanged(manager, storyId, series, built, changes);
}

/** The snapshot a read is about to see the story in, and this transaction. */
async function currentMark(manager: Query): Promise<KeptClaims['mark']> {
  const [mark]: { snapshot: string; xact: string }[] = await transactionQuery(
    manager,
    `SELECT pg_current_snapshot()::text AS snapshot, pg_current_xact_id()::text AS xact`,
  );
  return mark;
}

/**
 * After reading `series` (all the story's, when null) by their stamps with a new mark: what other
 * series the worker kept were not checked against it, so they are let go. Without a mark (claims
 * checked by their stamps each time) the kept series stay as they are.
 */
function restartPending(built: KeptClaims, series: Series[] | null): void {
  built.pending.clear();
  if (!built.mark) return;
  const read = new Set(series?.map(seriesKey) ?? built.keys());
  for (const key of [...built.keys()]) if (!read.has(key)) built.delete(key);
  for (const key of built.keys()) built.pending.set(key, { articles: new Set(), posts: new Set() });
}

/**
 * The articles and posts written by transactions the mark's snapshot does not see (in progress
 * then, or begun since), in any story, and those of the claims so written: an article moved away
 * takes its claims with it. Null when
 * the transaction that took the mark did not commit (what the worker kept from it never happened).
 * The new mark is taken with the read, before the claims are: a row written in between is read
 * again at the next refresh, never missed.
 */
async function changesSince(
  manager: Query,
  mark: NonNullable<KeptClaims['mark']>,
): Promise<{ mark: NonNullable<KeptClaims['mark']>; owners: Owners } | null> {
  // Not visible in a snapshot: begun at or after its xmax, or in progress then (its xip list); not
  // a range from its xmin, which any long transaction of the cluster holds back. Both as values
  // the planner sees (parsed here), so each is an index lookup.
  const [, xmax, xip] = mark.snapshot.split(':');
  const changed = (table: string, id = 'id') =>
    `ARRAY(SELECT ${id} FROM ${table} WHERE changed_xid >= $2::xid8 AND ${id} IS NOT NULL
           UNION SELECT ${id} FROM ${table}
                  WHERE changed_xid = ANY($3::xid8[]) AND ${id} IS NOT NULL)`;
  const [row]: {
    snapshot: string;
    xact: string;
    committed: boolean;
    articles: string[];
    posts: string[];
    claim_articles: string[];
    claim_posts: string[];
  }[] = await manager.query(
    `SELECT pg_current_snapshot()::text AS snapshot, pg_current_xact_id()::text AS xact,
            pg_xact_status($1::xid8) IS NOT DISTINCT FROM 'committed' AS committed,
            ${changed('articles')} AS articles, ${changed('social_posts')} AS posts,
            ${changed('claims', 'article_id')} AS claim_articles,
            ${changed('claims', 'post_id')} AS claim_posts`,
    [mark.xact, xmax, xip ? xip.split(',') : []],
  );
  if (!row.committed) return null;
  return {
    mark: { snapshot: row.snapshot, xact: row.xact },
    owners: {
      articles: new Set([...row.articles, ...row.claim_articles]),
      posts: new Set([...row.posts, ...row.claim_posts]),
    },
  };
}

/**
 * The series' claims from those kept, each kept series' changed articles and posts read again (and
 * series not kept read whole): what a refresh reads grows with what changed, not with the story.
 */
async function loadChanged(
  manager: Query,
  storyId: string,
  series: Series[],
  built: KeptClaims,
  { owners }: { owners: Owners },
): Promise<ComparableClaim[]> {
  for (const [key, pending] of built.pending) {
    for (const id of owners.articles) pending.articles.add(id);
    for (const id of owners.posts) pending.posts.add(id);
    if (pending.articles.size + pending.posts.size > MAX_PENDING) {
      built.delete(key);
      built.pending.delete(key);
    }
  }
  const kept = series.filter((s) => built.has(seriesKey(s)));
  const fresh = series.filter((s) => !built.has(seriesKey(s)));
  const stale = staleOwners(built, kept);
  const [rereadRows, freshRows] = await Promise.all([
    stale.articles.size || stale.posts.size
      ? readRows(
          manager,
          storyClaimsQuery(storyId, kept, { owners: stale, dismissedFigures: false }),
        )
      : [],
    fresh.length
      ? readRows(manager, storyClaimsQuery(storyId, fresh, { dismissedFigures: false }))
      : [],
  ]);
  for (const row of rereadRows) if (row.post_id) stale.posts.add(row.post_id);
  const reread = new Map(rereadRows.map((r) => [r.id, r]));
  for (const s of kept) {
    const inSeries = built.get(seriesKey(s))!;
    for (const [id, known] of inSeries) {
      const { articleId, postId } = known.claim;
      const owned = postId ? stale.posts.has(postId) : stale.articles.has(articleId);
      // A claim read again from unchanged rows stays the same object (see detectDiscrepancies).
      if (owned && reread.get(id)?.version !== known.version) inSeries.delete(id);
    }
    built.pending.set(seriesKey(s), { articles: new Set(), posts: new Set() });
  }
  for (const row of [...rereadRows, ...freshRows]) {
    const key = `${row.metric}|${row.subject}`;
    let inSeries = built.get(key);
    if (!inSeries) {
      inSeries = new Map();
      built.set(key, inSeries);
      built.pending.set(key, { articles: new Set(), posts: new Set() });
    }
    if (!inSeries.has(row.id)) inSeries.set(row.id, buildClaim(row));
  }
  return keptComparable(
    manager,
    series.map((s) => built.get(seriesKey(s)) ?? new Map()),
  );
}

/**
 * The changed articles and posts pending for the kept series, with the posts whose claims came
 * through a changed article (it may no longer embed them, or no longer be the first that does).
 */
function staleOwners(built: KeptClaims, kept: Series[]): Owners {
  const stale: Owners = { articles: new Set(), posts: new Set() };
  for (const s of kept) {
    const pending = built.pending.get(seriesKey(s))!;
    for (const id of pending.articles) stale.articles.add(id);
    for (const id of pending.posts) stale.posts.add(id);
  }
  if (!stale.articles.size) return stale;
  for (const s of kept)
    for (const { claim } of built.get(seriesKey(s))!.values())
      if (claim.postId && stale.articles.has(claim.articleId)) stale.posts.add(claim.postId);
  return stale;
}

/** The kept claims of the series, less the figures of superseded revisions. */
async function keptComparable(
  manager: Query,
  series: Map<string, BuiltClaim>[],
): Promise<ComparableClaim[]> {
  const revised = new Set<string>();
  for (const inSeries of series)
    for (const built of inSeries.values())
      if (built.revisedArticle) revised.add(built.revisedArticle);
  const superseded = await supersededArticleIds(manager, [...revised]);
  const comparable: ComparableClaim[] = [];
  for (const inSeries of series)
    for (const built of inSeries.values())
      if (!superseded.has(built.revisedArticle ?? '')) comparable.push(built.claim);
  return comparable;
}

async function readRows(manager: Query, query: StoryClaimsQuery): Promise<ClaimRow[]> {
  return manager.query(query.sql, query.params);
}

function seriesKey(s: Series): string {
  return `${s.metric}|${s.subject}`;
}

/** loadStoryClaims by the stamps of every claim of the series (see storyClaimsQuery). */
async function loadByStamps(
  manager: Query,
  storyId: string,
  series: Series[] | null,
  built: BuiltClaims,
  dismissedFigures: boolean,
): Promise<ComparableClaim[]> {
  const keys = series ? series.map((s) => `${s.metric}|${s.subject}`) : [...built.keys()];
  // What was built before for the series read now; what they no longer hold is let go.
  const previous = new Map<string, BuiltClaim>();
  for (const key of keys) {
    for (const [id, claim] of built.get(key) ?? []) previous.set(id, claim);
    built.delete(key);
  }
  let stamps: ClaimStamp[];
  let rows: ClaimRow[];
  if (previous.size === 0) {
    const query = storyClaimsQuery(storyId, series, { dismissedFigures });
    rows = await manager.query(query.sql, query.params);
    stamps = rows;
  } else {
    stamps = await readStamps(
      manager,
      storyClaimsQuery(storyId, series, { stampsOnly: true, dismissedFigures }),
    );
    const stale = stamps.filter((s) => previous.get(s.id)?.version !== s.version).map((s) => s.id);
    const query = storyClaimsQuery(storyId, series, { ids: stale, dismissedFigures });
    rows = stale.length ? await manager.query(query.sql, query.params) : [];
  }
  const superseded = await supersededArticleIds(manager, [
    ...new Set(stamps.flatMap((s) => (s.revised_article ? [s.revised_article] : []))),
  ]);
  const fresh = new Map(rows.map((r) => [r.id, r]));
  // Straight to what the rules read, in one pass: no second copy of every claim is held while
  // the comparison runs (thousands of claims in a large story).
  const comparable: ComparableClaim[] = [];
  for (const stamp of stamps) {
    if (superseded.has(stamp.revised_article ?? '')) continue;
    const row = fresh.get(stamp.id);
    const known = previous.get(stamp.id);
    // A claim deleted between the two reads (its article re-processed meanwhile) is left out.
    const claim = row ? buildClaim(row) : known?.version === stamp.version ? known : null;
    if (!claim) continue;
    const key = seriesKey(claim.claim);
    let inSeries = built.get(key);
    if (!inSeries) {
      inSeries = new Map();
      built.set(key, inSeries);
    }
    inSeries.set(stamp.id, claim);
    comparable.push(claim.claim);
  }
  return comparable;
}

/** A claim of the story as first read: its id, the versions of the rows it is built from. */
interface ClaimStamp {
  id: string;
  /** See storyClaimsQuery's `version`. */
  version: string;
  /** The claim's article, when that article has other processed revisions (see `revised`). */
  revised_article: string | null;
}

interface StoryClaimsQuery {
  sql: string;
  params: unknown[];
}

/**
 * `dismissedFigures`: whether a reviewer dismissed a figure of one of the story's articles or their
 * posts (true when not known). Without any, the claims are not each checked against the dismissed
 * figures: that check, once per claim, was a third of reading the stamps of a 5,000-article story.
 */
export interface ClaimsFilter {
  dismissedFigures?: boolean;
}

/**
 * The story's compared claims (of `series` only, when given; of `ids` only, when given), ordered
 * by id, each with the `version` of the rows it is built from: the claim's, its article's, its
 * post's. A row's (xmin, ctid) names one version of it (an update writes a new version, in its own
 * transaction or a later one), so an unchanged version means the claim would be built the same.
 * `stampsOnly`: each claim's id, version and revised article alone (see readStamps).
 */
function storyClaimsQuery(
  storyId: string,
  series: Series[] | null,
  {
    ids = null,
    owners = null,
    stampsOnly = false,
    dismissedFigures = true,
  }: { ids?: string[] | null; owners?: Owners | null; stampsOnly?: boolean } & ClaimsFilter = {},
): StoryClaimsQuery {
  const params: unknown[] = [storyId];
  const param = (value: unknown) => `$${params.push(value)}`;
  const inSeries = series
    ? `AND (c.metric, c.subject) IN (SELECT * FROM unnest(${param(series.map((s) => s.metric))}::text[], ${param(series.map((s) => s.subject))}::text[]))`
    : '';
  const inIds = ids ? `AND c.id = ANY(${param(ids)}::uuid[])` : '';
  // Of changed articles: their own claims, and those of the posts they embed (which of a post's
  // articles brings its claims may have changed with them); of changed posts, their claims.
  let ofArticles = '';
  let ofPosts = '';
  if (owners) {
    const articles = param([...owners.articles]);
    ofArticles = `AND c.article_id = ANY(${articles}::uuid[])`;
    // One array (an init plan), so the posts' claims are found by their index, not by a filter
    // over every embedded post's claims.
    ofPosts = `AND c.post_id = ANY(ARRAY(SELECT unnest(${param([...owners.posts])}::uuid[])
      UNION SELECT o.post_id FROM post_embeds o WHERE o.article_id = ANY(${articles}::uuid[])))`;
  }
  const notDismissed = !dismissedFigures
    ? ''
    : `AND NOT EXISTS (SELECT 1 FROM dismissed_figures d
    WHERE COALESCE(d.article_id, d.post_id) = COALESCE(c.article_id, c.post_id) AND d.metric = c.metric
      AND d.subject = c.subject AND d.value = c.value AND d.quote = c.quote)`;
  // A part ("nine of them", "149 still in hospital") counts less than its quantity: never a total.
  // An earlier figure ("up from 310") is read, to stand superseded in its origin's timeline.
  const current = `AND NOT c.part`;
  // Only what the comparison reads: at thousands of claims a story's rows are most of its cost.
  // The stamps carry no content: their rows are sorted and de-duplicated, and every column read
  // is carried through that sort.
  const content = stampsOnly
    ? ''
    : `c.metric, c.subject, c.value, c.low, c.high, c.qualifier, c.location, c.attribution, c.as_of,
       c.earlier, c.quote, c.start_offset, c.end_offset, a.url, a.site,`;
  const columns = `c.id, c.article_id, c.post_id, ${content} a.id AS via_article,
    c.xmin::text || c.ctid::text || a.xmin::text || a.ctid::text AS row_versions`;
  const viaContent = stampsOnly
    ? ''
    : `via.metric, via.subject, via.value, via.low, via.high, via.qualifier, via.location,
       via.attribution, via.as_of, via.earlier, via.quote, via.url, via.site, via.revised,
       p.posted_at_precision AS precision, p.handle, p.author_name,
       via.start_offset, via.end_offset, GREATEST(0, via.start_offset - ${CONTEXT_CHARS}) AS window_from,
       substr(COALESCE(p.text, ac.body_text), GREATEST(0, via.start_offset - ${CONTEXT_CHARS}) + 1,
              via.end_offset - GREATEST(0, via.start_offset - ${CONTEXT_CHARS}) + ${CONTEXT_CHARS}) AS window,`;
  // The text around a new claim's quote, for its sentence (read only with the claim's content).
  const contextText = stampsOnly
    ? ''
    : `LEFT JOIN article_contents ac ON ac.article_id = via.article_id`;
  // Whether the claim's article has another processed revision (same canonical URL, kept on its
  // row: see ArticleHasRevisions): only those articles are looked up to see which revision is the
  // latest, not every article of the series.
  const revised = `a.has_revisions AS revised`;
  const where = `a.story_id = $1 AND a.status = 'processed' ${inSeries} ${inIds} ${current} ${notDismissed}`;
  const sql = `SELECT DISTINCT ON (via.id) via.id, via.article_id, via.post_id, via.via_article, ${viaContent}
            CASE WHEN via.revised THEN via.article_id END AS revised_article,
            via.row_versions || COALESCE(p.xmin::text || p.ctid::text, '') || via.revised::text AS version
       FROM (SELECT ${columns}, ${revised}, a.created_at FROM articles a JOIN claims c ON c.article_id = a.id
              WHERE ${where} ${ofArticles}
             UNION ALL
             SELECT ${columns}, false, a.created_at
               FROM articles a JOIN post_embeds e ON e.article_id = a.id JOIN claims c ON c.post_id = e.post_id
              WHERE ${where} ${ofPosts}) via
       LEFT JOIN social_posts p ON p.id = via.post_id
       ${contextText}
      ORDER BY via.id, via.created_at`;
  return { sql, params };
}

/**
 * Each claim's id, version and revised article, in one row of text: thousands of claims parse as
 * one string, not as thousands of row objects.
 */
async function readStamps(manager: Query, query: StoryClaimsQuery): Promise<ClaimStamp[]> {
  const [{ stamps }]: { stamps: string | null }[] = await manager.query(
    `SELECT string_agg(s.id || ' ' || s.version || ' ' || COALESCE(s.revised_article::text, '-'), ' ' ORDER BY s.id) AS stamps
       FROM (${query.sql}) s`,
    query.params,
  );
  if (!stamps) return [];
  const parts = stamps.split(' ');
  const out: ClaimStamp[] = [];
  for (let i = 0; i + 2 < parts.length; i += 3)
    out.push({
      id: parts[i],
      version: parts[i + 1],
      revised_article: parts[i + 2] === '-' ? null : parts[i + 2],
    });
  return out;
}

function buildClaim(r: ClaimRow): BuiltClaim {
  const sentence = r.window
    ? sentenceAround(r.window, r.start_offset, r.end_offset, r.window_from)
    : null;
  return {
    claim: toComparableClaim({
      claim: claimFromColumns(r),
      articleId: r.via_article,
      articleUrl: r.url,
      articleSite: r.site,
      postedAtPrecision: r.precision,
      postHandle: r.handle,
      postAuthor: r.author_name,
      sentence: sentence?.sentence ?? null,
    }),
    version: r.version,
    revisedArticle: r.revised_article,
  };
}
