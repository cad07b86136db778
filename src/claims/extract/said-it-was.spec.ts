import { extractClaims } from './extract-claims';

/** Each claim as "metric subject value source". */
const read = (text: string) =>
  extractClaims(text, { publishedAt: '2025-10-30' }).map((c) =>
    `${c.metric} ${c.subject} ${c.value} ${c.attribution.join(' / ')}`.trim(),
  );

describe('"said it was N" gives the count named before; a dash list after it names its parts', () => {
  it.each([
    [
      'The ministry put the toll at 119. The governor said it was only 58 – 54 criminals and four police officers.',
      ['killed other 54 governor', 'killed law_enforcement 4 governor'],
      'killed people 58 governor',
    ],
    [
      'Police counted 40 dead. The mayor said the real figure was 30 – 25 civilians and five soldiers.',
      ['killed civilians 25 mayor', 'killed military 5 mayor'],
      'killed people 30 mayor',
    ],
    [
      'Officials said 70 people were killed, but the army insists it was 12 — ten soldiers and two police officers.',
      ['killed military 10 army', 'killed law_enforcement 2 army'],
      'killed people 12 army',
    ],
    [
      'The death toll stood at 20 – 18 protesters and two journalists.',
      ['killed protesters 18', 'killed journalists 2'],
      'killed people 20',
    ],
    [
      'At least 15 people were killed – 12 civilians and three police officers.',
      ['killed civilians 12', 'killed law_enforcement 3'],
      'killed people 15',
    ],
  ])('%s', (text, parts, total) => {
    const claims = read(text);
    expect(claims).toContain(total);
    expect(claims).toEqual(expect.arrayContaining(parts));
  });

  it('reads no part in a list closed by a dash before a verb of its own', () => {
    const claims = read(
      'The flight carried 242 people - 230 passengers, two pilots and 10 crew members - and killed 241 of them.',
    );
    expect(claims.filter((c) => / (?:230|2|10) /.test(c))).toEqual([]);
  });
});
