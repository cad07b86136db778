import { TOWN_INTRODUCTIONS, townsIntroduced, withTownsIntroduced } from './location-towns';
import { safeFindPlaces } from './location';
import { extractClaims } from './extract-claims';

describe('TOWN_INTRODUCTIONS: each form reads its own examples', () => {
  const rows = TOWN_INTRODUCTIONS.flatMap((form) =>
    form.examples.map((e) => [form.name, e.text, form, e.town] as const),
  );
  it.each(rows)('%s: %s', (_name, text, form, town) => {
    const names = [...text.matchAll(form.pattern)].map((m) => m[1]);
    expect(names).toContain(town);
  });
});

describe('townsIntroduced: unknown towns, in the text’s country', () => {
  const towns = (text: string, country = 'Nigeria') =>
    [...townsIntroduced(text, safeFindPlaces(text, country), country).values()].map(
      (p) => `${p.name}/${p.kind}`,
    );

  it.each([
    ['Gunmen stormed the farming village of Kwassam at dawn.', 'Kwassam/city'],
    ['The blast at Dakwala village killed eleven.', 'Dakwala/city'],
    ['Floods swept through homes in Bakassi Local Government Area on Monday.', 'Bakassi/district'],
    ['Rescuers reached Dorawa, a small town near the border, by night.', 'Dorawa/city'],
    ['The tanker overturned in Dakwala, Jigawa State, on Tuesday.', 'Dakwala/city'],
    ['Gunmen struck El Kwassam (Zamfara state) at dawn.', 'El Kwassam/city'],
    ['Boats reached the Tunga di Kwassam hamlet before dawn.', 'Tunga di Kwassam/city'],
  ])('%s', (text, town) => expect(towns(text)).toEqual([town]));

  it('reads a longer name that holds a town the gazetteer knows ("the Steccato di Cutro hamlet")', () => {
    const text = 'The boat broke apart near the Steccato di Cutro hamlet, in the Crotone area.';
    expect(towns(text, 'Italy')).toEqual(['Steccato di Cutro/city']);
    const hits = withTownsIntroduced(text, safeFindPlaces(text, 'Italy'), 'Italy');
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['Steccato di Cutro', 'Crotone']);
  });

  it.each([
    // known places are the gazetteer's, not a new town
    'Police said the town of Kano was calm.',
    // ordinary words and days are no town
    'They met in Old Town on Sunday.',
    'The market in Sunday village reopened.',
    // the kind after a name that opens no place phrase
    'Mr Bello Town said twelve died.',
    // a particle joins no name to a day, and "La" alone is no town
    'They reached Dakwala on Sunday village roads.',
    'The fire in La, Kano State, spread.',
  ])('none: %s', (text) => expect(towns(text)).toEqual([]));
});

describe('withTownsIntroduced: every mention of an introduced town', () => {
  it('reads later mentions, not titles or possessives', () => {
    const text =
      'Militants attacked the town of Kwassam. Later gunmen rode into Kwassam again. ' +
      'Kwassam Emirate officials and Kwassam’s chief spoke.';
    const hits = withTownsIntroduced(text, [], 'Nigeria');
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['Kwassam', 'Kwassam']);
    expect(hits[1].place).toEqual({ name: 'Kwassam', country: 'Nigeria', kind: 'city' });
  });

  it('keeps the kind word after the name ("Majiya Town")', () => {
    const text = 'A tanker exploded in Dakwala Town. Dakwala Town was in mourning.';
    expect(withTownsIntroduced(text, [], 'Nigeria')).toHaveLength(2);
  });

  it('reads nothing without a country to set the town in', () => {
    expect(withTownsIntroduced('the town of Kwassam', [], null)).toEqual([]);
  });
});

describe('a small town (gazetteer.ts isSmallTown) as the text’s focus', () => {
  const located = (text: string, country: string) =>
    extractClaims(text, { defaultCountry: country, publishedAt: '2024-12-02' }).map((c) => [
      c.value,
      c.location,
    ]);

  it('is the focus when named twice, once as where something happened', () => {
    const text = [
      'Quake flattens Amatrice, kills at least 120',
      'Rescuers dug through the night in Amatrice, officials said.',
      'At least 120 people were killed, the civil protection agency said.',
    ].join('\n\n');
    expect(located(text, 'Italy')).toContainEqual([120, 'Amatrice']);
  });

  it('is no focus when named in passing: once, as a hometown', () => {
    const text = [
      'Gunman kills 14 at university in Rome',
      'Police said the gunman had earlier killed his father in his hometown of Amatrice.',
      'At least 14 people were killed at the university in Rome, police said.',
      'Police said 25 people were wounded.',
    ].join('\n\n');
    expect(located(text, 'Italy')).toContainEqual([25, 'Rome']);
  });

  it('is no focus when named twice, but never as where something happened', () => {
    const text = [
      'The president said 2,000 protesters had been captured and would be sent to Amatrice.',
      '"Amatrice is ready for the criminals," he said.',
      'Rights groups counted 1,100 arrests.',
    ].join('\n\n');
    expect(located(text, 'Italy')).toContainEqual([1100, 'Italy']);
  });
});
