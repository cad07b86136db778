import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type EntityManager, Not } from 'typeorm';
import { GAZETTEER_PLACES as GAZETTEER } from './gazetteer-places';
import { transactionQuery } from '../database/prepared-query';
import { Discrepancy } from './discrepancy.entity';
import { ReviewEvent } from './review-event.entity';
import type { DiscrepancyFinding, DiscrepancyValue } from './rules/comparable-claim';
import { detectDiscrepancies, type JudgedPairsMemo } from './rules/detect-discrepancies';
import { distinctValues, planDiscrepancyUpdate } from './rules/plan-update';
import { KeptClaims, loadStoryClaims, touchedSeries, type Series } from './story-claims';

/** Re-decides a story's discrepancies from its stored claims: all of them, or those an article touches. */
@Injectable()
export class DiscrepancyRefreshService {
  private readonly kept = new Map<string, KeptComparison>();

  /** Inside the caller's transaction, so the comparison commits with what changed the story. */
  async refreshStory(manager: EntityManager, storyId: string): Promise<void> {
    await this.refreshOne(manager, storyId, null);
    // A new revision may have landed in another story than its earlier revisions: those stories
    // must stop weighing the figures it replaced.
    const others: { story_id: string }[] = await transactionQuery(
      manager,
      `SELECT DISTINCT b.story_id FROM articles a JOIN articles b ON b.url = a.url AND b.id <> a.id
        WHERE a.story_id = $1 AND a.status = 'processed' AND b.status = 'processed' AND b.story_id IS NOT NULL AND b.story_id <> $1`,
      [storyId],
    );
    for (const { story_id } of others) await this.refreshOne(manager, story_id, null);
  }

  /**
   * After an article was (re-)processed into `storyId`: re-decides only the series its figures
   * touch (see touchedSeries), so an article's cost does not grow with its story's other
   * quantities. `changedPostIds`: its posts whose figures this ingest replaced. `hasRevisions`:
   * whether the article has another processed revision (as the ingest just wrote it on its row);
   * without one no other story weighs figures it replaced, and none is looked up.
   */
  async refreshArticle(
    manager: EntityManager,
    storyId: string,
    articleId: string,
    changedPostIds: string[],
    { hasRevisions = true }: { hasRevisions?: boolean } = {},
  ): Promise<void> {
    const series = await touchedSeries(manager, storyId, articleId, changedPostIds);
    await this.refreshOne(manager, storyId, series);
    if (!hasRevisions) return;
    const others: { story_id: string }[] = await transactionQuery(
      manager,
      `SELECT DISTINCT b.story_id FROM articles a JOIN articles b ON b.url = a.url AND b.id <> a.id
        WHERE a.id = $1 AND b.status = 'processed' AND b.story_id IS NOT NULL AND b.story_id <> $2`,
      [articleId, storyId],
    );
    for (const { story_id } of others) await this.refreshOne(manager, story_id, null);
  }

  /**
   * One refresh per story at a time: two workers finishing articles of one story must not both
   * insert its discrepancies or decide on half the claims. And no JIT compilation for the rest of
   * the transaction: a large story's claim query is estimated above jit_above_cost, and compiling
   * it took ~100 ms of a ~180 ms query at 5,000 articles (EXPLAIN ANALYZE), every article, while
   * the same plan runs in ~60 ms interpreted.
   */
  private async lockStory(manager: EntityManager, storyId: string): Promise<void> {
    await transactionQuery(
      manager,
      `SELECT pg_advisory_xact_lock(hashtext('story:' || $1)), set_config('jit', 'off', true)`,
      [storyId],
    );
  }

  /** Re-decides the story's `series`, or all of it (null, or when its whole area is inferred). */
  private async refreshOne(
    manager: EntityManager,
    storyId: string,
    series: Series[] | null,
  ): Promise<void> {
    await this.lockStory(manager, storyId);
    const area = await this.areaOf(manager, storyId);
    // The story's country is its whole area: "8 killed in Kazakhstan" speaks for all of it. Without
    // one, the area is inferred from all the story's claims, so every series is re-decided.
    if (!area.knownAsBefore) series = null;
    if (series?.length === 0) return;
    const kept = this.keptComparison(storyId);
    const claims = await loadStoryClaims(manager, storyId, series, kept.claims, {
      dismissedFigures: area.dismissedFigures,
    });
    const options = area.mainCountry ? { wholeArea: area.mainCountry } : {};
    const findings = detectDiscrepancies(claims, GAZETTEER, { ...options, judged: kept.judged });
    await this.apply(manager, storyId, findings, series, kept.flags);
  }

