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

/** The values and the claims behind them, independent of key order and claim order. */
function evidenceSignature(values: DiscrepancyValue[]): string {
  return JSON.stringify(
    values.map((v) => [v.value, v.low, v.high, v.location ?? null, [...v.claimIds].sort()]),
  );
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
      evidenceMoved: evidenceSignature(current.values) !== evidenceSignature(finding.values),
    };
  }
  if (newValues.length > 0 && current.status !== 'open')
    return { action: 'reopened', newValues, after };
  return { action: 'updated', before, after };
}
