import { extractClaims } from './extract-claims';

const brief = (text: string) =>
  extractClaims(text, { publishedAt: '2024-05-06' }).map(
    (c) => `${c.metric} ${c.subject} ${c.value}`,
  );

// Words added to the lexicon tables, each with the wordings that need it and one it must not take.
describe('lexicon words', () => {
  it.each([
    // "perish" after the people
    ['Paiporta saw 45 residents perish in the floods.', ['killed people 45']],
    ['At least 30 people perish each year on the route.', ['killed people 30']],
    ['Some 12 climbers perished on the mountain.', ['killed people 12']],
    ['Eight passengers perished when the ferry sank.', ['killed people 8']],
    // a crowd "at the march"
    ['Police said 190,000 were at the march at its peak.', ['participants protesters 190000']],
    ['Organisers said 20,000 people were at the rally.', ['participants protesters 20000']],
    ['About 5,000 were at the vigil on Sunday.', ['participants people 5000']],
    ['Around 3,000 people were in the protest.', ['participants protesters 3000']],
    // packing a boat is no crowd
    ['Between 400 and 750 people had packed the fishing boat.', []],
    ['Around 750 people had packed the vessel.', []],
    ['Some 100 migrants packed a dinghy.', []],
    ['About 50,000 people packed the square.', ['participants people 50000']],
    // "assigned" deploys
    [
      'The interior ministry has said it assigned 100,000 police to secure the hajj.',
      ['deployed law_enforcement 100000'],
    ],
    ['The army assigned 2,000 soldiers to the border.', ['deployed military 2000']],
    ['Authorities are assigning 500 officers to the stadium.', ['deployed law_enforcement 500']],
    ['The state assigned 300 rescue workers to the quake zone.', ['deployed other 300']],
    // still receiving treatment: injured
    ['In hospital, 24 victims are still receiving treatment.', ['injured people 24']],
    ['Some 40 people were receiving medical treatment on Friday.', ['injured people 40']],
    ['Twelve residents are receiving hospital treatment.', ['injured people 12']],
    ['At least 9 children are still receiving treatment for burns.', ['injured children 9']],
    // converging crowds
    [
      'Hundreds of thousands were converging on the bridge when the crush began.',
      ['participants people 100000'],
    ],
    ['About 20,000 protesters converged on the square.', ['participants protesters 20000']],
    ['Some 5,000 fans were converging on the stadium.', ['participants people 5000']],
    ['Thousands of pilgrims converged on Mina.', ['participants people 1000']],
    // a relative clause names the count
    [
      'The number of Iranian citizens who died in the stampede has reached 464.',
      ['killed people 464'],
    ],
    ['The number of people who died in the floods rose to 95.', ['killed people 95']],
    ['The number of pilgrims who died has climbed to 1,301.', ['killed people 1301']],
    ['The number of residents who died in the fire stands at 600.', ['killed people 600']],
  ])('%s', (text, want) => expect(brief(text)).toEqual(want));
});

describe('a vague amount of things is no crowd', () => {
  it.each([
    ['Dozens of towns had been flooded by the morning.', []],
    ['Hundreds of homes and businesses faced flooding.', []],
    ['Thousands of cars were swept away as the water flooded the streets.', []],
    ['Hundreds of villages were flooded.', []],
    ['Thousands of people flooded the streets of the capital.', ['participants people 1000']],
  ])('%s', (text, want) => expect(brief(text)).toEqual(want));
});

describe('figures that count things, not people', () => {
  const values = (text: string) =>
    extractClaims(text, { publishedAt: '2024-05-06' }).map((c) => c.value);

  it.each([
    ['Police say it is assumed that everyone in these 23 flats has died.', 23],
    ['Crowds surged towards the confluence of three rivers, officials said.', 3],
    ['Protesters marched across 4 bridges and along 12 streets.', 12],
    ['The fire spread across 11 floors of the tower, where 40 died.', 11],
  ])('gives no claim for the counted things: %s', (text, value) => {
    expect(values(text)).not.toContain(value);
  });

  it.each([
    ['Fire swept through 12 floors, killing 40 people.', 40],
    ['A bomb exploded near the gates, killing 9 people.', 9],
  ])('keeps the people beside them: %s', (text, value) => {
    expect(values(text)).toContain(value);
  });
});
