import { queryFigures } from './bench-report';

const at = (claims: number, discrepanciesP95Ms: number, historyP95Ms: number) => ({
  claims,
  discrepancies: { p50Ms: discrepanciesP95Ms / 2, p95Ms: discrepanciesP95Ms },
  history: { p50Ms: historyP95Ms / 2, p95Ms: historyP95Ms },
});

describe('queryFigures', () => {
  it('reports p95 at the largest size and the growth of the endpoint that grew most', () => {
    const figures = queryFigures([at(10_000, 4, 5), at(100_000, 5, 6), at(1_000_000, 6, 15)]);
    expect(figures.discrepanciesP95Ms).toBe(6);
    expect(figures.historyP95Ms).toBe(15);
    expect(figures.growth).toBe(3);
  });
});