  /**
   * What this worker's last comparisons of the story built and judged, kept for its next article
   * (the most recently compared stories only). Checked against the claims each time, so a
   * comparison made by another worker or rolled back only means more claims are built and more
   * pairs judged again.
   */
  private keptComparison(storyId: string): KeptComparison {
    const kept = this.kept.get(storyId) ?? {
      claims: new KeptClaims(),
      judged: new Map(),
      flags: new Map(),
    };
    this.kept.delete(storyId);
    this.kept.set(storyId, kept);
    let claims = [...this.kept.values()].reduce((n, k) => n + keptClaims(k), 0);
    for (const [oldest, comparison] of this.kept) {
      if (oldest === storyId || (this.kept.size <= KEPT_STORIES && claims <= KEPT_CLAIMS)) break;
      this.kept.delete(oldest);
      claims -= keptClaims(comparison);
    }
    return kept;
  }

  /**
   * The story's main country, and whether its last comparison used that same whole area; records
   * the area this comparison uses: a story compared with an inferred area (none, or not recorded)
   * must be compared whole once it has a country. And whether a reviewer dismissed a figure of one
   * of its articles or their posts (see loadStoryClaims). Read in one statement, after the story's
   * lock.
   */
  private async areaOf(
    manager: EntityManager,
    storyId: string,
  ): Promise<{ mainCountry: string | null; knownAsBefore: boolean; dismissedFigures: boolean }> {
    const [{ main_country: mainCountry, inferred, dismissed }]: {
      main_country: string | null;
      inferred: boolean;
      dismissed: boolean;
    }[] = await transactionQuery(
      manager,
      `SELECT (SELECT main_country FROM stories WHERE id = $1) AS main_country,
                EXISTS (SELECT 1 FROM stories_area_inferred WHERE story_id = $1) AS inferred,
                EXISTS (SELECT 1 FROM dismissed_figures d
                         WHERE d.article_id IN (SELECT id FROM articles WHERE story_id = $1)
                            OR d.post_id IN (SELECT e.post_id FROM post_embeds e
                                               JOIN articles a ON a.id = e.article_id
                                              WHERE a.story_id = $1)) AS dismissed`,
      [storyId],
    );
    if (!mainCountry) {
      if (!inferred)
        await transactionQuery(
          manager,
          `INSERT INTO stories_area_inferred (story_id) VALUES ($1) ON CONFLICT DO NOTHING`,
          [storyId],
        );
      return { mainCountry, knownAsBefore: false, dismissedFigures: dismissed };
    }
    if (inferred)
      await transactionQuery(manager, `DELETE FROM stories_area_inferred WHERE story_id = $1`, [
        storyId,
      ]);
    return { mainCountry, knownAsBefore: !inferred, dismissedFigures: dismissed };
  }

  private async apply(
    manager: EntityManager,
    storyId: string,
    findings: DiscrepancyFinding[],
    series: Series[] | null,
    flags: KeptFlags,
  ): Promise<void> {
    const existing = await lockedFlags(manager, storyId, series, flags);
    const byKey = new Map(existing.map((d) => [quantityKey(d), d]));
    const kept = new Set<string>();
    const links = new LinkChanges();
    const writes = new FlagWrites();
    for (const finding of findings) {
      const key = quantityKey({ ...finding, locationKey: finding.location ?? '' });
      kept.add(key);
      const current = byKey.get(key);
      if (!current) {
        const id = writes.insert(storyId, finding);
        links.add(id, new Map(), linksOf(finding.values));
        continue;
      }
      // Matched against the stored values before update() replaces them.
      const match = matchValues(current.values, finding.values);
      update(current, finding, writes, match);
      if (!match) {
        await this.relinkClaims(manager, current, finding);
        continue;
      }
      links.add(current.id, linksOf(match.goneValues), linksOf(match.newValues));
    }
    // Removed first: a link whose value changed is removed and added again.
    await links.removeGone(manager);
    await writes.write(manager, flags, links.added);
    // A discrepancy nobody reviewed and that no longer holds (an article was re-processed) goes;
    // a reviewed one stays with its decision and audit trail.
    for (const d of existing) {
      if (kept.has(quantityKey(d)) || d.status !== 'open') continue;
      const reviews = await manager.countBy(ReviewEvent, {
        discrepancyId: d.id,
        actor: Not('system'),
      });
      if (reviews) continue;
      await manager.delete(Discrepancy, { id: d.id });
      flags.delete(d.id);
    }
  }

