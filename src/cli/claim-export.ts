// A story's claims as CSV (one row per claim) or as JSON-LD in schema.org's Claim / ClaimReview
// vocabulary, with the relations the tracker knows between claims: conflictsWith, updates and
// sameOriginAs (terms of our own, under the ppt: namespace).
import { toCsv } from './csv';

export interface ExportClaim {
  id: string;
  metric: string;
  subject: string;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: string;
  location: string | null;
  country: string | null;
  attribution: string[];
  asOf: string | null;
  quote: string;
  originKey: string;
  article: {
    title: string | null;
    site: string | null;
    url: string | null;
    author: string | null;
    publishedAt: string | null;
  } | null;
  post: {
    platform: string;
    handle: string | null;
    authorName: string | null;
    url: string | null;
    postedAt: string | null;
  } | null;
}

export interface ExportDiscrepancy {
  id: string;
  metric: string;
  subject: string;
  kind: string;
  status: string;
  severity: number;
  rule?: string;
  explanation?: string;
  values: { value: number; asOf?: string | null; claims: { id: string; asOf?: string | null }[] }[];
}

/** Our own terms; an URN, since no published vocabulary has them yet. */
export const PPT_NAMESPACE = 'urn:x-post-provenance-tracker:';

function sourceText(c: ExportClaim): string {
  if (c.post) {
    const who = c.post.handle ? `@${c.post.handle}` : (c.post.authorName ?? 'post');
    return `${c.post.platform} ${who}${c.post.url ? ` ${c.post.url}` : ''}`;
  }
  const a = c.article;
  const name = a?.title ?? a?.site ?? 'article';
  return `${name}${a?.url ? ` ${a.url}` : ''}`;
}

function discrepanciesByClaim(discrepancies: ExportDiscrepancy[]): Map<string, string[]> {
  const byClaim = new Map<string, string[]>();
  for (const d of discrepancies)
    for (const v of d.values)
      for (const c of v.claims) byClaim.set(c.id, [...(byClaim.get(c.id) ?? []), d.id]);
  return byClaim;
}

export function claimsCsv(claims: ExportClaim[], discrepancies: ExportDiscrepancy[]): string {
  const byClaim = discrepanciesByClaim(discrepancies);
  return toCsv(
    [
      'claim_id',
      'metric',
      'value',
      'low',
      'high',
      'qualifier',
      'subject',
      'location',
      'source',
      'attribution',
      'asOf',
      'discrepancy_id',
      'quote',
    ],
    claims.map((c) => [
      c.id,
      c.metric,
      c.value,
      c.low,
      c.high,
      c.qualifier,
      c.subject,
      c.location ?? c.country,
      sourceText(c),
      c.attribution.join(' > '),
      c.asOf,
      [...new Set(byClaim.get(c.id) ?? [])].join(';'),
      c.quote,
    ]),
  );
}

type Relations = Map<
  string,
  { conflictsWith: Set<string>; updates: Set<string>; sameOriginAs: Set<string> }
>;

function relate(
  relations: Relations,
  from: string,
  kind: 'conflictsWith' | 'updates' | 'sameOriginAs',
  to: string,
) {
  if (from === to) return;
  let r = relations.get(from);
  if (!r)
    relations.set(
      from,
      (r = { conflictsWith: new Set(), updates: new Set(), sameOriginAs: new Set() }),
    );
  r[kind].add(to);
}

const dayOf = (v: { asOf?: string | null; claims: { asOf?: string | null }[] }) =>
  (v.asOf ?? v.claims[0]?.asOf ?? '').slice(0, 10);

/** conflictsWith (both ways) between values of a conflict; a later, larger value of an update updates the earlier. */
function discrepancyRelations(relations: Relations, d: ExportDiscrepancy): void {
  for (const a of d.values)
    for (const b of d.values) {
      if (a === b || a.value === b.value) continue;
      const later = dayOf(a) > dayOf(b) && a.value > b.value;
      for (const ca of a.claims)
        for (const cb of b.claims) {
          if (d.kind === 'conflict') relate(relations, ca.id, 'conflictsWith', cb.id);
          else if (later) relate(relations, ca.id, 'updates', cb.id);
        }
    }
}

