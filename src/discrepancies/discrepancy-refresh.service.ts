import { Injectable } from '@nestjs/common';
import { type EntityManager, In, Not } from 'typeorm';
import { supersededArticleIds } from '../articles/revision-queries';
import { ClaimRecord } from '../claims/claim.entity';
import { isWithin } from '../geo/gazetteer';
import type { TimePrecision } from '../domain/vocabulary';
import { toComparableClaim, type StoredClaimProvenance } from './comparable-claims';
import { DiscrepancyClaim } from './discrepancy-claim.entity';
import { Discrepancy } from './discrepancy.entity';
import { ReviewEvent } from './review-event.entity';
import { Story } from '../stories/story.entity';
import type { DiscrepancyFinding } from './rules/comparable-claim';
import { detectDiscrepancies } from './rules/detect-discrepancies';
import { distinctValues, planDiscrepancyUpdate } from './rules/plan-update';

/** Re-decides a story's discrepancies from its stored claims. */
@Injectable()
export class DiscrepancyRefreshService {
  /** Inside the caller's transaction, so the comparison commits with what changed the story. */
  async refreshStory(manager: EntityManager, storyId: string): Promise<void> {
    await this.refreshOne(manager, storyId);
    // A new revision may have landed in another story than its earlier revisions: those stories
    // must stop weighing the figures it replaced.
    const others: { story_id: string }[] = await manager.query(
      `SELECT DISTINCT b.story_id FROM articles a JOIN articles b ON b.url = a.url AND b.id <> a.id
        WHERE a.story_id = $1 AND a.status = 'processed' AND b.status = 'processed' AND b.story_id IS NOT NULL AND b.story_id <> $1`,
      [storyId],
    );
    for (const { story_id } of others) await this.refreshOne(manager, story_id);
  }

  private async refreshOne(manager: EntityManager, storyId: string): Promise<void> {
    // One refresh per story at a time: two workers finishing articles of one story must not
    // both insert its discrepancies or decide on half the claims.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('story:' || $1))`, [storyId]);
    const claims = await this.loadStoryClaims(manager, storyId);
    const story = await manager.findOneBy(Story, { id: storyId });
    // The story's country is its whole area: "8 killed in Kazakhstan" speaks for all of it.
    const options = story?.mainCountry ? { wholeArea: story.mainCountry } : {};
    const findings = detectDiscrepancies(
      claims.map(toComparableClaim),
      { within: isWithin },
      options,
    );
    await this.apply(manager, storyId, findings);
  }

  /**
   * The story's claims, each once, less those a reviewer dismissed from a flag: a post embedded by several articles brings its claims once.
   * Revisions: when an article's canonical URL was submitted again with different content, only
   * the latest processed revision's own figures take part; the earlier ones are history (GET
   * /claims/history marks them superseded, GET /articles/:id/revisions shows the change). So an
   * outlet correcting 12 to 18 is never a conflict, and its withdrawn 12 no longer disagrees with
   * anyone else.
   */
  private async loadStoryClaims(
    manager: EntityManager,
    storyId: string,
  ): Promise<StoredClaimProvenance[]> {
    const rows: {
      claim_id: string;
      article_id: string;
      url: string | null;
      site: string | null;
      precision: TimePrecision | null;
      handle: string | null;
      author_name: string | null;
    }[] = await manager.query(
      `SELECT DISTINCT ON (c.id) c.id AS claim_id, a.id AS article_id, a.url, a.site, p.posted_at_precision AS precision,
                p.handle, p.author_name
           FROM claims c
           LEFT JOIN post_embeds e ON e.post_id = c.post_id
           LEFT JOIN social_posts p ON p.id = c.post_id
           JOIN articles a ON a.id = COALESCE(c.article_id, e.article_id)
          WHERE a.story_id = $1 AND a.status = 'processed'
            AND NOT EXISTS (SELECT 1 FROM dismissed_claims dc WHERE dc.claim_id = c.id)
          ORDER BY c.id, a.created_at`,
      [storyId],
    );
    if (!rows.length) return [];
    const claims = await manager.findBy(ClaimRecord, { id: In(rows.map((r) => r.claim_id)) });
    const byId = new Map(claims.map((c) => [c.id, c]));
    const superseded = await supersededArticleIds(manager, [
      ...new Set(claims.map((c) => c.articleId).filter((x): x is string => !!x)),
    ]);
    return rows
      .filter((r) => !superseded.has(byId.get(r.claim_id)!.articleId ?? ''))
      .map((r) => ({
        claim: byId.get(r.claim_id)!,
        articleId: r.article_id,
        articleUrl: r.url,
        articleSite: r.site,
        postedAtPrecision: r.precision,
        postHandle: r.handle,
        postAuthor: r.author_name,
      }));
  }

