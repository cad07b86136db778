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

describe('where a speaker stands when giving a figure is not its scope', () => {
  it.each([
    ['The quake toll has risen to 8,574, the president said during a visit to Hatay.', 'Turkey'],
    ['At least 40 people died, the minister said on a trip to Kisumu.', 'Kenya'],
    ['Police have arrested 120 people, the governor said, speaking in Maputo.', 'Mozambique'],
    ['The floods displaced 30,000 people, the premier told reporters in Valencia.', 'Spain'],
    ['The death toll rose to 64, the governor said on his tour of Penha.', 'Brazil'],
  ])('%s', (text, country) => expect(located(lead(country) + text, country)[0][1]).toBe(country));

  it('keeps a place the figure is counted in', () => {
    const text = 'The president said 40 people died in Hatay during a visit to Ankara.';
    expect(located(lead('Turkey') + text, 'Turkey')[0][1]).toBe('Hatay');
  });
});

describe('a clause opened by ", as" after the figure belongs to its own place', () => {
  it.each([
    ['The death toll has passed 5,000, as the first aid reached villages in Gorkha.', 'Nepal'],
    ['Police said 21 people had died, as protests spread to Nampula.', 'Mozambique'],
    ['At least 300 were arrested, as troops moved into Mandalay.', 'Myanmar'],
    ['The toll rose to 62, as rescuers reached Paiporta.', 'Spain'],
    ['Some 2,000 were displaced, as the river burst its banks near Hatay.', 'Turkey'],
  ])('%s', (text, country) => expect(located(lead(country) + text, country)[0][1]).toBe(country));

  it('keeps "as well as" and "as many as" inside the figure’s clause', () => {
    const text = 'Floods killed 12 people, as well as 30 cattle, in Gorkha.';
    expect(located(lead('Nepal') + text, 'Nepal')[0][1]).toBe('Gorkha');
  });
});

describe('"in X, a town …, where N died": the where-clause is set in X past its apposition', () => {
  it.each([
    [
      'The worst carnage was at a church in Negombo, a Catholic-majority town north of the capital, where more than 100 bodies were recovered.',
      'Sri Lanka',
      'Negombo',
    ],
    [
      'Rescuers worked in Paiporta, the town worst hit by the floods, where 62 people died.',
      'Spain',
      'Paiporta',
    ],
    [
      'The fire broke out in Kocani, a town east of the capital, where 59 people were killed.',
      'North Macedonia',
      'Kocani',
    ],
    [
      'Troops fired on crowds in Mandalay, the second city, where at least 29 people were shot dead.',
      'Myanmar',
      'Mandalay',
    ],
    [
      'The boat sank off Goma, a lakeside city, where 78 bodies were recovered.',
      'DR Congo',
      'Goma',
    ],
  ])('%s', (text, country, place) =>
    expect(located(lead(country) + text, country)[0][1]).toBe(place),
  );
});

describe('bodies taken somewhere are not counted there', () => {
  it.each([
    [
      'So far 78 bodies have been recovered, which were transferred to Athens for post-mortems.',
      'Greece',
    ],
    ['Rescuers recovered 41 bodies, which were taken to Kalamata.', 'Greece'],
    ['The remains of 12 miners were brought to Soma for identification.', 'Turkey'],
    ['Officials said 23 bodies had been flown to Nairobi.', 'Kenya'],
    ['At least 30 bodies were taken to the morgue in Goma.', 'DR Congo'],
  ])('%s', (text, country) => expect(located(lead(country) + text, country)[0][1]).toBe(country));

  it('keeps the place troops were sent to', () => {
    const text = 'The army sent 1,000 troops to Kisumu.';
    expect(located(lead('Kenya') + text, 'Kenya')[0][1]).toBe('Kisumu');
  });
});

describe('the ends of a route are not where it happened', () => {
  it.each([
    ['The ship carrying migrants from Libya to Italy sank, killing 79.', 'Greece'],
    ['A bus travelling from Kisumu to Nairobi overturned, killing 14 passengers.', 'Kenya'],
    ['The ferry from Goma to Bukavu capsized and 36 bodies were recovered.', 'DR Congo'],
    ['A train from Cuttack to Kolkata derailed, killing 20 people.', 'India'],
    ['A plane flying from Kathmandu to Pokhara crashed, killing 72 people.', 'Nepal'],
  ])('%s', (text, country) => expect(located(lead(country) + text, country)[0][1]).toBe(country));

  it('keeps the place it happened at', () => {
    const text = 'A bus from Kisumu overturned in Kakamega, killing 14 passengers.';
    expect(located(lead('Kenya') + text, 'Kenya')[0][1]).toBe('Kakamega');
  });
});

describe('"in X\'s district headquarters, Y": the place named after a part of another', () => {
  it.each([
    [
      "Police said four people were killed in Sindhupalchok's district headquarters, Chautara, on Tuesday.",
      'Nepal',
      'Chautara',
    ],
    [
      "Twelve people were injured in Punjab's textile hub, Faisalabad, on Sunday.",
      'Pakistan',
      'Faisalabad',
    ],
    [
      "At least 30 people died in Sindh's provincial capital, Karachi, police said.",
      'Pakistan',
      'Karachi',
    ],
    ["Floods killed 14 people in Cebu's northern town, Bogo, overnight.", 'Philippines', 'Bogo'],
    ["Rescuers found 40 bodies in Kerala's hill district, Wayanad, on Friday.", 'India', 'Wayanad'],
    // no name after the part: the owner
    [
      "Twelve people were injured in Sindhupalchok's main town on Sunday.",
      'Nepal',
      'Sindhupalchok',
    ],
  ])('%s', (text, country, place) =>
    expect(located(lead(country) + text, country)[0][1]).toBe(place),
  );
});

