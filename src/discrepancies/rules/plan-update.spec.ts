import type { DiscrepancyFinding } from './comparable-claim';
import { planDiscrepancyUpdate, type StoredDiscrepancy } from './plan-update';

const value = (
  v: number,
  claimIds: string[],
): { value: number; low: number; high: number; claimIds: string[]; location?: string } => ({
  value: v,
  low: v,
  high: v,
  claimIds,
});
const stored = (
  status: StoredDiscrepancy['status'],
  values = [value(8, ['a']), value(12, ['b'])],
): StoredDiscrepancy => ({
  kind: 'conflict',
  status,
  severity: 0.6,
  explanation: '12 vs 8',
  values,
});
const finding = (
  values = [value(8, ['a']), value(12, ['b'])],
  extra: Partial<DiscrepancyFinding> = {},
): DiscrepancyFinding => ({
  metric: 'killed',
  subject: 'law_enforcement',
  location: null,
  kind: 'conflict',
  severity: 0.6,
  rule: 'disjoint_intervals',
  explanation: '12 vs 8',
  values,
  pair: [values[0], values[1]] as DiscrepancyFinding['pair'],
  ...extra,
});

describe('planDiscrepancyUpdate', () => {
  it('changes nothing when the same figures come back from the same claims', () => {
    expect(planDiscrepancyUpdate(stored('confirmed'), finding())).toEqual({
      action: 'unchanged',
      evidenceMoved: false,
    });
  });

  it('changes nothing when the same claims come back in another order', () => {
    const before = stored('open', [value(8, ['a', 'c']), value(12, ['b'])]);
    expect(
      planDiscrepancyUpdate(before, finding([value(8, ['c', 'a']), value(12, ['b'])])),
    ).toEqual({ action: 'unchanged', evidenceMoved: false });
  });

  it('moves the evidence when a figure gains a claim or the same claims move to another place', () => {
    const before = stored('open', [value(8, ['a']), value(12, ['b'])]);
    const gained = finding([value(8, ['a', 'c']), value(12, ['b'])]);
    const moved = finding([{ ...value(8, ['a']), location: 'Almaty' }, value(12, ['b'])]);
    expect(planDiscrepancyUpdate(before, gained)).toEqual({
      action: 'unchanged',
      evidenceMoved: true,
    });
    expect(planDiscrepancyUpdate(before, moved)).toEqual({
      action: 'unchanged',
      evidenceMoved: true,
    });
  });

  it('moves the evidence silently when a re-processed article brings the same figures on new claim rows', () => {
    expect(
      planDiscrepancyUpdate(stored('open'), finding([value(8, ['a']), value(12, ['b2'])])),
    ).toEqual({ action: 'unchanged', evidenceMoved: true });
  });

  it('re-opens a reviewed discrepancy when a new value arrives', () => {
    const next = finding([value(8, ['a']), value(12, ['b']), value(18, ['c'])]);
    for (const status of ['confirmed', 'dismissed', 'resolved'] as const) {
      expect(planDiscrepancyUpdate(stored(status), next)).toEqual({
        action: 'reopened',
        newValues: [18],
        after: [8, 12, 18],
      });
    }
  });

  it('updates an open discrepancy with a new value without a status change', () => {
    expect(
      planDiscrepancyUpdate(
        stored('open'),
        finding([value(8, ['a']), value(12, ['b']), value(18, ['c'])]),
      ),
    ).toEqual({
      action: 'updated',
      before: [8, 12],
      after: [8, 12, 18],
    });
  });

  it('keeps a reviewer decision when a value drops out or the kind changes', () => {
    expect(planDiscrepancyUpdate(stored('confirmed'), finding([value(8, ['a'])]))).toMatchObject({
      action: 'updated',
    });
    expect(
      planDiscrepancyUpdate(stored('dismissed'), finding(undefined, { kind: 'update' })),
    ).toMatchObject({ action: 'updated' });
  });
});