  /**
   * Links every claim of the finding to the discrepancy and unlinks the others, diffed in the
   * database: for a stored discrepancy whose values do not name their claims.
   */
  private async relinkClaims(
    manager: EntityManager,
    discrepancy: Discrepancy,
    finding: DiscrepancyFinding,
  ): Promise<void> {
    const claimIds = finding.values.flatMap((v) => v.claimIds);
    const values = finding.values.flatMap((v) => v.claimIds.map(() => v.value));
    const links = `unnest($2::uuid[], $3::float8[]) AS l (claim_id, value)`;
    await transactionQuery(
      manager,
      `DELETE FROM discrepancy_claims d WHERE d.discrepancy_id = $1
          AND NOT EXISTS (SELECT 1 FROM ${links} WHERE l.claim_id = d.claim_id AND l.value = d.value)`,
      [discrepancy.id, claimIds, values],
    );
    await transactionQuery(
      manager,
      `INSERT INTO discrepancy_claims (discrepancy_id, claim_id, value)
       SELECT $1, l.claim_id, l.value FROM ${links} ON CONFLICT DO NOTHING`,
      [discrepancy.id, claimIds, values],
    );
  }
}

/** A stored flag brought up to the finding: its row write and its event queued (see FlagWrites). */
function update(
  current: Discrepancy,
  finding: DiscrepancyFinding,
  writes: FlagWrites,
  match: ValueMatch | null,
): Discrepancy {
  const plan = planDiscrepancyUpdate(current, finding);
  if (plan.action === 'unchanged') {
    // An article re-processed with the same figures has new claim rows: keep the evidence
    // pointing at them, without an event and without making the row look recently changed.
    if (plan.evidenceMoved) {
      writes.row(
        current,
        { rule: finding.rule, values: finding.values, pair: finding.pair },
        false,
        match,
      );
      current.values = finding.values;
      current.pair = finding.pair;
    }
    return current;
  }
  const fromStatus = current.status;
  Object.assign(current, {
    kind: finding.kind,
    severity: finding.severity,
    rule: finding.rule,
    explanation: finding.explanation,
    values: finding.values,
    pair: finding.pair,
    status: plan.action === 'reopened' ? 'open' : fromStatus,
  });
  writes.row(current, current, true, match);
  if (plan.action === 'reopened')
    writes.event(current.id, 'reopened', fromStatus, 'open', {
      newValues: plan.newValues,
      values: plan.after,
      pair: pairValues(finding),
    });
  else
    writes.event(current.id, 'updated', fromStatus, fromStatus, {
      values: plan.after,
      before: plan.before,
      pair: pairValues(finding),
    });
  return current;
}

/** The columns of a flag a refresh rewrites. */
type FlagColumns = Pick<
  Discrepancy,
  'id' | 'kind' | 'severity' | 'rule' | 'explanation' | 'values' | 'pair' | 'status'
>;

/**
 * The flag rows a refresh rewrites and the events it records, all in one statement with the claim
 * links added: a refresh touches ~10 flags, and a statement per row and per event was half its
 * round trips (24 of ~50 per article), each firing the tallies' statement triggers again.
 */
class FlagWrites {
  private readonly rows: (Omit<FlagColumns, 'values'> & {
    touched: boolean;
    /** The values whole, or the new entries of a patch of the stored ones (see ValuesPatch). */
    values: DiscrepancyValue[];
    patch: boolean;
    gone: number[];
    at: number[];
  })[] = [];
  /** New flags, as the columns of their rows. */
  private readonly inserted: (Pick<
    Discrepancy,
    | 'id'
    | 'metric'
    | 'subject'
    | 'location'
    | 'kind'
    | 'severity'
    | 'rule'
    | 'explanation'
    | 'values'
    | 'pair'
  > & { story_id: string; location_key: string })[] = [];
  /** Each written flag's values in full, kept once written. */
  private readonly valuesOf = new Map<string, DiscrepancyValue[]>();
  private readonly events: {
    discrepancy_id: string;
    action: ReviewEvent['action'];
    from_status: string | null;
    to_status: string;
    details: Record<string, unknown>;
  }[] = [];

