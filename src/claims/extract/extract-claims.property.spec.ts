import fc from 'fast-check';
import { METRICS, QUALIFIERS, SUBJECTS } from '../../domain/vocabulary';
import { extractClaimsStrict as extractClaims } from './extract-claims';

const WORDS = [
  'killed',
  'at least',
  'more than',
  'dozens',
  'of',
  'people',
  'police',
  'were',
  'injured',
  'in',
  'Almaty',
  'said',
  'according to',
  'the',
  'ministry',
  '12',
  '1,000',
  '4 353',
  'thousands',
  'between',
  'and',
  '-',
  ',',
  '.',
  '“',
  '”',
  'including',
  'of which',
  'among them',
  'rose to',
  'death toll',
  'Wednesday',
  'nearly',
  'up to',
  'twenty-five',
  '(',
  ')',
  ':',
  '\n\n',
  'protesters',
  'arrested',
  'troops',
  'sent',
  'COVID-19',
  '2022',
  '$5',
  '30%',
  'Khabar-24',
];

describe('extractClaims: properties', () => {
  it('never throws on junk and keeps its contract', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }).map((w) => w.join(' ')),
        ),
        fc.option(fc.constantFrom('2022-01-06', 'not a date', '')),
        (text, date) => {
          const claims = extractClaims(text, { publishedAt: date, defaultCountry: 'Kazakhstan' });
          for (const c of claims) {
            expect(METRICS).toContain(c.metric);
            expect(SUBJECTS).toContain(c.subject);
            expect(QUALIFIERS).toContain(c.qualifier);
            expect(text.slice(c.start, c.end)).toBe(c.quote);
            expect(Number.isFinite(c.value)).toBe(true);
            if (c.low !== null && c.high !== null) expect(c.low).toBeLessThanOrEqual(c.high);
            expect(Array.isArray(c.attribution)).toBe(true);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never throws on long and hostile input', () => {
    const hostile = [
      'a'.repeat(50_000),
      '1,'.repeat(20_000),
      ('at least 12 people were killed, ' + 'and '.repeat(50)).repeat(200),
      '“'.repeat(10_000) + '12 killed',
      ('According to the ministry, ' + 'the '.repeat(100)).repeat(100),
      'dozens of '.repeat(5_000),
      ' - '.repeat(20_000),
      ('X said ' + 'Y, '.repeat(200)).repeat(50),
    ];
    for (const text of hostile) {
      expect(Array.isArray(extractClaims(text, { publishedAt: '2022-01-06' }))).toBe(true);
    }
  });

  it('random article-like text never throws', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 500, maxLength: 2000 }), (w) => {
        extractClaims(w.join(' '), { publishedAt: '2022-01-06' });
      }),
      { numRuns: 20 },
    );
  });
});