  private async apply(
    manager: EntityManager,
    storyId: string,
    findings: DiscrepancyFinding[],
  ): Promise<void> {
    // Locked, so a reviewer's decision is not overwritten from a stale read (review.service.ts).
    const existing = await manager.find(Discrepancy, {
      where: { storyId },
      lock: { mode: 'pessimistic_write' },
    });
    const byKey = new Map(existing.map((d) => [quantityKey(d), d]));
    const kept = new Set<string>();
    for (const finding of findings) {
      const key = quantityKey({ ...finding, locationKey: finding.location ?? '' });
      kept.add(key);
      const current = byKey.get(key);
      const saved = current
        ? await this.update(manager, current, finding)
        : await this.insert(manager, storyId, finding);
      await this.linkClaims(manager, saved, finding);
    }
    // A discrepancy nobody reviewed and that no longer holds (an article was re-processed) goes;
    // a reviewed one stays with its decision and audit trail.
    for (const d of existing) {
      if (kept.has(quantityKey(d)) || d.status !== 'open') continue;
      const reviews = await manager.countBy(ReviewEvent, {
        discrepancyId: d.id,
        actor: Not('system'),
      });
      if (!reviews) await manager.delete(Discrepancy, { id: d.id });
    }
  }

  private async insert(
    manager: EntityManager,
    storyId: string,
    finding: DiscrepancyFinding,
  ): Promise<Discrepancy> {
    const saved = await manager.save(
      manager.create(Discrepancy, {
        storyId,
        metric: finding.metric,
        subject: finding.subject,
        location: finding.location,
        locationKey: finding.location ?? '',
        kind: finding.kind,
        status: 'open',
        severity: finding.severity,
        rule: finding.rule,
        explanation: finding.explanation,
        values: finding.values,
        pair: finding.pair,
      }),
    );
    await this.event(manager, saved, 'flagged', null, 'open', {
      values: distinctValues(finding),
      pair: pairValues(finding),
      rule: finding.rule,
    });
    return saved;
  }

  private async update(
    manager: EntityManager,
    current: Discrepancy,
    finding: DiscrepancyFinding,
  ): Promise<Discrepancy> {
    const plan = planDiscrepancyUpdate(current, finding);
    if (plan.action === 'unchanged') {
      // An article re-processed with the same figures has new claim rows: keep the evidence
      // pointing at them, without an event and without making the row look recently changed.
      if (plan.evidenceMoved) {
        await manager.query(
          `UPDATE discrepancies SET "values" = $2, rule = $3, pair = $4 WHERE id = $1`,
          [current.id, JSON.stringify(finding.values), finding.rule, JSON.stringify(finding.pair)],
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
    const saved = await manager.save(current);
    if (plan.action === 'reopened')
      await this.event(manager, saved, 'reopened', fromStatus, 'open', {
        newValues: plan.newValues,
        values: plan.after,
        pair: pairValues(finding),
      });
    else
      await this.event(manager, saved, 'updated', fromStatus, fromStatus, {
        values: plan.after,
        before: plan.before,
        pair: pairValues(finding),
      });
    return saved;
  }

  private async linkClaims(
    manager: EntityManager,
    discrepancy: Discrepancy,
    finding: DiscrepancyFinding,
  ): Promise<void> {
    await manager.delete(DiscrepancyClaim, { discrepancyId: discrepancy.id });
    const links = finding.values.flatMap((v) =>
      v.claimIds.map((claimId) => ({ discrepancyId: discrepancy.id, claimId, value: v.value })),
    );
    if (links.length) await manager.insert(DiscrepancyClaim, links);
  }

  private async event(
    manager: EntityManager,
    discrepancy: Discrepancy,
    action: ReviewEvent['action'],
    fromStatus: string | null,
    toStatus: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    await manager.save(
      manager.create(ReviewEvent, {
        discrepancyId: discrepancy.id,
        action,
        fromStatus,
        toStatus,
        note: null,
        actor: 'system',
        details,
      }),
    );
  }
}

/** The pair as the audit trail records it: each value with the origin that gives it. */
function pairValues(finding: DiscrepancyFinding) {
  return finding.pair.map((v) => ({ value: v.value, origin: v.originLabel ?? v.origin }));
}

function quantityKey(d: { metric: string; subject: string; locationKey: string }): string {
  return `${d.metric}|${d.subject}|${d.locationKey}`;
}
