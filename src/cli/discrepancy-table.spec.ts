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
          claims: [
            {
              quote: '12 were killed',
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
    const text = renderDiscrepancyTable([row]);
    expect(text).toContain('CONFLICT  killed / law_enforcement');
    expect(text.indexOf('       8')).toBeLessThan(text.indexOf('      12'));
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
