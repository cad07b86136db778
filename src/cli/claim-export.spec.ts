import { claimsCsv, claimsJsonLd, type ExportClaim, type ExportDiscrepancy } from './claim-export';

const claim = (id: string, value: number, over: Partial<ExportClaim> = {}): ExportClaim => ({
  id,
  metric: 'killed',
  subject: 'law_enforcement',
  value,
  low: value,
  high: value,
  qualifier: 'exact',
  location: 'Almaty',
  country: 'Kazakhstan',
  attribution: ['Khabar-24', "Almaty commandant's office"],
  asOf: '2022-01-06',
  quote: `${value} were killed, "officials" said`,
  originKey: `origin:${id}`,
  article: {
    title: 'Unrest, day 3',
    site: 'example.kz',
    url: 'https://example.kz/a',
    author: null,
    publishedAt: '2022-01-06',
  },
  post: null,
  ...over,
});

const discrepancy = (kind: string, values: [number, string, string][]): ExportDiscrepancy => ({
  id: `d-${kind}`,
  metric: 'killed',
  subject: 'law_enforcement',
  kind,
  status: 'open',
  severity: 0.5,
  values: values.map(([value, asOf, id]) => ({ value, asOf, claims: [{ id, asOf }] })),
});

describe('claimsCsv', () => {
  it('writes one quoted row per claim with its discrepancy id', () => {
    const csv = claimsCsv(
      [claim('a', 12)],
      [
        discrepancy('conflict', [
          [12, '2022-01-06', 'a'],
          [8, '2022-01-06', 'b'],
        ]),
      ],
    );
    const [header, row] = csv.split('\r\n');
    expect(header).toBe(
      'claim_id,metric,value,low,high,qualifier,subject,location,source,attribution,asOf,discrepancy_id,quote',
    );
    expect(row).toBe(
      'a,killed,12,12,12,exact,law_enforcement,Almaty,"Unrest, day 3 https://example.kz/a",' +
        `Khabar-24 > Almaty commandant's office,2022-01-06,d-conflict,"12 were killed, ""officials"" said"`,
    );
  });
});

describe('claimsJsonLd', () => {
  it('relates claims: conflictsWith both ways, a later larger value updates, one origin is sameOriginAs', () => {
    const claims = [
      claim('a', 12),
      claim('b', 8, {
        originKey: 'post:p',
        post: {
          platform: 'twitter',
          handle: 'x',
          authorName: 'X',
          url: null,
          postedAt: '2022-01-06',
        },
      }),
      claim('c', 18, { asOf: '2022-01-08', originKey: 'origin:a' }),
    ];
    const doc = claimsJsonLd('almaty', claims, [
      discrepancy('conflict', [
        [12, '2022-01-06', 'a'],
        [8, '2022-01-06', 'b'],
      ]),
      discrepancy('update', [
        [12, '2022-01-06', 'a'],
        [18, '2022-01-08', 'c'],
      ]),
    ]);
    const node = (id: string) =>
      doc['@graph'].find((n) => n['@id'] === `urn:uuid:${id}`) as Record<string, unknown>;
    expect(node('a')).toMatchObject({
      '@type': 'Claim',
      conflictsWith: ['urn:uuid:b'],
      sameOriginAs: ['urn:uuid:c'],
    });
    expect(node('b')).toMatchObject({
      conflictsWith: ['urn:uuid:a'],
      appearance: { '@type': 'SocialMediaPosting' },
    });
    expect(node('c')).toMatchObject({ updates: ['urn:uuid:a'] });
    expect(node('a').updates).toBeUndefined();
    expect(node('d-conflict')).toMatchObject({
      '@type': 'ClaimReview',
      itemReviewed: [{ '@id': 'urn:uuid:a' }, { '@id': 'urn:uuid:b' }],
    });
  });
});
