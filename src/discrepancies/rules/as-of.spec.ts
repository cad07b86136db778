import { compareAsOf, dayOf, formatAsOf } from './as-of';

const t = (
  asOf: string | null,
  asOfPrecision: 'day' | 'minute' | 'ms' | null = asOf && asOf.length > 10 ? 'minute' : 'day',
) => ({ asOf, asOfPrecision });

describe('compareAsOf', () => {
  it('orders different days', () => {
    expect(compareAsOf(t('2022-01-06'), t('2022-01-09'))).toBe(-1);
    expect(compareAsOf(t('2022-01-09'), t('2022-01-06'))).toBe(1);
  });

  it('cannot order two figures inside one day known only to the day', () => {
    expect(compareAsOf(t('2022-01-06'), t('2022-01-06'))).toBe('same');
    expect(compareAsOf(t('2022-01-06'), t('2022-01-06T20:00:00Z'))).toBe('same');
    expect(compareAsOf(t('2022-01-06T08:00:00Z', 'day'), t('2022-01-06T20:00:00Z', 'day'))).toBe(
      'same',
    );
  });

  it('orders two times known to the minute inside one day', () => {
    expect(compareAsOf(t('2022-01-06T08:00:00Z'), t('2022-01-06T20:00:00Z'))).toBe(-1);
    expect(compareAsOf(t('2022-01-06T08:00:40Z'), t('2022-01-06T08:00:10Z'))).toBe('same');
    expect(
      compareAsOf(t('2022-01-06T08:00:00.500Z', 'ms'), t('2022-01-06T08:00:00.100Z', 'ms')),
    ).toBe(1);
  });

  it('is unknown when a time is missing or unreadable', () => {
    expect(compareAsOf(t(null), t('2022-01-06'))).toBe('unknown');
    expect(compareAsOf(t('yesterday'), t('2022-01-06'))).toBe('unknown');
  });

  it('formats day or minute', () => {
    expect(dayOf('2022-01-06T23:00:00+06:00')).toBe('2022-01-06');
    expect(formatAsOf(t('2022-01-06'))).toBe('2022-01-06');
    expect(formatAsOf(t('2022-01-06T08:05:00Z'))).toBe('2022-01-06 08:05 UTC');
    expect(formatAsOf(t(null))).toBeNull();
  });
});
