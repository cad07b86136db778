import { saysTally } from './tally-words';

describe('saysTally: a figure worded as a tally of bodies recovered', () => {
  it.each([
    ['police raid', 'Police said 63 bodies were recovered during searches in the region.'],
    ['dam burst', 'rescue teams found the bodies of 13 people amid ongoing searches'],
    ['landslide', 'only five bodies had been retrieved from the rubble'],
    ['massacre', 'at least 50 bodies lay in the square by morning'],
    ['stampede', 'Twenty-seven bodies were brought to a hospital in neighbouring Etah district.'],
    ['shipwreck', 'the coastguard pulled one more body from the sea, bringing the count to 41'],
    ['protest killings', 'Fourteen out of 15 postmortems showed death by gunshot wounds'],
    ['crackdown', 'autopsies on 21 of the dead found bullet wounds'],
    ['stampede', 'post-mortem examinations of 12 victims were completed on Sunday'],
  ])('%s: %s', (_event, quote) => {
    expect(saysTally(quote)).toBe(true);
  });

  it.each([
    ['a toll that counts bodies too', 'The death toll has risen to 87, the bodies taken to Goma'],
    ['a morgue’s count cited as the toll', 'the number of dead in the Al-Muaysem morgue was 550'],
    ['a plain total', 'At least 250 people were killed in the attack'],
    ['no quote', undefined],
  ])('not a tally: %s', (_name, quote) => {
    expect(saysTally(quote)).toBe(false);
  });
});
