// Archive-sized data for the query and story-growth benchmarks, written with COPY (pg-copy-streams):
// stories of processed articles, each with its own figures, some figures in embedded posts, and the
// discrepancies the stories hold. Ids are made here so the rows can point at each other.
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Pool } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { relativeGap } from '../discrepancies/rules/interval';
import { pairSeverity } from '../discrepancies/rules/severity';
import { seededRandom } from './page-generator';

const METRICS = ['killed', 'injured', 'detained', 'missing', 'displaced'];
const SUBJECTS = ['people', 'law_enforcement', 'protesters', 'civilians'];
const PLACES: [string, string][] = [
  ['Chittagong', 'Bangladesh'],
  ['Mombasa', 'Kenya'],
  ['Cebu City', 'Philippines'],
  ['Tbilisi', 'Georgia'],
];
export const CLAIMS_PER_ARTICLE = 3;
/** Every fifth article embeds a post that carries one figure of its own. */
const POST_EVERY = 5;

type Row = (string | number | null)[];

/** One COPY text-format line: tabs, newlines and backslashes escaped, NULL as \N. */
export function copyLine(row: Row): string {
  return (
    row
      .map((v) =>
        v === null
          ? '\\N'
          : String(v).replace(
              /[\\\t\n\r]/g,
              (c) => `\\${{ '\t': 't', '\n': 'n', '\r': 'r' }[c] ?? c}`,
            ),
      )
      .join('\t') + '\n'
  );
}

async function copyRows(db: Pool, table: string, columns: string[], rows: Row[]): Promise<void> {
  if (!rows.length) return;
  const client = await db.connect();
  try {
    const sink = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
    await pipeline(Readable.from(rows.map(copyLine)), sink);
  } finally {
    client.release();
  }
}

interface StoryRows {
  articles: Row[];
  posts: Row[];
  embeds: Row[];
  claims: Row[];
  claimIdsByQuantity: Map<string, string[]>;
}

function claimRow(rnd: () => number, owner: [string | null, string | null], position: number): Row {
  const [place, country] = PLACES[Math.floor(rnd() * PLACES.length)];
  const value = 1 + Math.floor(rnd() * 500);
  return [
    randomUUID(),
    ...owner,
    position,
    METRICS[Math.floor(rnd() * METRICS.length)],
    SUBJECTS[Math.floor(rnd() * SUBJECTS.length)],
    value,
    value,
    value,
    'exact',
    rnd() < 0.3 ? null : place,
    country,
    '["officials"]',
    `2022-01-0${1 + Math.floor(rnd() * 9)}`,
    `${value} people were hurt`,
    0,
    20,
  ];
}

/** The rows of one story of `articleCount` processed articles. */
function storyRows(storyId: string, articleCount: number, seed: number): StoryRows {
  const rnd = seededRandom(seed);
  const out: StoryRows = {
    articles: [],
    posts: [],
    embeds: [],
    claims: [],
    claimIdsByQuantity: new Map(),
  };
  for (let i = 0; i < articleCount; i++) {
    const articleId = randomUUID();
    out.articles.push([
      articleId,
      'processed',
      'html',
      `${storyId}:${i}`,
      storyId,
      `https://bench${i % 40}.example.com/${storyId}/${i}`,
      `Bench site ${i % 40}`,
      '2022-01-05',
    ]);
    for (let p = 0; p < CLAIMS_PER_ARTICLE; p++)
      out.claims.push(claimRow(rnd, [articleId, null], p));
    if (i % POST_EVERY === 0) {
      const postId = randomUUID();
      out.posts.push([
        postId,
        `bench:${postId}`,
        'embedded',
        'twitter',
        `witness${i % 50}`,
        'ms',
        'a post',
      ]);
      out.embeds.push([articleId, 0, postId]);
      out.claims.push(claimRow(rnd, [null, postId], 0));
    }
  }
  for (const c of out.claims) {
    const key = `${c[4]}|${c[5]}`;
    out.claimIdsByQuantity.set(key, [...(out.claimIdsByQuantity.get(key) ?? []), c[0] as string]);
  }
  return out;
}

const ARTICLE_COLUMNS = [
  'id',
  'status',
  'format',
  'submission_sha256',
  'story_id',
  'url',
  'site',
  'published_at',
];
const POST_COLUMNS = [
  'id',
  'identity_key',
  'kind',
  'platform',
  'handle',
  'posted_at_precision',
  'text',
];
const CLAIM_COLUMNS = [
  'id',
  'article_id',
  'post_id',
  'position',
  'metric',
  'subject',
  'value',
  'low',
  'high',
  'qualifier',
  'location',
  'country',
  'attribution',
  'as_of',
  'quote',
  'start_offset',
  'end_offset',
];

