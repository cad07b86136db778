import { Client } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { Article } from '../articles/article.entity';
import { ApiKey } from '../auth/api-key.entity';
import { ArticleContent } from '../articles/article-content.entity';
import { ClaimRecord } from '../claims/claim.entity';
import { Discrepancy } from '../discrepancies/discrepancy.entity';
import { DiscrepancyClaim } from '../discrepancies/discrepancy-claim.entity';
import { DismissedFigure } from '../discrepancies/dismissed-figure.entity';
import { ReviewEvent } from '../discrepancies/review-event.entity';
import { PostEmbed } from '../posts/post-embed.entity';
import { SocialPost } from '../posts/social-post.entity';
import { Story } from '../stories/story.entity';
import { InitialSchema1764000000000 } from './migrations/1764000000000-InitialSchema';
import { ApiKeys1765100000000 } from './migrations/1765100000000-ApiKeys';
import { ReviewEventSequence1765100000001 } from './migrations/1765100000001-ReviewEventSequence';
import { ArticleLease1765300000000 } from './migrations/1765300000000-ArticleLease';
import { DiscrepancyPair1765500000000 } from './migrations/1765500000000-DiscrepancyPair';
import { DismissedClaims1765500000001 } from './migrations/1765500000001-DismissedClaims';
import { SubmittedMetadata1765500000002 } from './migrations/1765500000002-SubmittedMetadata';
import { StoryTerms1765500000003 } from './migrations/1765500000003-StoryTerms';
import { ComparedSeries1766500000000 } from './migrations/1766500000000-ComparedSeries';
import { DismissedFigures1766500000001 } from './migrations/1766500000001-DismissedFigures';
import { StoryProfiles1766600000000 } from './migrations/1766600000000-StoryProfiles';
import { ClaimQuantityBySource1766700000000 } from './migrations/1766700000000-ClaimQuantityBySource';
import { ClaimEarlier1766900000000 } from './migrations/1766900000000-ClaimEarlier';
import { ClaimPart1767000000000 } from './migrations/1767000000000-ClaimPart';
import { DiscrepancyPageOrder1767100000000 } from './migrations/1767100000000-DiscrepancyPageOrder';
import { DiscrepancyTallies1767100000001 } from './migrations/1767100000001-DiscrepancyTallies';
import { StoryMergedKey1767400000000 } from './migrations/1767400000000-StoryMergedKey';
import { StoryMergedId1767700000000 } from './migrations/1767700000000-StoryMergedId';
import { ContentLz41767500000000 } from './migrations/1767500000000-ContentLz4';
import { DiscrepancyValuesLz41767800000000 } from './migrations/1767800000000-DiscrepancyValuesLz4';
import { ArticleHasRevisions1768200000000 } from './migrations/1768200000000-ArticleHasRevisions';
import { DiscrepancyValuesPatch1768300000000 } from './migrations/1768300000000-DiscrepancyValuesPatch';
import { ChangedXid1768500000000 } from './migrations/1768500000000-ChangedXid';
import { StoryNames1768600000000 } from './migrations/1768600000000-StoryNames';

export const ENTITIES = [
  Story,
  Article,
  ArticleContent,
  SocialPost,
  PostEmbed,
  ClaimRecord,
  Discrepancy,
  DiscrepancyClaim,
  DismissedFigure,
  ReviewEvent,
  ApiKey,
];
export const MIGRATIONS = [
  InitialSchema1764000000000,
  ApiKeys1765100000000,
  ReviewEventSequence1765100000001,
  ArticleLease1765300000000,
  DiscrepancyPair1765500000000,
  DismissedClaims1765500000001,
  SubmittedMetadata1765500000002,
  StoryTerms1765500000003,
  ComparedSeries1766500000000,
  DismissedFigures1766500000001,
  StoryProfiles1766600000000,
  ClaimQuantityBySource1766700000000,
  ClaimEarlier1766900000000,
  ClaimPart1767000000000,
  DiscrepancyPageOrder1767100000000,
  DiscrepancyTallies1767100000001,
  StoryMergedKey1767400000000,
  StoryMergedId1767700000000,
  ContentLz41767500000000,
  DiscrepancyValuesLz41767800000000,
  ArticleHasRevisions1768200000000,
  DiscrepancyValuesPatch1768300000000,
  ChangedXid1768500000000,
  StoryNames1768600000000,
];

/** Schema changes go through the reviewed migrations above; never `synchronize`. */
export function dataSourceOptions(config: AppConfig, runMigrations: boolean): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: runMigrations,
    migrationsTransactionMode: 'all',
    synchronize: false,
    logging: ['error'],
    // The service's queries read a story's or a page's rows by index: a parallel plan's worker
    // start-up (about 10 ms on a busy 2-core machine) cost more than the work it shared out, and
    // GET /claims/history at 1 M claims got one (npm run bench: p50 63 -> 33 ms without).
    extra: { options: '-c max_parallel_workers_per_gather=0' },
  };
}

/** Creates the configured database when it does not exist yet (first run on a fresh machine). */
export async function ensureDatabase(databaseUrl: string): Promise<void> {
  const target = new URL(databaseUrl);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!name) return;
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      await client
        .query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`)
        .catch((err: { code?: string }) => {
          // Two processes starting together may race to create it.
          if (err.code !== '42P04' && err.code !== '23505') throw err;
        });
    }
  } finally {
    await client.end();
  }
}
