import type { TimePrecision } from '../domain/vocabulary';
import type { ComparableClaim } from './rules/comparable-claim';
import { clauseOf, saysHedged, saysReportedEarlier } from './rules/hedge-words';
import { saysCountRose } from './rules/rise-words';
import { saysSubset } from './rules/subset-words';
import { saysSurvivors } from './rules/survivor-words';
import { saysTally } from './rules/tally-words';
import type { ClaimRecord } from '../claims/claim.entity';

/** A stored claim with what the rules need to know about where it came from. */
export interface StoredClaimProvenance {
  claim: ClaimRecord;
  /** The article through which the claim reached the story (an embedding article for a post's claim). */
  articleId: string;
  articleUrl: string | null;
  articleSite: string | null;
  postedAtPrecision: TimePrecision | null;
  postHandle: string | null;
  postAuthor: string | null;
  /** The sentence around the claim's quote, when read: its wording tells a hedge from a count. */
  sentence?: string | null;
}

const normaliseOrigin = (name: string): string =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019']/g, "'")
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

export function toComparableClaim(row: StoredClaimProvenance): ComparableClaim {
  const { claim } = row;
  const publisher = claim.postId
    ? `post:${claim.postId}`
    : `article:${row.articleUrl ?? row.articleId}`;
  const origin = claim.attribution.length
    ? normaliseOrigin(claim.attribution[claim.attribution.length - 1])
    : null;
  return {
    id: claim.id,
    metric: claim.metric,
    subject: claim.subject,
    value: claim.value,
    low: claim.low,
    high: claim.high,
    location: claim.location,
    asOf: claim.asOf,
    asOfPrecision: asOfPrecision(claim.asOf, claim.postId ? row.postedAtPrecision : null),
    // A post is one source however many articles embed it; an outlet's figure quoting an origin
    // ("the interior ministry said") counts as that origin.
    originKey: claim.postId
      ? publisher
      : origin
        ? `origin:${origin}`
        : `site:${row.articleSite?.toLowerCase() ?? publisher}`,
    sourceKey: publisher,
    articleId: row.articleId,
    postId: claim.postId,
    sourceLabel: sourceLabel(row),
    outlet: claim.postId
      ? sourceLabel(row)
      : (row.articleSite ?? (row.articleUrl ? hostOf(row.articleUrl) : null)),
    attribution: claim.attribution,
    qualifier: claim.qualifier,
    earlier: claim.earlier,
    rose: saysCountRose(claim.quote),
    tally: saysTally(claim.quote),
    subset: saysSubset(
      claim.quote,
      claim.subject,
      claim.metric,
      clauseOf(claim.quote, row.sentence),
    ),
    survivors: saysSurvivors(claim.quote, claim.metric, claim.value),
    hedged: saysHedged(claim.quote, row.sentence),
    reportedEarlier: saysReportedEarlier(claim.quote, row.sentence),
  };
}

/** How a reviewer names the source in an explanation: "@_Stmatrix", "Khabar-24", "reuters.com". */
function sourceLabel(row: StoredClaimProvenance): string | null {
  if (row.claim.postId) return row.postHandle ? `@${row.postHandle}` : row.postAuthor;
  return (
    row.claim.attribution[0] ?? row.articleSite ?? (row.articleUrl ? hostOf(row.articleUrl) : null)
  );
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

function asOfPrecision(
  asOf: string | null,
  postPrecision: TimePrecision | null,
): TimePrecision | null {
  if (!asOf) return null;
  if (asOf.length <= 10) return 'day';
  return postPrecision ?? 'minute';
}