  /**
   * `touched`: the flag changed (its updated_at moves); else only its evidence moved. `changes`
   * over the row's current columns. `match`: the new values against the stored ones, when the
   * stored ones are known (then only the entries that changed are sent).
   */
  row(
    current: FlagColumns,
    changes: Pick<FlagColumns, 'rule' | 'values' | 'pair'>,
    touched: boolean,
    match: ValueMatch | null,
  ): void {
    const { id, kind, severity, explanation, status } = current;
    const { rule, values, pair } = changes;
    this.valuesOf.set(id, values);
    this.rows.push({
      id,
      kind,
      severity,
      explanation,
      status,
      rule,
      pair,
      touched,
      values: match?.patch ? match.newValues : values,
      patch: !!match?.patch,
      gone: match?.patch?.gone ?? [],
      at: match?.patch?.at ?? [],
    });
  }

  private keep(written: { id: string; version: string }[], flags: KeptFlags): void {
    for (const { id, version } of written)
      flags.set(id, { version, values: this.valuesOf.get(id)! });
  }

  event(
    discrepancyId: string,
    action: ReviewEvent['action'],
    fromStatus: string | null,
    toStatus: string,
    details: Record<string, unknown>,
  ): void {
    this.events.push({
      discrepancy_id: discrepancyId,
      action,
      from_status: fromStatus,
      to_status: toStatus,
      details,
    });
  }

  /**
   * A new flag, its id made here so that its links and its 'flagged' event can name it before the
   * row is written: all of a refresh's new flags go in as one INSERT (see write). Saved one by one
   * through TypeORM they were ~4 statements an article and a third of the refresh's CPU in the
   * bench's stories.
   */
  insert(storyId: string, finding: DiscrepancyFinding): string {
    const id = randomUUID();
    this.valuesOf.set(id, finding.values);
    this.inserted.push({
      id,
      story_id: storyId,
      metric: finding.metric,
      subject: finding.subject,
      location: finding.location,
      location_key: finding.location ?? '',
      kind: finding.kind,
      severity: finding.severity,
      rule: finding.rule,
      explanation: finding.explanation,
      values: finding.values,
      pair: finding.pair,
    });
    this.event(id, 'flagged', null, 'open', {
      values: distinctValues(finding),
      pair: pairValues(finding),
      rule: finding.rule,
    });
    return id;
  }

  /**
   * Writes the new rows and the changed ones (keeping the values each now holds in `flags`, so the
   * next article of the story need not read them back), the events in order and the claim links
   * added: one statement whatever of those there is (see flagWritesStatement).
   */
  async write(manager: EntityManager, flags: KeptFlags, links: LinkColumns): Promise<void> {
    const statement = flagWritesStatement({
      inserted: this.inserted.length ? JSON.stringify(this.inserted) : null,
      rows: this.rows.length ? JSON.stringify(this.rows) : null,
      events: this.events.length ? JSON.stringify(this.events) : null,
      links: links.claimIds.length ? links : null,
    });
    if (!statement) return;
    const written: { id: string; version: string }[] = await transactionQuery(
      manager,
      statement.text,
      statement.values,
    );
    this.keep(written, flags);
  }
}

/**
 * A refresh's writes as one statement of the parts it has (null: none), each a data-modifying
 * WITH: the new flags, the changed ones, the events (in order), the claim links added. As four
 * statements they were four round trips an article, each parsed and bound apart (npm run bench
 * --ingest: 22.9 statements an article). The events and links of new flags name rows inserted by
 * the same statement: foreign keys are checked at its end. Answers the written flags' versions.
 */
