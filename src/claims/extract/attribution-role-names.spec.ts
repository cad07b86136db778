import { extractClaims } from './extract-claims';

/** Each claim as "metric value source / source". */
const sources = (text: string) =>
  extractClaims(text, { publishedAt: '2024-10-03' }).map(
    (c) => `${c.metric} ${c.value} ${c.attribution.join(' / ')}`,
  );

describe('a role the text names in the same or the next sentence takes the name', () => {
  it.each([
    [
      'The governor of South Kivu province said the death toll was 78. “It will take days,” Governor Jean Jacques Purisi told Reuters.',
      'killed 78 Governor Jean Jacques Purisi',
    ],
    [
      'At least 21 people have been killed in unrest, the interior minister says. The unrest continued overnight, Interior Minister Pascoal Ronda said.',
      'killed 21 Interior Minister Pascoal Ronda',
    ],
    [
      'The toll rose to 141, a top police official confirmed. The toll was confirmed to the media by Rajkot Range Inspector General of Police Ashok Yadav.',
      'killed 141 Rajkot Range Inspector General of Police Ashok Yadav',
    ],
    [
      "At least 14 people died, the island's top official said. Prefect François-Xavier Bieuville warned the toll would rise.",
      'killed 14 Prefect François-Xavier Bieuville',
    ],
    [
      'At least 23 people drowned, said the vice-governor, Ekuka Lipopo, on Friday.',
      'killed 23 Ekuka Lipopo',
    ],
    [
      'The governor said 78 people died. “It will take days,” Jean Jacques Purisi told Reuters.',
      'killed 78 Jean Jacques Purisi, governor',
    ],
  ])('%s', (text, claim) => {
    expect(sources(text)).toEqual([claim]);
  });

  it.each([
    [
      'The mayor said 64 people had died. Fire Chief Alan Cominsky said crews would keep searching.',
      'killed 64 mayor',
    ],
    [
      'A police spokesman said 12 people were arrested. Police Chief Ana Ruiz praised the officers.',
      'detained 12 police spokesman',
    ],
    [
      'Officials said 30 people were missing. Governor Kathy Hochul visited the site.',
      'missing 30 Officials',
    ],
    [
      'The missing stood at 180, according to official data. Revenue Minister K Rajan visited the camps.',
      'missing 180 official data',
    ],
  ])('keeps a role the next sentence does not name: %s', (text, claim) => {
    expect(sources(text)).toEqual([claim]);
  });
});

describe('a report that names no one is the report of the source named before', () => {
  it.each([
    [
      'According to a new provisional report announced this Wednesday, December 18 by the French Ministry of the Interior, the cyclone killed at least 31 people. According to a final provisional report, 1,373 people were injured.',
      ['killed 31 French Ministry of the Interior', 'injured 1373 French Ministry of the Interior'],
    ],
    [
      'Felipe Curi, the police secretary, revised the official figures at a press conference. According to information provided on Wednesday, the death toll was reduced to 119.',
      ['killed 119 Felipe Curi'],
    ],
    [
      'The Red Cross said 40 people had drowned. According to the latest update, 300 families have fled.',
      ['killed 40 Red Cross', 'displaced 300 Red Cross'],
    ],
    [
      'The health ministry released its figures on Monday. According to the daily bulletin, 56 people were injured.',
      ['injured 56 health ministry'],
    ],
    [
      'A report published by the United Nations said 200 people were detained. According to the report, 35 people were killed.',
      ['detained 200 United Nations', 'killed 35 United Nations'],
    ],
  ])('%s', (text, claims) => {
    expect(sources(text)).toEqual(claims);
  });

  it('keeps information gathered inside a statement as it was', () => {
    expect(
      sources(
        '“According to information gathered at the hospital, 135 people died,” the statement said.',
      ),
    ).toEqual(['killed 135 ']);
  });
});

describe('a role the text described a person by before is that person', () => {
  it.each([
    [
      'Kim Jin-young, a local fire station official, said rescuers were searching. One worker remained unaccounted for, according to the fire official.',
      'missing 1 Kim Jin-young',
    ],
    [
      'Ana Ruiz, the regional health director, visited the hospital. The director said 40 people were injured.',
      'injured 40 Ana Ruiz',
    ],
    [
      'John Okoro, a senior police commander, spoke to reporters. At least 12 people were arrested, the police commander said.',
      'detained 12 John Okoro',
    ],
    [
      'Maria Costa, the city civil defence chief, toured the site. The civil defence chief said 300 families were evacuated.',
      'displaced 300 Maria Costa',
    ],
  ])('%s', (text, claim) => {
    expect(sources(text)).toContain(claim);
  });

  it('takes no place before the comma for the person', () => {
    expect(
      sources("In Dolakha, the district's chief administrator said 17 people had been killed."),
    ).toEqual(["killed 17 district's chief administrator"]);
  });
});
