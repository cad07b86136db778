import { clauseOf, saysHedged, saysReportedEarlier } from './hedge-words';

describe('saysHedged: a figure its clause gives as a possibility or a fear', () => {
  it.each([
    [
      'shipwreck',
      'nearly 100 dead',
      'About 80 people were rescued, but nearly 100 dead in total are feared.',
    ],
    [
      'shipwreck',
      '100 people who died',
      'There could be 100 people who died as victims of the shipwreck off the coast of Cutro, 20 kilometers from Crotone.',
    ],
    [
      'protest killings',
      'hundreds – if not thousands – may have been killed',
      'Protests broke out, with sources indicating hundreds – if not thousands – may have been killed.',
    ],
    [
      'election violence',
      '800 feared dead',
      'Inside the post-election violence: 800 feared dead, hundreds charged with treason.',
    ],
    [
      'landslide',
      '40 people',
      'Officials said the toll might rise to 40 people as searches go on.',
    ],
    ['flood', '300 people', 'It is believed 300 people were swept away in the night.'],
    ['fire', '12 workers', 'Rescuers fear that 12 workers were still inside.'],
  ])('%s: %s', (_event, quote, sentence) => {
    expect(saysHedged(quote, sentence)).toBe(true);
  });

  it.each([
    [
      'a belief about another figure in the sentence',
      '64 are dead',
      '64 are dead, an indefinable number of victims still to be recovered, it is believed at least 30-40.',
    ],
    [
      'a stated count',
      'At least 58 migrants died',
      'At least 58 migrants died after the boat hit rocky reefs, the coast guard reported.',
    ],
    ['a month, not a modal', '1,200 people', 'In May 1,200 people were evacuated.'],
    ['a negated modal', '25 injured', 'Police could not confirm the names of the 25 injured.'],
    ['no sentence, plain quote', '13 killed', null],
  ])('not hedged: %s', (_name, quote, sentence) => {
    expect(saysHedged(quote, sentence)).toBe(false);
  });
});

describe('saysReportedEarlier: a figure its clause gives as a report from before the text’s time', () => {
  it.each([
    ['ferry', '40 people', 'The coast guard told Reuters earlier that 40 people had died.'],
    ['quake', 'the death toll earlier at 300', 'Officials put the death toll earlier at 300.'],
    [
      'shooting',
      '24 were injured',
      'Authorities said earlier that more than 15 people were killed in the shooting and that 24 were injured.',
    ],
    [
      'floods',
      'the toll at 30',
      'The ministry had initially put the toll at 30, before the army recovered more bodies.',
    ],
    ['crush', '12 had died', 'Earlier reports said 12 had died in the crush.'],
    ['protests', '200 people', 'The interior ministry earlier said 200 people were detained.'],
  ])('%s: %s', (_event, quote, sentence) => {
    expect(saysReportedEarlier(quote, sentence)).toBe(true);
  });

  it.each([
    [
      'a current count',
      '25 injured',
      'Police later updated those numbers to 14 dead and 25 injured.',
    ],
    [
      'earlier in another clause',
      '14 dead',
      'Police later updated those numbers, they said earlier, to 14 dead.',
    ],
    [
      'a day, not a report',
      '30 people',
      '30 people died in a fire that broke out earlier on Sunday.',
    ],
  ])('not an earlier report: %s', (_name, quote, sentence) => {
    expect(saysReportedEarlier(quote, sentence)).toBe(false);
  });
});

describe('clauseOf', () => {
  it('keeps the clause that holds the quote', () => {
    expect(
      clauseOf('nearly 100 dead', 'About 80 were rescued, but nearly 100 dead are feared.'),
    ).toBe('but nearly 100 dead are feared');
  });
  it('reads the quote alone when the sentence does not hold it', () => {
    expect(clauseOf('13 dead', 'Another sentence.')).toBe('13 dead');
  });
});