export function claimRelations(
  claims: ExportClaim[],
  discrepancies: ExportDiscrepancy[],
): Relations {
  const relations: Relations = new Map();
  for (const d of discrepancies) discrepancyRelations(relations, d);
  const byOrigin = new Map<string, ExportClaim[]>();
  for (const c of claims) {
    const key = `${c.originKey}\n${c.metric}\n${c.subject}`;
    byOrigin.set(key, [...(byOrigin.get(key) ?? []), c]);
  }
  for (const group of byOrigin.values())
    for (const a of group) for (const b of group) relate(relations, a.id, 'sameOriginAs', b.id);
  return relations;
}

const ref = (id: string) => `urn:uuid:${id}`;

function appearance(c: ExportClaim) {
  if (c.post)
    return {
      '@type': 'SocialMediaPosting',
      url: c.post.url ?? undefined,
      datePublished: c.post.postedAt ?? undefined,
      author: {
        '@type': 'Person',
        name: c.post.authorName ?? undefined,
        alternateName: c.post.handle ? `@${c.post.handle}` : undefined,
      },
    };
  const a = c.article;
  return {
    '@type': 'NewsArticle',
    headline: a?.title ?? undefined,
    url: a?.url ?? undefined,
    datePublished: a?.publishedAt ?? undefined,
    author: a?.author ? { '@type': 'Person', name: a.author } : undefined,
    publisher: a?.site ? { '@type': 'Organization', name: a.site } : undefined,
  };
}

function claimNode(c: ExportClaim, relations: Relations) {
  const r = relations.get(c.id);
  const ids = (s: Set<string> | undefined) => (s && s.size ? [...s].map(ref) : undefined);
  const origin = c.attribution[c.attribution.length - 1];
  return {
    '@id': ref(c.id),
    '@type': 'Claim',
    text: c.quote,
    appearance: appearance(c),
    author: origin ? { '@type': 'Organization', name: origin } : undefined,
    'ppt:attribution': c.attribution,
    'ppt:metric': c.metric,
    'ppt:subject': c.subject,
    'ppt:qualifier': c.qualifier,
    'ppt:asOf': c.asOf ?? undefined,
    'ppt:figure': {
      '@type': 'QuantitativeValue',
      value: c.value,
      minValue: c.low ?? undefined,
      maxValue: c.high ?? undefined,
    },
    spatialCoverage:
      c.location || c.country ? { '@type': 'Place', name: c.location ?? c.country } : undefined,
    conflictsWith: ids(r?.conflictsWith),
    updates: ids(r?.updates),
    sameOriginAs: ids(r?.sameOriginAs),
  };
}

function reviewNode(d: ExportDiscrepancy) {
  return {
    '@id': ref(d.id),
    '@type': 'ClaimReview',
    itemReviewed: [...new Set(d.values.flatMap((v) => v.claims.map((c) => c.id)))].map((id) => ({
      '@id': ref(id),
    })),
    reviewAspect: `${d.metric} / ${d.subject}: ${d.kind}`,
    reviewBody: d.explanation ?? undefined,
    reviewRating: {
      '@type': 'Rating',
      alternateName: d.status,
      ratingExplanation: d.rule ?? undefined,
    },
    'ppt:severity': d.severity,
  };
}

/** A JSON-LD document (a graph of Claim and ClaimReview nodes). */
export function claimsJsonLd(
  story: string,
  claims: ExportClaim[],
  discrepancies: ExportDiscrepancy[],
) {
  const relations = claimRelations(claims, discrepancies);
  const relation = (name: string) => ({
    '@id': `ppt:${name}`,
    '@type': '@id',
    '@container': '@set',
  });
  return {
    '@context': [
      'https://schema.org/',
      {
        ppt: PPT_NAMESPACE,
        conflictsWith: relation('conflictsWith'),
        updates: relation('updates'),
        sameOriginAs: relation('sameOriginAs'),
      },
    ],
    '@id': `urn:ppt:story:${encodeURIComponent(story)}`,
    '@graph': [...claims.map((c) => claimNode(c, relations)), ...discrepancies.map(reviewNode)],
  };
}
