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

  it.each([
    ['Cláudio Castro, Rio state’s tough-on-crime governor, said it was 58.', 'Castro'],
    ['Cláudio Castro, Rio state’s tough-on-crime governor, said it was 58.', 'Cláudio'],
    ['Regina Martinez, the city’s police chief, said 12 died.', 'Martinez'],
    ['Sydney Brooks, a local official, said 40 homes burned.', 'Sydney'],
  ])('reads a two-word name with its title set after it as the name: %s (%s)', (text, word) => {
    expect(isPersonName(text, at(text, word))).toBe(true);
  });

  it.each([
    [
      'At least 1,039 died in the Kathmandu Valley, a police spokesman, Kamal Singh Bam, said.',
      'Kathmandu',
    ],
    [
      "In Uttar Pradesh's Prayagraj, the police chief that oversees security said 30 died.",
      'Prayagraj',
    ],
    ['Rio de Janeiro, the state governor said, counted 58 dead.', 'Rio'],
  ])('keeps a place that a title follows: %s (%s)', (text, word) => {
    expect(isPersonName(text, at(text, word))).toBe(false);
  });

  it('names no country from a person whose name is a town', () => {
    expect(mainCountry('Mayor Sydney Brooks said 40 homes burned and 12 people died.')).toBeNull();
  });
});