describe('a town, the subject of its sentence, that a figure is given for by "with"', () => {
  it.each([
    [
      'Sindhupalchok, east of the capital, has been the worst-hit district, with more than 1,100 deaths recorded.',
      'Nepal',
      'Sindhupalchok',
    ],
    ['Hatay was hit hardest, with 20,000 dead.', 'Turkey', 'Hatay'],
    ['Paiporta was the town worst affected, with 62 deaths.', 'Spain', 'Paiporta'],
    [
      'Kisumu has been the centre of the unrest, with at least 12 people shot dead.',
      'Kenya',
      'Kisumu',
    ],
    ['Bogo is the hardest-hit city, with 33 fatalities.', 'Philippines', 'Bogo'],
    // a country so named is no town the rule reads
    ['Kenya has been rocked by protests, with 39 people killed.', 'Kenya', 'Kenya'],
  ])('%s', (text, country, place) =>
    expect(located(lead(country) + text, country)[0][1]).toBe(place),
  );
});

describe("the headline's event names the story's place, whatever else the text tells of", () => {
  const protests = (country: string) =>
    `Protesters across ${country} filled the streets as the protests spread, and protest leaders in ${country} called more protests.`;
  it.each([
    ['Lekki Shooting: 27 Protesters Injured, Says Governor', 'Nigeria', 'Lekki', 27],
    ['Kisumu Shooting Leaves Nine Dead', 'Kenya', 'Kisumu', 9],
    ['Goma Explosion Kills 12 at Protest Camp', 'DR Congo', 'Goma', 12],
    ['Bello Stampede: 14 Dead at Rally', 'Colombia', 'Bello', 14],
    ['Stip Blast Injures 30 Demonstrators', 'North Macedonia', 'Stip', 30],
  ])('%s', (title, country, place, n) => {
    const text = `${title}\n\n${protests(country)}\n\nOfficials said ${n} people were hurt in the protests.`;
    expect(located(text, country).find((c) => c[0] === n)?.[1]).toBe(place);
  });

  it('keeps the place of an event that set off protests, named in the body only, out of it', () => {
    const text = `Protests spread across Serbia\n\n${protests('Serbia')} They began after the Novi Sad station collapse.\n\nPolice said 56 people were hurt in the protests.`;
    expect(located(text, 'Serbia').find((c) => c[0] === 56)?.[1]).toBe('Serbia');
  });
});

describe('"in X, Region, where N …": the where-clause is set in the town before its region', () => {
  it.each([
    [
      'Riots also broke out in Le Havre, Normandy, where eight people were arrested.',
      'France',
      'Le Havre',
    ],
    ['The tower fell in Surfside, Florida, where 98 people died.', 'United States', 'Surfside'],
    [
      'Fire swept a club in Kocani, North Macedonia, where 59 people were killed.',
      'North Macedonia',
      'Kocani',
    ],
    [
      'The quake flattened homes in Amizmiz, Al Haouz, where 300 people died.',
      'Morocco',
      'Amizmiz',
    ],
    ['The crush happened in Hathras, Uttar Pradesh, where 121 people died.', 'India', 'Hathras'],
  ])('%s', (text, country, place) =>
    expect(located(lead(country) + text, country)[0][1]).toBe(place),
  );
});

describe('a town that reports its own dead is their source and their place', () => {
  it.each([
    ['Bogo City reported 72 deaths on Tuesday.', 'Philippines', 'Bogo'],
    ['Hatay province has reported 2,000 deaths.', 'Turkey', 'Hatay'],
    ['Kerr County has confirmed 84 deaths.', 'United States', 'Kerr County'],
    ['Goma reports 34 dead after the sinking.', 'DR Congo', 'Goma'],
    ['Paiporta registered 45 deaths, officials said.', 'Spain', 'Paiporta'],
    // a country reporting may count its nationals abroad: no town rule for it
    ['Kenya reported 39 deaths.', 'Kenya', 'Kenya'],
  ])('%s', (text, country, place) =>
    expect(located(lead(country) + text, country)[0][1]).toBe(place),
  );
});

describe('the event a figure follows from, set in a place, sets the figure there', () => {
  it.each([
    ['Twenty are still missing after floods in Bukittinggi, rescuers said.', 20, 'Bukittinggi'],
    ['Medics said 11 bodies were brought in after the strike in Rafah.', 11, 'Rafah'],
    ['At least 14 remain missing after the mine collapse in Kalimantan.', 14, 'Kalimantan'],
    ['Forty people died after a landslide buried a village in Sichuan.', 40, 'Sichuan'],
    ['Nine people died when a wildfire swept across Kefalonia on Monday.', 9, 'Kefalonia'],
  ])('%s', (text, value, place) => {
    expect(located(text, 'Indonesia')).toContainEqual([value, place]);
  });

  it('keeps a place past another figure to that figure', () => {
    const text = 'At least 40 died in Padang, while 12 were hurt after the blast in Bukittinggi.';
    expect(located(text, 'Indonesia')).toEqual([
      [40, 'Padang'],
      [12, 'Bukittinggi'],
    ]);
  });
});