/** The two figures every bench flag pairs. */
const PAIR = [10, 11].map((v) => ({ low: v, high: v }));

/** A discrepancy per quantity the story's claims disagree on, naming two of its claims. */
function discrepancyRows(
  storyId: string,
  rows: StoryRows,
  seed: number,
): { discrepancies: Row[]; links: Row[] } {
  const rnd = seededRandom(seed ^ 0x5bd1e995);
  const discrepancies: Row[] = [];
  const links: Row[] = [];
  for (const [key, ids] of rows.claimIdsByQuantity) {
    if (ids.length < 2) continue;
    const [metric, subject] = key.split('|');
    const id = randomUUID();
    const pair = ids.slice(0, 2);
    const kind = rnd() < 0.5 ? 'conflict' : 'update';
    // Scored as the rules score a pair (rounded, so flags share severities as in a real archive).
    const origins = () => 1 + Math.floor(rnd() * 3);
    const severity = pairSeverity(kind, relativeGap(PAIR[0], PAIR[1]), origins(), origins());
    const values = pair.map((claimId, i) => ({
      value: PAIR[i].low,
      ...PAIR[i],
      claimIds: [claimId],
    }));
    discrepancies.push([
      id,
      storyId,
      metric,
      subject,
      null,
      '',
      kind,
      'open',
      severity,
      'same-scope',
      `${metric} ${subject}: 10 against 11`,
      JSON.stringify(values),
    ]);
    pair.forEach((claimId, i) => links.push([id, claimId, PAIR[i].low]));
  }
  return { discrepancies, links };
}

export interface LoadedStory {
  id: string;
  key: string;
  quantities: string[];
}

/**
 * Writes `storyCount` stories of `articlesPerStory` articles each; returns them. `withDiscrepancies`
 * false leaves them uncompared, for a caller that compares them as the service does.
 */
export async function loadStories(
  db: Pool,
  storyCount: number,
  articlesPerStory: number,
  seed: number,
  withDiscrepancies = true,
): Promise<LoadedStory[]> {
  const stories: LoadedStory[] = [];
  const batch = {
    stories: [] as Row[],
    articles: [] as Row[],
    posts: [] as Row[],
    embeds: [] as Row[],
    claims: [] as Row[],
    discrepancies: [] as Row[],
    links: [] as Row[],
  };
  const flush = async () => {
    await copyRows(
      db,
      'stories',
      ['id', 'key', 'name', 'automatic', 'main_country'],
      batch.stories,
    );
    await copyRows(db, 'articles', ARTICLE_COLUMNS, batch.articles);
    await copyRows(db, 'social_posts', POST_COLUMNS, batch.posts);
    await copyRows(db, 'post_embeds', ['article_id', 'position', 'post_id'], batch.embeds);
    await copyRows(db, 'claims', CLAIM_COLUMNS, batch.claims);
    await copyRows(db, 'discrepancies', DISCREPANCY_COLUMNS, batch.discrepancies);
    await copyRows(db, 'discrepancy_claims', ['discrepancy_id', 'claim_id', 'value'], batch.links);
    for (const rows of Object.values(batch)) rows.length = 0;
  };
  for (let s = 0; s < storyCount; s++) {
    const id = randomUUID();
    const key = `bench-${seed}-${s}`;
    const rows = storyRows(id, articlesPerStory, seed + s);
    const found = withDiscrepancies
      ? discrepancyRows(id, rows, seed + s)
      : { discrepancies: [], links: [] };
    batch.stories.push([id, key, key, 'false', 'Bangladesh']);
    batch.articles.push(...rows.articles);
    batch.posts.push(...rows.posts);
    batch.embeds.push(...rows.embeds);
    batch.claims.push(...rows.claims);
    batch.discrepancies.push(...found.discrepancies);
    batch.links.push(...found.links);
    stories.push({ id, key, quantities: [...rows.claimIdsByQuantity.keys()] });
    if (batch.claims.length >= 50_000) await flush();
  }
  await flush();
  return stories;
}

const DISCREPANCY_COLUMNS = [
  'id',
  'story_id',
  'metric',
  'subject',
  'location',
  'location_key',
  'kind',
  'status',
  'severity',
  'rule',
  'explanation',
  '"values"',
];

/** Claims a story of `articles` articles holds (own figures plus its posts' figures). */
export const claimsPerStory = (articles: number): number =>
  articles * CLAIMS_PER_ARTICLE + Math.ceil(articles / POST_EVERY);
