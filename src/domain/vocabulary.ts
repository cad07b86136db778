// The domain vocabulary (DESIGN.md §3): stable strings that the scorer, the review page, the
// API, the entities and the discrepancy rules share. Everything imports them from here.

export const METRICS = [
  'killed',
  'injured',
  'detained',
  'missing',
  'displaced',
  'deployed',
  'participants',
] as const;
export type Metric = (typeof METRICS)[number];

export const SUBJECTS = [
  'law_enforcement',
  'military',
  'protesters',
  'civilians',
  'people',
  'journalists',
  'children',
  'other',
] as const;
export type Subject = (typeof SUBJECTS)[number];

export const QUALIFIERS = [
  'exact',
  'at_least',
  'more_than',
  'at_most',
  'approx',
  'range',
  'vague',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const PLATFORMS = [
  'twitter',
  'instagram',
  'facebook',
  'tiktok',
  'youtube',
  'telegram',
  'mastodon',
  'bluesky',
  'threads',
  'reddit',
] as const;
export type Platform = (typeof PLATFORMS)[number];

export type PostKind = 'embedded' | 'referenced';
export type TimePrecision = 'ms' | 'minute' | 'day';
