import fc from 'fast-check';
import { METRICS, SUBJECTS } from '../../domain/vocabulary';
import type { ComparableClaim } from './comparable-claim';
import { detectDiscrepancies, type JudgedPairsMemo } from './detect-discrepancies';
import { places } from './test-claims.fixture';

const claimArb = (id: number): fc.Arbitrary<ComparableClaim> =>
  fc
    .record({
      metric: fc.constantFrom(...METRICS.slice(0, 3), 'deployed' as const),
      subject: fc.constantFrom(...SUBJECTS.slice(0, 2)),
      value: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.constantFrom(1000, Number.NaN)),
      lowDelta: fc.option(fc.integer({ min: -10, max: 10 })),
      highDelta: fc.option(fc.integer({ min: -10, max: 30 })),
      location: fc.constantFrom(null, 'Almaty', 'Astana', 'Kazakhstan', 'Seoul', ''),
      asOf: fc.constantFrom(
        null,
        '2022-01-06',
        '2022-01-07',
        '2022-01-06T08:00:00Z',
        '2022-01-06T20:30:00Z',
        'garbage',
      ),
      asOfPrecision: fc.constantFrom(null, 'day' as const, 'minute' as const, 'ms' as const),
      origin: fc.integer({ min: 0, max: 3 }),
      source: fc.integer({ min: 0, max: 4 }),
      qualifier: fc.constantFrom(
        undefined,
        'exact' as const,
        'vague' as const,
        'more_than' as const,
      ),
    })
    .map((r) => ({
      id: `c${id}`,
      metric: r.metric,
      subject: r.subject,
      value: r.value,
      low: r.lowDelta === null ? null : r.value + r.lowDelta,
      high: r.highDelta === null ? null : r.value + r.highDelta,
      location: r.location,
      asOf: r.asOf,
      asOfPrecision: r.asOfPrecision,
      originKey: `o${r.origin}`,
      sourceKey: `s${r.source}`,
      articleId: `a${r.source}`,
      postId: null,
      qualifier: r.qualifier,
    }));

const claimSetArb = fc
  .integer({ min: 0, max: 14 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => claimArb(i))))
  .map((t) => [...t] as ComparableClaim[]);

/**
 * Articles' claims arriving one batch at a time: most about one quantity, with figures far enough
 * apart that its shortlists fill and pairs are passed over; the others as claimArb makes them.
 */
const arrivingClaimArb = fc
  .tuple(
    claimArb(0),
    fc.boolean(),
    fc.integer({ min: 1, max: 3000 }),
    fc.option(fc.integer({ min: 0, max: 40 })),
  )
  .map(([c, focused, value, spread]) =>
    focused
      ? {
          ...c,
          metric: 'killed' as const,
          subject: 'people' as const,
          value,
          low: spread === null ? value : Math.max(0, value - spread),
          high: spread === null ? value : value + spread,
        }
      : c,
  );
const batchesArb = fc.array(fc.array(arrivingClaimArb, { minLength: 1, maxLength: 40 }), {
  minLength: 2,
  maxLength: 10,
});

describe('detectDiscrepancies properties', () => {
  it('never throws, and stays within its contract', () => {
    fc.assert(
      fc.property(claimSetArb, (claims) => {
        const found = detectDiscrepancies(claims, places);
        const keys = new Set<string>();
        for (const f of found) {
          expect(f.severity).toBeGreaterThanOrEqual(0);
          expect(f.severity).toBeLessThanOrEqual(1);
          expect(f.values.length).toBeGreaterThanOrEqual(2);
          expect(f.explanation).toMatch(/\.$/);
          const key = `${f.metric}|${f.subject}|${f.location}`;
          expect(keys.has(key)).toBe(false); // one finding per quantity
          keys.add(key);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of its input', () => {
    fc.assert(
      fc.property(claimSetArb, fc.integer(), (claims, seed) => {
        const shuffled = claims
          .map((c, i) => ({ c, k: Math.sin(seed + i * 7919) }))
          .sort((x, y) => x.k - y.k)
          .map((x) => x.c);
        expect(detectDiscrepancies(shuffled, places)).toEqual(detectDiscrepancies(claims, places));
        expect(detectDiscrepancies([...claims].reverse(), places)).toEqual(
          detectDiscrepancies(claims, places),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('adding a copy of a claim from the same origin and source never changes what conflicts', () => {
    fc.assert(
      fc.property(claimSetArb, (claims) => {
        fc.pre(claims.length > 0);
        const copy = { ...claims[0], id: 'copy' };
        const strip = (fs: ReturnType<typeof detectDiscrepancies>) =>
          fs.map((f) => [f.metric, f.subject, f.location, f.kind, f.severity]);
        expect(strip(detectDiscrepancies([...claims, copy], places))).toEqual(
          strip(detectDiscrepancies(claims, places)),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('finds the same when it keeps what earlier detections judged, as claims come and go', () => {
    fc.assert(
      fc.property(batchesArb, fc.array(fc.boolean()), (batches, dropOldest) => {
        const judged: JudgedPairsMemo = new Map();
        let claims: ComparableClaim[] = [];
        batches.forEach((batch, step) => {
          const arrived = batch.map((c, i) => ({ ...c, id: `c${step}-${i}` }));
          // An article re-processed or moved away takes its claims with it.
          const kept = dropOldest[step] ? claims.slice(arrived.length) : claims;
          claims = [...kept, ...arrived];
          expect(detectDiscrepancies(claims, places, { judged })).toEqual(
            detectDiscrepancies(claims, places),
          );
        });
      }),
      // Shrinking sequences of batches takes minutes: a failure reports its seed to replay instead.
      { numRuns: 150, endOnFailure: true },
    );
  });
});
