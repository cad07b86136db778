import { extractArticle } from '../../pipeline/extract-article';
import { extractClaims } from './extract-claims';

const located = (text: string, country: string) =>
  extractClaims(text, { defaultCountry: country, publishedAt: '2024-12-02' }).map((c) => [
    c.value,
    c.location,
  ]);

/** A lead that names the country more than any town, so the text's own focus is the country. */
const lead = (country: string) =>
  `Unrest in ${country}\n\nTension gripped ${country} on Tuesday as the crisis deepened in ${country}.\n\n`;

/** Through the whole pipeline, whose parser reads the story's dateline. */
const filed = (text: string) =>
  extractArticle({ format: 'text', content: text }).claims.map((c) => [c.value, c.location]);

describe('a dam or a mine that gave way names its place, even one no gazetteer keeps', () => {
  it.each([
    [
      'The Tolvana Dam collapse washed away villages.\n\nOfficials said 40 people were killed.',
      'Sudan',
      'Tolvana',
    ],
    [
      'Floods swept villages after the collapse of the Karsu Dam on Sunday.\n\nAt least 23 people died, the ministry said.',
      'Kenya',
      'Karsu',
    ],
    [
      'An explosion tore through the Halvik Mine overnight.\n\nRescuers said 31 miners were killed.',
      'Turkey',
      'Halvik',
    ],
    [
      'Mbewa Barrage in the north burst after days of rain.\n\nThe toll rose to 18.',
      'Nigeria',
      'Mbewa',
    ],
    [
      'Water poured into the Orlenko Colliery after a wall caved in.\n\nSome 12 miners are missing.',
      'Ukraine',
      'Orlenko',
    ],
  ])('%s', (text, country, place) => expect(located(text, country)[0][1]).toBe(place));

  it.each([
    // a dam named after a person, a dam that did not fail, a name made of common words
    [
      'Engineers inspected the Smith Dam, named for Governor Ray Smith. Floods killed 14 people.',
      'Kenya',
    ],
    ['The Tolvana Dam held. Floods across the country killed 14 people.', 'Sudan'],
    ['The Three Rivers Dam collapsed and floods killed 14 people.', 'Kenya'],
  ])('names no place for %s', (text, country) =>
    expect(located(text, country)[0][1]).toBe(country),
  );
});

describe("a point event's dateline too short for the place reading (four capitals read as an acronym)", () => {
  it.each([
    ['GOMA (Reuters) - At least 78 people drowned when a boat capsized on Thursday.', 'Goma'],
    ['LAMU, Kenya (AFP) - A landslide buried homes, killing at least 14 people.', 'Lamu'],
    ['GAYA (Reuters) - A fire gutted a market on Monday and 9 people died, police said.', 'Gaya'],
    ['PUNO, Peru (AP) - A bus crash in the mountains killed 36 people.', 'Puno'],
    ['BAGO (AFP) - A stampede at a pagoda festival killed 12 people on Sunday.', 'Bago'],
  ])('%s', (text, town) => expect(filed(text)[0][1]).toBe(town));

  it('keeps the capital a reporter files from out of it', () => {
    expect(
      filed('LIMA (Reuters) - A bus plunged into a ravine and 36 bodies were recovered.')[0][1],
    ).not.toBe('Lima');
  });
});

describe('a place past a share of the total ("19 of them in Nairobi") is the share’s, not the total’s', () => {
  it.each([
    ['"We have documented 22 deaths, 19 of them in Nairobi alone," she said.', 'Kenya', 'Kenya'],
    ['Some 380,000 people were displaced, most of them in Al Haouz.', 'Morocco', 'Morocco'],
    ['Police arrested 300 people, half of them in Lagos, over the weekend.', 'Nigeria', 'Nigeria'],
    ['The quake injured 1,200 people, dozens of them in Hatay.', 'Turkey', 'Turkey'],
    ['Officials counted 31 bodies (12 of them in Kalemie) by Friday.', 'DR Congo', 'DR Congo'],
    // the whole in one place, or the place set before the total
    ['At least 22 people died, all of them in Nairobi.', 'Kenya', 'Nairobi'],
    ['Police arrested 300 people in Lagos, 20 of them minors.', 'Nigeria', 'Lagos'],
  ])('%s', (text, country, place) =>
    expect(located(lead(country) + text, country)[0][1]).toBe(place),
  );
});

describe('a nationwide scope set on the count itself is the figure’s', () => {
  it.each([
    ['The death toll across the country since the crackdown in Khartoum has risen to 60.', 'Sudan'],
    [
      'The number of deaths across the country since the protests began in Nairobi has reached 39.',
      'Kenya',
    ],
    ['The death toll nationwide from the floods that hit Sindh rose to 1,100.', 'Pakistan'],
    [
      'The death toll throughout the country after the quake near Marrakesh reached 2,900.',
      'Morocco',
    ],
    ['The number of deaths across the country from the riots in Maputo stood at 21.', 'Mozambique'],
  ])('%s', (text, country) => expect(located(lead(country) + text, country)[0][1]).toBe(country));

  it('keeps the place of a figure the nationwide words do not count', () => {
    const text = 'Protests spread across the country; in Nairobi, police said 19 people died.';
    expect(located(lead('Kenya') + text, 'Kenya')[0][1]).toBe('Nairobi');
  });
});

describe('of several towns a text names its event by, the one its headline names it by', () => {
  it.each([
    [
      'Death toll of police raid in Rio doubles to 132\n\nOfficers launched raids in Penha before dawn.\n\nOfficials said 119 people were killed.',
      'Brazil',
      'Rio de Janeiro',
    ],
    [
      'Stampede at Hathras prayer meeting kills dozens\n\nThe stampede in Sikandra Rao began as the preacher left.\n\nOfficials said 121 people died.',
      'India',
      'Hathras',
    ],
    [
      'Floods in Valencia: toll rises\n\nThe floods in Paiporta swept cars away.\n\nThe regional government said 62 people had died.',
      'Spain',
      'Valencia',
    ],
    [
      'Medellin bus crash leaves many dead\n\nThe crash in Bello closed the motorway for hours.\n\nPolice said 14 passengers died.',
      'Colombia',
      'Medellin',
    ],
    [
      'Kisumu protests turn deadly\n\nThe protests in Kakamega were smaller.\n\nA rights group said 9 people were shot dead.',
      'Kenya',
      'Kisumu',
    ],
  ])('%s', (text, country, place) => expect(located(text, country)[0][1]).toBe(place));

  it('takes neither town when the headline names both, or none', () => {
    const both =
      'Protests in Kisumu and Kakamega turn deadly\n\nThe protests in Kakamega were smaller.\n\nThe protests in Kisumu went on all night.\n\nA rights group said 9 people were shot dead.';
    const none =
      'Toll rises as rescuers dig\n\nThe floods in Paiporta swept cars away.\n\nThe floods in Valencia closed roads.\n\nThe regional government said 62 people had died.';
    expect(located(both, 'Kenya')[0][1]).toBe('Kenya');
    expect(located(none, 'Spain')[0][1]).toBe('Spain');
  });
});
