import { getMetadataArgsStorage } from 'typeorm';
import { ClaimRecord } from './claim.entity';
import { claimColumns, claimFromColumns } from './claim-columns';

const stored = {
  id: 'c1',
  articleId: 'a1',
  postId: null,
  position: 2,
  metric: 'killed',
  subject: 'people',
  value: 12,
  low: 10,
  high: 14,
  qualifier: 'range',
  location: 'Lagos',
  country: 'NG',
  attribution: ['Amnesty International'],
  asOf: '2020-10-21',
  quote: 'between 10 and 14 people were killed',
  start: 40,
  end: 77,
  earlier: false,
  part: false,
  createdAt: new Date('2020-10-21T10:00:00Z'),
} as ClaimRecord;

describe('claim columns', () => {
  it('names each field by the column the entity maps it to', () => {
    const columnOf = new Map(
      getMetadataArgsStorage()
        .columns.filter((c) => c.target === ClaimRecord)
        .map((c) => [c.propertyName, c.options.name ?? c.propertyName]),
    );
    const row = { ...claimColumns(stored), id: stored.id, created_at: stored.createdAt };
    for (const [field, column] of columnOf)
      expect([column, (row as Record<string, unknown>)[column]]).toEqual([
        column,
        stored[field as keyof ClaimRecord],
      ]);
  });

  it('reads back the claim it wrote', () => {
    const row = { ...claimColumns(stored), id: stored.id, created_at: stored.createdAt };
    expect(claimFromColumns(row)).toEqual(stored);
  });

  it('stores a claim that does not say it is earlier or a part as neither', () => {
    const { earlier: _e, part: _p, ...plain } = stored;
    expect(claimColumns(plain)).toMatchObject({ earlier: false, part: false });
  });
});
