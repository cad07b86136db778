import { extractClaims } from './extract-claims';
import { careDestination, refugeDestination } from './care-destinations';

const located = (text: string, country: string) =>
  extractClaims(text, { defaultCountry: country, publishedAt: '2025-03-16' }).map((c) => [
    c.value,
    c.location,
  ]);

const FIRE =
  'A fire at a nightclub in the eastern town of Kocani killed 59 people early on Sunday.';

describe(careDestination.name, () => {
  it.each(careDestination.examples)('%s', (example) => {
    const at =
      example.lastIndexOf('Skopje') >= 0
        ? example.lastIndexOf('Skopje')
        : example.lastIndexOf('Manila');
    expect(careDestination.test(example, { start: at, end: at + 6 })).toBe(true);
  });

  it.each([
    'Officials said 118 injured were taken to hospitals in the capital, Skopje.',
    'Some 40 of the 118 injured were transferred to the hospital in Skopje.',
    'Twelve of the critically injured were airlifted to Skopje.',
    'At least 20 burn victims were rushed to a Skopje hospital.',
    'The injured, 118 in all, have been taken to hospitals around the country, including the capital, Skopje.',
  ])('leaves the figure where the hurt were hurt: %s', (sentence) => {
    expect(located(`${FIRE}\n\n${sentence}`, 'North Macedonia').pop()).toEqual([
      expect.any(Number),
      'Kocani',
    ]);
  });

  it.each([
    ['Police detained 15 people in Skopje.', 'Skopje'],
    ['The government sent 300 soldiers to Skopje.', 'Skopje'],
  ])('keeps a place where the figure happened: %s', (sentence, place) => {
    expect(located(`${FIRE}\n\n${sentence}`, 'North Macedonia').pop()?.[1]).toBe(place);
  });

  it('keeps the site of an event that struck a hospital', () => {
    const text = 'A blast at a Gaza hospital killed 471 people, officials said.';
    const at = text.indexOf('Gaza');
    expect(careDestination.test(text, { start: at, end: at + 4 })).toBe(false);
  });

  it('reads a town a dated bearing names from the capital as no focus', () => {
    const text = [
      'Fifteen people were arrested after the fire at the Pulse nightclub in Kocani, a town about 100 kilometers from the capital, Skopje.',
      'A woman waiting outside a Skopje hospital said her son was missing.',
      'The fire broke out in the town of Kocani during a concert attended by 1,500 people.',
    ].join('\n\n');
    expect(located(text, 'North Macedonia')).toEqual([
      [15, 'Kocani'],
      [1500, 'Kocani'],
    ]);
  });
});

describe(refugeDestination.name, () => {
  it.each(refugeDestination.examples)('%s', (example) => {
    const at = example.lastIndexOf('Saint-Marc');
    expect(refugeDestination.test(example, { start: at })).toBe(true);
  });

  const ATTACK =
    'Gang members attacked the town of Pont Sondé on Thursday. Bodies lay in the streets of ' +
    'Pont Sondé, and at least 70 people were killed.';
  it.each([
    'More than 6,200 survivors have fled to Saint-Marc.',
    'Some 3,000 residents walked for hours to the coastal city of Saint-Marc, officials said.',
    'At least 3,000 people sought refuge in Saint-Marc.',
  ])('leaves the figure where the people were driven out: %s', (sentence) => {
    expect(located(`${ATTACK}\n\n${sentence}`, 'Haiti').pop()).toEqual([
      expect.any(Number),
      'Pont Sondé',
    ]);
  });

  it.each([
    ['Police detained 15 people in Saint-Marc.', 'Saint-Marc'],
    ['Gunmen killed 12 people in Saint-Marc on Friday.', 'Saint-Marc'],
  ])('keeps a place where the figure happened: %s', (sentence, place) => {
    expect(located(`${ATTACK}\n\n${sentence}`, 'Haiti').pop()?.[1]).toBe(place);
  });
});
