import type { ExtractedClaim } from '../domain/claim';

/**
 * The fields of a claim in the shape of DESIGN.md §3, without its source (the caller knows it):
 * what the worker stores from an extracted claim and what the API shows of a stored one.
 */
export function claimView(
  c: Omit<ExtractedClaim, 'earlier' | 'part'> & { earlier?: boolean; part?: boolean },
) {
  return {
    metric: c.metric,
    subject: c.subject,
    value: c.value,
    low: c.low,
    high: c.high,
    qualifier: c.qualifier,
    location: c.location,
    country: c.country,
    attribution: c.attribution,
    asOf: c.asOf,
    quote: c.quote,
    start: c.start,
    end: c.end,
    ...(c.earlier ? { earlier: true as const } : {}),
    ...(c.part ? { part: true as const } : {}),
  };
}