function flagWritesStatement(parts: {
  inserted: string | null;
  rows: string | null;
  events: string | null;
  links: LinkColumns | null;
}): { text: string; values: unknown[] } | null {
  const values: unknown[] = [];
  const param = (value: unknown) => `$${values.push(value)}`;
  const writes: string[] = [];
  const returned: string[] = [];
  if (parts.inserted) {
    writes.push(`inserted AS (
      INSERT INTO discrepancies (id, story_id, metric, subject, location, location_key, kind, status,
                                 severity, rule, explanation, "values", pair)
      SELECT n.id, n.story_id, n.metric, n.subject, n.location, n.location_key, n.kind, 'open',
             n.severity, n.rule, n.explanation, n."values", n.pair
        FROM ROWS FROM (jsonb_to_recordset(${param(parts.inserted)}::jsonb) AS (id uuid, story_id uuid,
             metric text, subject text, location text, location_key text, kind text, severity float8,
             rule text, explanation text, "values" jsonb, pair jsonb)) WITH ORDINALITY
             AS n(id, story_id, metric, subject, location, location_key, kind, severity, rule,
                  explanation, "values", pair, ord)
       ORDER BY n.ord
      RETURNING id, ${ROW_VERSION} AS version)`);
    returned.push('SELECT id, version FROM inserted');
  }
  if (parts.rows) {
    writes.push(`updated AS (
      UPDATE discrepancies d SET kind = u.kind, severity = u.severity, rule = u.rule,
             explanation = u.explanation, "values" = ${PATCHED_VALUES}, pair = u.pair,
             status = u.status, updated_at = CASE WHEN u.touched THEN now() ELSE d.updated_at END
        FROM jsonb_to_recordset(${param(parts.rows)}::jsonb) AS u(id uuid, kind text, severity float8,
             rule text, explanation text, "values" jsonb, patch boolean, gone int[], "at" int[],
             pair jsonb, status text, touched boolean)
       WHERE d.id = u.id
      RETURNING d.id, ${ROW_VERSION} AS version)`);
    returned.push('SELECT id, version FROM updated');
  }
  if (parts.events)
    writes.push(`events AS (
      INSERT INTO review_events (discrepancy_id, action, from_status, to_status, note, actor, details)
      SELECT e.discrepancy_id, e.action, e.from_status, e.to_status, NULL, 'system', e.details
        FROM ROWS FROM (jsonb_to_recordset(${param(parts.events)}::jsonb) AS (discrepancy_id uuid,
             action text, from_status text, to_status text, details jsonb)) WITH ORDINALITY
             AS e(discrepancy_id, action, from_status, to_status, details, ord)
       ORDER BY e.ord)`);
  if (parts.links) {
    const { discrepancyIds, claimIds, values: linkValues } = parts.links;
    writes.push(`links AS (
      INSERT INTO discrepancy_claims (discrepancy_id, claim_id, value)
      SELECT l.discrepancy_id, l.claim_id, l.value
        FROM unnest(${param(discrepancyIds)}::uuid[], ${param(claimIds)}::uuid[],
                    ${param(linkValues)}::float8[]) AS l (discrepancy_id, claim_id, value)
      ON CONFLICT DO NOTHING)`);
  }
  if (!writes.length) return null;
  const answer = returned.length
    ? returned.join(' UNION ALL ')
    : 'SELECT NULL::uuid AS id, NULL::text AS version WHERE false';
  return { text: `WITH ${writes.join(',\n')}\n${answer}`, values };
}

/** A discrepancy's link to a claim of one of its values (a discrepancy_claims row). */
interface ClaimLink {
  claimId: string;
  value: number;
}

/**
 * The claim links values name, by claim and value. discrepancy_claims holds exactly the links of a
 * discrepancy's values: apply() writes both in one transaction, and a claim deleted takes its links
 * with it.
 */
function linksOf(values: DiscrepancyValue[]): Map<string, ClaimLink> {
  const links = new Map<string, ClaimLink>();
  for (const v of values)
    for (const claimId of v.claimIds)
      links.set(`${claimId} ${v.value}`, { claimId, value: v.value });
  return links;
}

/**
 * A flag's new values against its stored ones: an entry equal in every field to a stored one (the
 * same claims, the same words) is that stored entry again. A growing story changes a few of a
 * flag's hundreds of values per article, so only the others are re-linked (`goneValues`,
 * `newValues`) and, when the kept entries stay in their order, sent as a patch: sending and
 * re-parsing every value of every touched flag, ~1 MB of JSON per article at 5,000 articles, was a
 * fifth of its refresh.
 */
interface ValueMatch {
  patch: ValuesPatch | null;
  /** Stored values no new one equals, and new values equal to no stored one. */
  goneValues: DiscrepancyValue[];
  newValues: DiscrepancyValue[];
}

