import { extractClaims } from './extract-claims';

const read = (text: string) =>
  extractClaims(text, { publishedAt: '2024-08-01' }).map((c) => [
    c.metric,
    c.value,
    c.qualifier,
    c.attribution,
  ]);

describe('wordings seen on unseen events (issue 9)', () => {
  it('reads a second count in brackets as the same quantity, with its own source', () => {
    expect(
      read(
        'Unconfirmed reports put the death toll at 249 (official tally 167), while 240 were feared missing (official tally 191). In Mundakkai, 90% of the houses were destroyed.',
      ),
    ).toEqual([
      ['killed', 249, 'exact', ['Unconfirmed reports']],
      ['killed', 167, 'exact', ['official tally']],
      ['missing', 240, 'exact', ['Unconfirmed reports']],
      ['missing', 191, 'exact', ['official tally']],
    ]);
  });

  it('reads who is still missing, not the toll that may rise because of them', () => {
    expect(
      read('The death toll may go up further as around 180 persons are still missing.'),
    ).toEqual([['missing', 180, 'approx', []]]);
    expect(read('Around 250 people are yet to be traced from the landslide-hit villages.')).toEqual(
      [['missing', 250, 'approx', []]],
    );
  });

  it('reads responders taking part in a search as deployed', () => {
    expect(
      read(
        'Some 1,100 rescue personnel, helicopters and heavy equipment were involved in the operation.',
      ),
    ).toEqual([['deployed', 1100, 'approx', []]]);
  });

  it('reads a crowd estimate given as a range, and each source of a two-clause sentence', () => {
    const protest = 'Students led the protest march, the largest protest in years.\n\n';
    expect(
      read(
        `${protest}The Public Assembly Archive said attendance estimates ranged from 275,000 to 325,000.`,
      ),
    ).toEqual([['participants', 275000, 'range', ['Public Assembly Archive']]]);
    expect(
      read(
        `${protest}According to the Interior Ministry, there were about 107,000 people; according to NGOs, there were almost half a million.`,
      ),
    ).toEqual([
      ['participants', 107000, 'approx', ['Interior Ministry']],
      ['participants', 500000, 'approx', ['NGOs']],
    ]);
  });

  it('reads "He said" after a surname as that person, never as an organisation named before', () => {
    const text = [
      'However, the Public Assembly Archive said between 275,000 and 325,000 people took part in the protest march.',
      'Vucic said 56 people were injured during the protest.',
      'He said 22 people had been detained for attacking police officers.',
    ].join('\n');
    expect(read(text).map(([metric, , , source]) => [metric, source])).toEqual([
      ['participants', ['Public Assembly Archive']],
      ['injured', ['Vucic']],
      ['detained', ['Vucic']],
    ]);
  });

  it('reads "minor" before a metric as the injuries\' kind, not as children', () => {
    expect(read('Police reported 56 minor injured and 22 detainees.').map((c) => c[1])).toEqual([
      56, 22,
    ]);
    const subjects = extractClaims(
      'Police reported 56 minor injured and 12 minors detained.',
      {},
    ).map((c) => c.subject);
    expect(subjects).toEqual(['people', 'children']);
  });
});
