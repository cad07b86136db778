// The stored claims a story's comparison weighs, and the series (metric, subject) an ingested
// article touches, so that its refresh loads and re-decides only those.
import type { EntityManager } from 'typeorm';
import { supersededArticleIds } from '../articles/revision-queries';
import type { ClaimRecord } from '../claims/claim.entity';
import { claimFromColumns } from '../claims/claim-columns';
import type { Metric, Subject, TimePrecision } from '../domain/vocabulary';
import { toComparableClaim } from './comparable-claims';
import type { ComparableClaim } from './rules/comparable-claim';

/** One series of a story: the claims of one metric and subject (each quantity lies inside one). */
export interface Series {
  metric: Metric;
  subject: Subject;
}

type Query = Pick<EntityManager, 'query'>;

/**
 * The series an article's refresh must re-decide: those of its figures and its posts' figures now,
 * those its figures (and its posts' earlier figures, when this ingest changed them) were last
 * compared in, and those of its other revisions in the story (this one supersedes their figures).
 */
export async function touchedSeries(
  manager: Query,
  storyId: string,
  articleId: string,
  changedPostIds: string[],
): Promise<Series[]> {
  return manager.query(
    `SELECT metric, subject FROM claims WHERE article_id = $2
     UNION SELECT c.metric, c.subject FROM post_embeds e JOIN claims c ON c.post_id = e.post_id WHERE e.article_id = $2
     UNION SELECT metric, subject FROM compared_series WHERE article_id = $2
     UNION SELECT metric, subject FROM compared_series WHERE post_id = ANY($3::uuid[])
     UNION SELECT c.metric, c.subject FROM articles a JOIN articles r ON r.url = a.url AND r.id <> a.id
             JOIN claims c ON c.article_id = r.id
            WHERE a.id = $2 AND r.story_id = $1 AND r.status = 'processed'`,
    [storyId, articleId, changedPostIds],
  );
}

/** Remembers the series of the article's and its posts' figures as they were just compared. */
export async function recordComparedSeries(manager: Query, articleId: string): Promise<void> {
  await manager.query(
    `DELETE FROM compared_series
      WHERE article_id = $1 OR post_id IN (SELECT post_id FROM post_embeds WHERE article_id = $1)`,
    [articleId],
  );
  await manager.query(
    `INSERT INTO compared_series (article_id, post_id, metric, subject)
     SELECT DISTINCT article_id, post_id, metric, subject FROM claims WHERE article_id = $1
     UNION SELECT DISTINCT NULL::uuid, c.post_id, c.metric, c.subject
             FROM post_embeds e JOIN claims c ON c.post_id = e.post_id WHERE e.article_id = $1`,
    [articleId],
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
}

/**
 * The compared claims a worker built for one story, by series ("metric|subject") and claim id. A
 * claim whose rows are unchanged is the same object at the next refresh, so what the rules derived
 * from it (content keys, times, judged pairs: see detectDiscrepancies' valueDigest) is reused and
 * only new claims are built.
 */
export type BuiltClaims = Map<string, Map<string, BuiltClaim>>;

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
    const key = `${claim.claim.metric}|${claim.claim.subject}`;
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
    stampsOnly = false,
    dismissedFigures = true,
  }: { ids?: string[] | null; stampsOnly?: boolean } & ClaimsFilter = {},
): StoryClaimsQuery {
  const params: unknown[] = [storyId];
  const param = (value: unknown) => `$${params.push(value)}`;
  const inSeries = series
    ? `AND (c.metric, c.subject) IN (SELECT * FROM unnest(${param(series.map((s) => s.metric))}::text[], ${param(series.map((s) => s.subject))}::text[]))`
    : '';
  const inIds = ids ? `AND c.id = ANY(${param(ids)}::uuid[])` : '';
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
       c.earlier, a.url, a.site,`;
  const columns = `c.id, c.article_id, c.post_id, ${content} a.id AS via_article,
    c.xmin::text || c.ctid::text || a.xmin::text || a.ctid::text AS row_versions`;
  const viaContent = stampsOnly
    ? ''
    : `via.metric, via.subject, via.value, via.low, via.high, via.qualifier, via.location,
       via.attribution, via.as_of, via.earlier, via.url, via.site, via.revised,
       p.posted_at_precision AS precision, p.handle, p.author_name,`;
  // Whether the claim's article has another processed revision (same canonical URL, kept on its
  // row: see ArticleHasRevisions): only those articles are looked up to see which revision is the
  // latest, not every article of the series.
  const revised = `a.has_revisions AS revised`;
  const where = `a.story_id = $1 AND a.status = 'processed' ${inSeries} ${inIds} ${current} ${notDismissed}`;
  const sql = `SELECT DISTINCT ON (via.id) via.id, via.article_id, via.post_id, via.via_article, ${viaContent}
            CASE WHEN via.revised THEN via.article_id END AS revised_article,
            via.row_versions || COALESCE(p.xmin::text || p.ctid::text, '') || via.revised::text AS version
       FROM (SELECT ${columns}, ${revised}, a.created_at FROM articles a JOIN claims c ON c.article_id = a.id
              WHERE ${where}
             UNION ALL
             SELECT ${columns}, false, a.created_at
               FROM articles a JOIN post_embeds e ON e.article_id = a.id JOIN claims c ON c.post_id = e.post_id
              WHERE ${where}) via
       LEFT JOIN social_posts p ON p.id = via.post_id
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
  return {
    claim: toComparableClaim({
      claim: claimFromColumns(r),
      articleId: r.via_article,
      articleUrl: r.url,
      articleSite: r.site,
      postedAtPrecision: r.precision,
      postHandle: r.handle,
      postAuthor: r.author_name,
    }),
    version: r.version,
  };
}
