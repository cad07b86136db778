import type { ClaimRecord } from './claim.entity';

/** A stored claim in the shape of DESIGN.md §3, without its source (the caller knows it). */
export function claimView(c: ClaimRecord) {
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
  };
}