/** What discrepancy_values_patched (migration 1768300000000) makes of the stored values. */
interface ValuesPatch {
  /** Indices of the stored entries to remove, descending. */
  gone: number[];
  /** Where each new entry goes in the result, ascending. */
  at: number[];
}

/** A patch of more edits than this is sent as the whole values (each edit copies the array once). */
const MAX_PATCH_EDITS = 32;

/** The flag's values: the stored ones patched (see ValuesPatch), or as sent whole. */
const PATCHED_VALUES = `CASE WHEN u.patch
    THEN discrepancy_values_patched(d."values", u.gone, u."at", u."values") ELSE u."values" END`;

/** Null when a stored value does not name its claims (written before values did): relinked whole. */
function matchValues(stored: DiscrepancyValue[], values: DiscrepancyValue[]): ValueMatch | null {
  if (!stored.every((v) => Array.isArray(v.claimIds) && v.claimIds.length)) return null;
  // An entry the finding kept as it was is the stored object itself (see storedValue): found by
  // identity, most often right after the last one found, and only the others by their first claim
  // (a claim stands in one value of a flag).
  let byObject: Map<DiscrepancyValue, number> | null = null;
  let byFirstClaim: Map<string, number> | null = null;
  const find = (v: DiscrepancyValue): number | undefined => {
    if (!v.claimIds.length) return undefined;
    if (stored[last + 1] === v) return last + 1;
    byObject ??= new Map(stored.map((s, i) => [s, i]));
    const same = byObject.get(v);
    if (same !== undefined) return same;
    byFirstClaim ??= new Map(stored.map((s, i) => [`${s.claimIds[0]} ${s.value}`, i]));
    return byFirstClaim.get(`${v.claimIds[0]} ${v.value}`);
  };
  const used = new Uint8Array(stored.length);
  const at: number[] = [];
  const newValues: DiscrepancyValue[] = [];
  let inOrder = true;
  let last = -1;
  values.forEach((v, position) => {
    const i = find(v);
    if (i !== undefined && !used[i] && (stored[i] === v || sameEntry(stored[i], v))) {
      used[i] = 1;
      inOrder &&= i > last;
      last = i;
    } else {
      at.push(position);
      newValues.push(v);
    }
  });
  const gone: number[] = [];
  for (let i = stored.length - 1; i >= 0; i--) if (!used[i]) gone.push(i);
  const patch = inOrder && gone.length + at.length <= MAX_PATCH_EDITS ? { gone, at } : null;
  return { patch, goneValues: gone.map((i) => stored[i]), newValues };
}

/** The same JSON entry: the same fields set, each equal (claim ids in the same order). */
function sameEntry(a: DiscrepancyValue, b: DiscrepancyValue): boolean {
  const fields = (v: DiscrepancyValue) =>
    (Object.keys(v) as (keyof DiscrepancyValue)[]).filter((k) => v[k] !== undefined);
  const keys = fields(b);
  if (fields(a).length !== keys.length) return false;
  return keys.every((k) => (k === 'claimIds' ? sameIds(a.claimIds, b.claimIds) : a[k] === b[k]));
}

