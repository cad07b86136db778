import { eventKinds, kindsClash } from './event-kinds';
import { articleTerms } from './story-terms';

const kinds = (text: string) => eventKinds(articleTerms(text));

// Openings in the shape of wire copy about each event.
const stampede =
  'A stampede at Mina killed 769 pilgrims. Survivors of the crush said pilgrims were trampled as two ' +
  'columns met; it was the deadliest stampede at the hajj in 25 years, and the crush lasted minutes.';
const heatwave =
  'Extreme heat killed 550 pilgrims at the hajj as temperatures reached 51.8 degrees Celsius; most died ' +
  'of heatstroke, diplomats said, and the heat is expected to last.';
const storm =
  'Cyclone Idai made landfall near Beira on Thursday. The storm dumped months of rain in days, and as the ' +
  'cyclone moved inland it swelled the Buzi and Pungwe rivers; the storm was the worst in Mozambique in decades.';
const flood =
  'Floods swept through the Buzi district; the floodwater covered whole villages, and the flooding ' +
  'left 15,000 stranded. Rescuers say the flood made an inland sea 125 km long.';

describe('eventKinds', () => {
  it('counts the words that name each kind of event', () => {
    expect(kinds(stampede)).toEqual({ crush: 5 });
    expect(kinds(heatwave)).toEqual({ heat: 5 });
  });
});

describe('kindsClash', () => {
  it('keeps a stampede and a heatwave apart', () => {
    expect(kindsClash(kinds(stampede), kinds(heatwave))).toBe(true);
  });

  it('does not part a storm from the floods it brought', () => {
    expect(kindsClash(kinds(storm), kinds(flood))).toBe(false);
  });

  it('says nothing when a text is not mostly about one kind', () => {
    expect(kindsClash(kinds('Police said the fire was out.'), kinds(heatwave))).toBe(false);
  });
});

describe('kinds that only tell stories apart (STORY_KIND_WORDS)', () => {
  const collapse =
    'A four-storey building collapsed in Kariakoo; rescuers dug through the rubble for people trapped ' +
    'after the collapse, and the debris blocked the market street.';
  const crackdown = 'Police fired on protesters; the protest spread and a curfew was imposed.';
  const quake =
    'The earthquake of magnitude 6.9 struck at night; the quake and its aftershocks brought down homes.';

  it('keeps a building collapse apart from an election crackdown in the same city', () => {
    expect(kinds(collapse)).toEqual({ collapse: 4 });
    expect(kindsClash(kinds(collapse), kinds(crackdown))).toBe(true);
  });

  it('does not part a quake from the buildings it brought down', () => {
    expect(kindsClash(kinds(collapse), kinds(quake))).toBe(false);
  });
});
