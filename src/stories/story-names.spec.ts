import { articleNames } from './story-names';

describe('articleNames', () => {
  // The shape: the people and bodies an event's articles keep naming, however the sentence runs.
  // Names are folded as story words are ("Tomás" → "tomá"), so a story's word counts weigh them.
  it.each([
    [
      'Police killed 27 people, according to Observatório Eleitoral Sala.',
      ['eleitoral', 'observatório', 'sala'],
    ],
    [
      'Observatório Eleitoral Sala said 103 people had been killed since October.',
      ['eleitoral', 'observatório', 'sala'],
    ],
    ['Supporters of Tomás Nhantumbo clashed with police again on Sunday.', ['nhantumbo', 'tomá']],
    ['The ruling Frelimo party has governed since independence, officials said.', ['frelimo']],
    ['"We will not stop," Nhantumbo told a crowd of supporters.', ['nhantumbo']],
  ])('reads the names in %s', (text, names) => {
    expect(articleNames(text)).toEqual(names);
  });

  it.each([
    ['a place', 'Police fired tear gas in Maputo and Nampula.'],
    ['an English word opening a sentence', 'Arsenic was found in his blood.'],
    ['a news agency', 'The toll rose to 21, Reuters and Xinhua reported.'],
    ['a headline in title case', 'Police Crackdown Leaves Dozens Dead In Nhamatanda Clashes'],
    ['an abbreviation', 'The HRW count stood at 30.'],
  ])('reads no name from %s', (_, text) => {
    expect(articleNames(text)).toEqual([]);
  });
});