function sameIds(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/**
 * The claim links a refresh adds and removes over all the discrepancies it writes (the removed in
 * a statement of their own, the added with the flags' writes): a growing story adds a few claims to flags holding thousands, so only those are sent
 * (sending every link of every flag touched, twice, was ~40 % of the writes at 5,000 articles).
 */
class LinkChanges {
  readonly added = linkColumns();
  private readonly removed = linkColumns();

  add(discrepancyId: string, before: Map<string, ClaimLink>, after: Map<string, ClaimLink>): void {
    for (const [key, link] of after) if (!before.has(key)) push(this.added, discrepancyId, link);
    for (const [key, link] of before) if (!after.has(key)) push(this.removed, discrepancyId, link);
  }

  /** Deletes the links removed; those added are written with the flags (see flagWritesStatement). */
  async removeGone(manager: EntityManager): Promise<void> {
    const { removed } = this;
    if (!removed.claimIds.length) return;
    await transactionQuery(
      manager,
      `DELETE FROM discrepancy_claims d
        USING unnest($1::uuid[], $2::uuid[], $3::float8[]) AS l (discrepancy_id, claim_id, value)
        WHERE d.discrepancy_id = l.discrepancy_id AND d.claim_id = l.claim_id AND d.value = l.value`,
      [removed.discrepancyIds, removed.claimIds, removed.values],
    );
  }
}

/** Links as the columns sent to unnest(). */
interface LinkColumns {
  discrepancyIds: string[];
  claimIds: string[];
  values: number[];
}

function linkColumns(): LinkColumns {
  return { discrepancyIds: [], claimIds: [], values: [] };
}

function push(into: LinkColumns, discrepancyId: string, link: ClaimLink): void {
  into.discrepancyIds.push(discrepancyId);
  into.claimIds.push(link.claimId);
  into.values.push(link.value);
}

/**
 * What a worker keeps of a story's last comparison: its built claims, the pairs they judged and
 * the values it wrote into its flags.
 */
interface KeptComparison {
  claims: KeptClaims;
  judged: JudgedPairsMemo;
  flags: KeptFlags;
}

/**
 * The values a worker last wrote into (or read from) each flag, by discrepancy id, with the version
 * of the row that holds them (see ROW_VERSION): a flag of a large story holds hundreds of values,
 * and reading them back on every article was a tenth of its refresh at 5,000 articles. Checked
 * against the row each time, so a flag changed by anyone else (or a write rolled back) is read.
 */
type KeptFlags = Map<string, KeptFlag>;

interface KeptFlag {
  version: string;
  /**
   * The row's values whole, as the next write patches them (see ValueMatch); those written are the
   * finding's own objects, whose words and claims the kept claims already hold.
   */
  values: DiscrepancyValue[];
}

/** A row's version: (xmin, ctid) names one version of it, as for claims (story-claims.ts). */
const ROW_VERSION = `xmin::text || ctid::text`;

/**
 * The story's stored flags (of `series` only, when given), locked so a reviewer's decision is not
 * overwritten from a stale read (review.service.ts); their values taken from `flags` when the row
 * is the version they were kept from, else read (and kept).
 */
async function lockedFlags(
  manager: EntityManager,
  storyId: string,
  series: Series[] | null,
  flags: KeptFlags,
): Promise<Discrepancy[]> {
  const inSeries = series
    ? `AND (metric, subject) IN (SELECT * FROM unnest($2::text[], $3::text[]))`
    : '';
  const rows: (Omit<Discrepancy, 'values'> & { version: string })[] = await transactionQuery(
    manager,
    `SELECT id, story_id AS "storyId", metric, subject, location, location_key AS "locationKey",
            kind, status, severity, rule, explanation, ${ROW_VERSION} AS version
       FROM discrepancies WHERE story_id = $1 ${inSeries} FOR UPDATE`,
    series ? [storyId, series.map((s) => s.metric), series.map((s) => s.subject)] : [storyId],
  );
  const unknown = rows.filter((r) => flags.get(r.id)?.version !== r.version).map((r) => r.id);
  const read: { id: string; values: DiscrepancyValue[] }[] = unknown.length
    ? await transactionQuery(
        manager,
        `SELECT id, "values" FROM discrepancies WHERE id = ANY($1::uuid[])`,
        [unknown],
      )
    : [];
  const version = new Map(rows.map((r) => [r.id, r.version]));
  for (const r of read) flags.set(r.id, { version: version.get(r.id)!, values: r.values });
  return rows.map(({ version: _version, ...row }) =>
    Object.assign(new Discrepancy(), row, { values: flags.get(row.id)!.values }),
  );
}

function keptClaims(kept: KeptComparison): number {
  let n = 0;
  for (const series of kept.claims.values()) n += series.size;
  return n;
}

/** Stories whose comparison a worker keeps: those a burst of articles is arriving for. */
const KEPT_STORIES = 32;
/** Claims kept over those stories, the oldest stories let go first (a claim kept costs ~1 KB). */
const KEPT_CLAIMS = 40_000;

/** The pair as the audit trail records it: each value with the origin that gives it. */
function pairValues(finding: DiscrepancyFinding) {
  return finding.pair.map((v) => ({ value: v.value, origin: v.originLabel ?? v.origin }));
}

function quantityKey(d: { metric: string; subject: string; locationKey: string }): string {
  return `${d.metric}|${d.subject}|${d.locationKey}`;
}
