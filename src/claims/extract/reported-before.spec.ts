import { extractClaims } from './extract-claims';

/** Each claim as "metric value source [earlier]". */
const read = (text: string) =>
  extractClaims(text, { publishedAt: '2025-03-16' }).map(
    (c) => `${c.metric} ${c.value} ${c.attribution.join(' / ')}${c.earlier ? ' earlier' : ''}`,
  );

describe('a count reported before the current one, in a participle clause, is earlier', () => {
  it.each([
    [
      'The death toll rose to 64, officials said, having reported 58 deaths earlier.',
      ['killed 64 officials', 'killed 58 officials earlier'],
    ],
    [
      'Police now say 64 people died, after earlier reporting 30.',
      ['killed 64 Police', 'killed 30 Police earlier'],
    ],
    [
      'The ministry put the toll at 64, having earlier reported 58.',
      ['killed 64 ministry', 'killed 58 ministry earlier'],
    ],
    [
      'The health ministry said 64 people were killed, having previously put the toll at 58.',
      ['killed 64 health ministry', 'killed 58 health ministry earlier'],
    ],
    [
      'Authorities raised the toll to 64, after initially reporting 58 dead.',
      ['killed 64 Authorities', 'killed 58 Authorities earlier'],
    ],
    [
      'Officials said 64 people had been killed, up from the 58 they reported earlier.',
      ['killed 64 Officials', 'killed 58 Officials earlier'],
    ],
  ])('%s', (text, claims) => {
    expect(read(text)).toEqual(claims);
  });

  it.each([
    [
      'The strike wounded 53 civilians, the governor said; officials had earlier put the figure at 31.',
      ['injured 53 governor', 'injured 31 officials earlier'],
    ],
    [
      'The agency raised the number of dead to 72, after it had reported 45 deaths on Saturday.',
      ['killed 72 agency', 'killed 45 agency earlier'],
    ],
    [
      'The storm killed 16 people, after authorities had counted 17.',
      ['killed 16 ', 'killed 17 authorities earlier'],
    ],
    [
      'Police said 60 people were killed; they had previously reported 41.',
      ['killed 60 Police', 'killed 41 Police earlier'],
    ],
    [
      'Officials say 72 people were killed in the landslides; their previous toll was 45.',
      ['killed 72 Officials', 'killed 45 Officials earlier'],
    ],
  ])('a past perfect report or a previous toll after the count: %s', (text, claims) => {
    expect(read(text)).toEqual(claims);
  });

  it.each([
    [
      'The centre raised the toll to 52, after 37 deaths were reported in the morning.',
      ['killed 52 centre', 'killed 37 centre earlier'],
    ],
    [
      'Officials said 64 people died, after 30 had been reported dead on Monday.',
      ['killed 64 Officials', 'killed 30 Officials earlier'],
    ],
    [
      'The toll rose to 20 after 12 were initially confirmed.',
      ['killed 20 ', 'killed 12  earlier'],
    ],
    [
      'Police said 48 people were hurt, after 30 injuries were recorded overnight.',
      ['injured 48 Police', 'injured 30 Police earlier'],
    ],
  ])('a count reported in a passive clause after "after": %s', (text, claims) => {
    expect(read(text)).toEqual(claims);
  });

  it('keeps another quantity reported after "after"', () => {
    expect(read('Officials said 72 people died after 30 were reported missing.')).toEqual([
      'killed 72 Officials',
      'missing 30 Officials',
    ]);
  });

  it('keeps another quantity a past perfect report gives', () => {
    expect(
      read('Police said 72 people were killed, and the hospital had reported 45 injured.'),
    ).toEqual(['killed 72 Police', 'injured 45 hospital']);
  });

  it('keeps a count given after a report that is no earlier one', () => {
    expect(read('Police said 64 people died after reporting to the scene.')).toEqual([
      'killed 64 Police',
    ]);
  });
});

describe('a source inside a relative clause with no "that" speaks for the figure before it', () => {
  it.each([
    [
      'Rescuers are searching for the 41 people the rescue agency lists as missing.',
      'missing 41 rescue agency',
    ],
    [
      'Divers are still looking for the 12 people the coast guard says are missing.',
      'missing 12 coast guard',
    ],
    [
      'The 30 people police believe were killed in the blast have not been named.',
      'killed 30 police',
    ],
    [
      'Families of the 25 people the company lists as unaccounted for gathered at the gate.',
      'missing 25 company',
    ],
    ['Mourners remembered the 19 people the army says were killed in the raid.', 'killed 19 army'],
    ['The 300 people the Red Cross says were evacuated have returned.', 'displaced 300 Red Cross'],
  ])('%s', (text, claim) => {
    expect(read(text)).toEqual([claim]);
  });
});
