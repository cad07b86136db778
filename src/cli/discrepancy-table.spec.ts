import { renderDiscrepancyTable, type DiscrepancyRow } from './discrepancy-table';

describe('renderDiscrepancyTable', () => {
  it('shows each competing value with its sources and quotes', () => {
    const row: DiscrepancyRow = {
      story: 'almaty',
      metric: 'killed',
      subject: 'law_enforcement',
      location: null,
      kind: 'conflict',
      status: 'open',
      severity: 0.62,
      values: [
        {
          value: 12,
          low: 12,
          high: 12,
          originLabel: "Khabar-24, citing the Almaty commandant's office",
          claims: [
            {
              quote: '12 were killed',
              sentence: 'The Khabar-24 TV channel said 12 were killed in Almaty.',
              attribution: ['Khabar-24', "Almaty commandant's office"],
              asOf: '2022-01-06',
              source: { kind: 'article', site: 'europeandiplomatic.eu' },
            },
          ],
        },
        {
          value: 8,
          low: 8,
          high: 8,
          originLabel: '@_Stmatrix',
          claims: [
            {
              quote: '8 police and national guards have been killed',
              attribution: ['Security & Threat Matrix'],
              asOf: '2022-01-06',
              source: {
                kind: 'post',
                platform: 'twitter',
                handle: '_Stmatrix',
                authorName: 'Security & Threat Matrix',
              },
            },
          ],
        },
      ],
    };
    row.pair = [row.values[0], row.values[1]];
    const text = renderDiscrepancyTable([row]);
    expect(text).toContain('CONFLICT  killed / law_enforcement  story-wide   [open');
    expect(text).toContain(
      "pair: 12 (Khabar-24, citing the Almaty commandant's office)  vs  8 (@_Stmatrix)",
    );
    expect(text).toContain('The Khabar-24 TV channel said 12 were killed in Almaty.');
    // the values keep the order given (grouped by origin, the pair's origins first)
    expect(text.indexOf('      12')).toBeLessThan(text.indexOf('       8'));
    expect(text).toContain(
      'twitter @_Stmatrix, as of 2022-01-06: "8 police and national guards have been killed"',
    );
    expect(text).not.toContain('via Security & Threat Matrix');
    expect(text).toContain(
      "article (europeandiplomatic.eu) via Khabar-24 > Almaty commandant's office",
    );
  });

  it('says so when nothing is flagged', () => {
    expect(renderDiscrepancyTable([])).toMatch(/No discrepancies/);
  });
});
