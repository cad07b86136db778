import { mainCountry } from './gazetteer';
import { isPersonName } from './person-names';

const at = (text: string, word: string) => {
  const start = text.indexOf(word);
  return { start, end: start + word.length };
};

describe('isPersonName', () => {
  it.each([
    ['Police chief Regina Martinez said 12 people died.', 'Regina'],
    ['Police chief Regina Martinez said 12 people died.', 'Martinez'],
    ['Mayor Sydney Brooks said 40 homes burned.', 'Sydney'],
    ['Attorney General Merrick Garland said 725 were arrested.', 'Garland'],
    ['Governor Ramon Dela Cruz said 68 were killed.', 'Ramon'],
  ])('reads a town’s name in a titled person’s name as the name: %s (%s)', (text, word) => {
    expect(isPersonName(text, at(text, word))).toBe(true);
  });

  it.each([
    ['Floods in Regina killed 12, said Mayor Sandra Masters.', 'Regina'],
    ['President Joe Biden said 12 people died in Sydney.', 'Sydney'],
    ['The governor of Texas said 12 people died.', 'Texas'],
    ['Texas Governor Greg Abbott said 12 died in Kerr County.', 'Texas'],
  ])('keeps a place: %s (%s)', (text, word) => {
    expect(isPersonName(text, at(text, word))).toBe(false);
  });

  it('names no country from a person whose name is a town', () => {
    expect(mainCountry('Mayor Sydney Brooks said 40 homes burned and 12 people died.')).toBeNull();
  });
});
