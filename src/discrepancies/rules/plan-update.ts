// What a re-decided finding does to the discrepancy already stored for its quantity: the
// reviewer's decision is kept unless a new value arrives, which re-opens it.
import type { DiscrepancyFinding, DiscrepancyKind, DiscrepancyValue } from './comparable-claim';

export type ReviewStatus = 'open' | 'confirmed' | 'dismissed' | 'resolved';

export interface StoredDiscrepancy {
  kind: DiscrepancyKind;
  status: ReviewStatus;
  severity: number;
  explanation: string;
  values: DiscrepancyValue[];
}

export type DiscrepancyUpdate =
  /** Nothing a reviewer would see changed (the evidence may point at new claim rows). */
  | { action: 'unchanged'; evidenceMoved: boolean }
  /** Figures, kind or wording changed; the status stays. */
  | { action: 'updated'; before: number[]; after: number[] }
  /** A value nobody had reviewed arrived on a reviewed discrepancy: back to open. */
  | { action: 'reopened'; newValues: number[]; after: number[] };

export const distinctValues = (d: { values: { value: number }[] }): number[] =>
  [...new Set(d.values.map((v) => v.value))].sort((a, b) => a - b);

/**
 * The same values in the same order, each with the same claims behind it (in any order). Compared
 * field by field: a large story's flags hold hundreds of values, and writing both sides out as
 * text on every refresh was a tenth of the memory a refresh allocated.
 */
function sameEvidence(a: DiscrepancyValue[], b: DiscrepancyValue[]): boolean {
  return a.length === b.length && a.every((v, i) => sameValueEvidence(v, b[i]));
}

function sameValueEvidence(a: DiscrepancyValue, b: DiscrepancyValue): boolean {
  return (
    a === b ||
    (a.value === b.value &&
      (a.low ?? null) === (b.low ?? null) &&
      (a.high ?? null) === (b.high ?? null) &&
      (a.location ?? null) === (b.location ?? null) &&
      sameIds(a.claimIds, b.claimIds))
  );
}

function sameIds(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  if (a.every((id, i) => id === b[i])) return true;
  const sorted = [...b].sort();
  return [...a].sort().every((id, i) => id === sorted[i]);
}

export function planDiscrepancyUpdate(
  current: StoredDiscrepancy,
  finding: DiscrepancyFinding,
): DiscrepancyUpdate {
  const before = distinctValues(current);
  const after = distinctValues(finding);
  const newValues = after.filter((v) => !before.includes(v));
  const figuresChanged =
    newValues.length > 0 || before.length !== after.length || current.kind !== finding.kind;
  if (
    !figuresChanged &&
    current.severity === finding.severity &&
    current.explanation === finding.explanation
  ) {
    return {
      action: 'unchanged',
      evidenceMoved: !sameEvidence(current.values, finding.values),
    };
  }
  if (newValues.length > 0 && current.status !== 'open')
    return { action: 'reopened', newValues, after };
  return { action: 'updated', before, after };
}
