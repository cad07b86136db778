import { extractArticle } from '../../pipeline/extract-article';
import { extractClaims } from './extract-claims';
import { tellsOfPointEvent } from './event-extent';
import { safeFindPlaces, sentenceScope } from './location';

const located = (text: string, country: string) =>
  extractClaims(text, { defaultCountry: country, publishedAt: '2024-12-02' }).map((c) => [
    c.value,
    c.location,
  ]);

/** Through the whole pipeline, whose parser reads the story's dateline. */
const filed = (text: string) =>
  extractArticle({ format: 'text', content: text }).claims.map((c) => [c.value, c.location]);

describe('a possessive place names whose the next place is', () => {
  it.each([
    ["30 people died as the coaches derailed in Odisha's Balasore district.", 'India', 'Balasore'],
    ["Floods killed 40 people in Sudan's White Nile state.", 'Sudan', 'White Nile'],
    ["Police detained 45 protesters in France's Marseille on Saturday.", 'France', 'Marseille'],
    ["Rescuers pulled 12 bodies from the rubble in Turkey's Hatay province.", 'Turkey', 'Hatay'],
    ['At least 9 people were killed in Kazakhstan’s Almaty.', 'Kazakhstan', 'Almaty'],
  ])('%s', (text, country, place) => expect(located(text, country)[0][1]).toBe(place));

  it('keeps a possessive place that names whose something else is', () => {
    expect(located("At least 9 people died in Almaty's main square.", 'Kazakhstan')).toEqual([
      [9, 'Almaty'],
    ]);
  });
});

describe('the place a point event happened at scopes its unplaced figures', () => {
  it('reads the extent of an event from the words that name it', () => {
    expect(tellsOfPointEvent('A stampede at the stadium; the crush killed dozens.')).toBe(true);
    expect(tellsOfPointEvent('Protests spread as the strike entered its third day.')).toBe(false);
    expect(tellsOfPointEvent('Officials met on Monday.')).toBe(false);
  });

  it('gives a crush named by its country the town the text keeps naming', () => {
    const text = [
      'Guinea stadium stampede: toll disputed',
      'A crush at a football match in Nzerekore left many dead, witnesses in Nzerekore said.',
      'The government in Conakry said 56 people died.',
      'Rights groups say 135 people were killed in the stampede.',
    ].join('\n\n');
    expect(located(text, 'Guinea')).toEqual([
      [56, 'Nzerekore'],
      [135, 'Nzerekore'],
    ]);
  });

  it('counts the region a town lies in for the town, and prefers the town to it', () => {
    const text = [
      'A stampede struck a religious gathering in Hathras district of Uttar Pradesh.',
      'Officials in Uttar Pradesh said the toll had reached 121.',
      'Most of the dead in Hathras were women.',
    ].join('\n\n');
    expect(located(text, 'India')).toEqual([[121, 'Hathras']]);
  });

  it('keeps the country for an event told town by town', () => {
    const bombings = [
      'Bombs struck churches in Colombo, Negombo and Batticaloa on Sunday.',
      'Police in Colombo said 24 suspects were arrested.',
      'The blasts killed 290 people, police said.',
    ].join('\n\n');
    expect(located(bombings, 'Sri Lanka')).toContainEqual([290, 'Sri Lanka']);
  });

  it('does not count a place that only gives a bearing', () => {
    const text = [
      'A ferry capsized 80 km from Kalamata on Wednesday.',
      'At least 78 people died in the sinking, the coastguard said.',
    ].join('\n\n');
    expect(located(text, 'Greece')).toEqual([[78, 'Greece']]);
    const glued = [
      'A landslide buried villages in Enga Province, about 600km from the capital Port Moresby.',
      'More than 670 people have died, the agency said.',
    ].join('\n\n');
    expect(located(glued, 'Papua New Guinea')).toEqual([[670, 'Enga Province']]);
  });

  it('does not count a town named as near the place it happened', () => {
    const text = [
      'Gunmen attacked the town of Kwassam, and a trader in the nearby city of Kaya was abducted.',
      'Residents of Kwassam said at least 400 people died in the attack on Kwassam.',
    ].join('\n\n');
    expect(located(text, 'Burkina Faso')).toEqual([[400, 'Kwassam']]);
  });

  it("counts neither the reporter's dateline, a route's ends nor a town teams set out from", () => {
    const text = [
      'Port Moresby: A landslide buried several villages in the remote highland province of Enga on Friday.',
      'The highway from Wabag to Porgera is cut. Teams drive from the provincial capital Wabag.',
      'More than 2,000 people are feared dead, the disaster agency said.',
    ].join('\n\n');
    expect(filed(text)).toEqual([[2000, 'Enga Province']]);
  });
});

describe('the capital named by its country', () => {
  it('reads "the French capital" and "the capital" as the capital city', () => {
    expect(located('Police said 33 people were arrested in the French capital.', 'Spain')).toEqual([
      [33, 'Paris'],
    ]);
    expect(located('At least 12 people were injured in the capital.', 'Kenya')).toEqual([
      [12, 'Nairobi'],
    ]);
  });

  it('leaves a named capital to its own name', () => {
    expect(located('Police said 40 were detained in the capital, Kabul.', 'Afghanistan')).toEqual([
      [40, 'Kabul'],
    ]);
  });
});

describe('a place past "including" scopes the part, not the total', () => {
  it('reads the part in parentheses as well as after a comma', () => {
    for (const s of [
      'The union said 3.5 million people marched (including 800,000 in Paris).',
      'The union said 3.5 million people marched, including 800,000 in Paris.',
    ]) {
      const total = s.indexOf('3.5');
      expect(sentenceScope(s, total, total + 11, safeFindPlaces(s, 'France'), 'France')).toBeNull();
    }
  });
});

describe("a paragraph's nationwide scope", () => {
  it('goes on to the next figure, unless a place is named nearer to it', () => {
    const text = [
      'Paris saw clashes near the Eiffel Tower as the strike went on. Protests also hit Paris airports.',
      'More than a million people took to the streets across the country. According to the ministry, 1.089 million demonstrators were counted.',
      'In Paris, 119,000 people marched, police said.',
    ].join('\n\n');
    expect(located(text, 'France')).toEqual([
      [1000000, 'France'],
      [1089000, 'France'],
      [119000, 'Paris'],
    ]);
  });
});

describe('a town the gazetteer lacks, named by the event the text reports', () => {
  it.each([
    [
      'the Brackmoor condo collapse',
      'Rescuers dug through the rubble of the Brackmoor condo collapse on Friday. Families waited at a centre in Brackmoor.\n\nAt least 12 people have died, officials said.',
      'United States',
    ],
    [
      'the Kelvara landslide',
      'The Kelvara landslide buried dozens of homes. Soldiers reached the slope near Kelvara at dawn.\n\nOfficials said 30 people were missing.',
      'Papua New Guinea',
    ],
    [
      'the flood disaster in Tovanji',
      'Homes were swept away in the flood disaster in Tovanji on Sunday.\n\nThe district office said 18 people died.',
      'India',
    ],
    [
      'the collapse of a building in Kelvara',
      'Rescuers searched the rubble after the collapse of a four-storey building in Kelvara.\n\nOfficials said 20 people died.',
      'Tanzania',
    ],
    [
      'the Kelvara four-storey building collapse',
      'Families waited as the Kelvara four-storey building collapse entered its third day. Shops in Kelvara stayed shut.\n\nOfficials said 29 people died.',
      'Tanzania',
    ],
    [
      'the stampede at Morivale',
      'Pilgrims fled the stampede at Morivale as the gates opened.\n\nPolice said 41 people were injured.',
      'Nigeria',
    ],
  ])('%s', (_wording, text, country) => {
    const town = /Brackmoor|Kelvara|Tovanji|Morivale/.exec(text)![0];
    expect(located(text, country).map(([, place]) => place)).toEqual([town]);
  });

  it('takes no building a blast is named after, nor one of a list of towns an event struck', () => {
    const hospital =
      'Officials said 471 people were killed in the blast at Al-Noor al-Watani Hospital on Tuesday.';
    expect(located(hospital, 'Jordan')).toEqual([[471, 'Jordan']]);
    const towns =
      'The landslides in Pendakkai, Velarmala and Kottamala buried homes.\n\nOfficials said 250 people were missing.';
    expect(located(towns, 'India')).toEqual([[250, 'India']]);
    const caption =
      'Rescuers searched homes hit by the landslide at Pendakkai.\n\nPendakkai and Velarmala were cut off. Officials said 250 people were missing.';
    expect(located(caption, 'India')).toEqual([[250, 'India']]);
  });

  it('takes no person or occasion an event is named after, nor a name the text sets nothing in', () => {
    const rally =
      'Police broke up the Harlowe rally on Sunday.\n\nPolice said 12 people were arrested.';
    expect(located(rally, 'United States')).toEqual([[12, 'United States']]);
    const occasion =
      'The Hajj stampede left many dead, and pilgrims in Hajj camps mourned.\n\nOfficials said 41 people died.';
    expect(located(occasion, 'Saudi Arabia')).toEqual([[41, 'Saudi Arabia']]);
  });
});

describe("a point event's story datelined in a town other than the capital", () => {
  it.each([
    [
      'Etawah (Uttar Pradesh): A stampede at a prayer meeting here killed 40 people on Tuesday.',
      'India',
      'Etawah',
    ],
    [
      'Sambalpur, June 4\n\nThe state government said the train crash killed 61 people.',
      'India',
      'Sambalpur',
    ],
    [
      'Kandy: The search went on after a landslide buried homes.\n\nOfficials said 35 people died.',
      'Sri Lanka',
      'Kandy',
    ],
    [
      'KISUMU, Kenya (AP) — A fire gutted a school dormitory, and police said 17 pupils died.',
      'Kenya',
      'Kisumu',
    ],
  ])('%s', (text, country, town) => expect(located(text, country)[0][1]).toBe(town));

  it('keeps the capital a reporter files from out of it', () => {
    const text =
      'New Delhi: A stampede at a prayer meeting killed 40 people on Tuesday, officials said.';
    expect(filed(text)).toEqual([[40, 'India']]);
  });
});

describe('crashes, derailments, demonstrations and rallies name their place', () => {
  it.each([
    [
      'the Sambalpur train crash',
      'Rescuers worked through the night after the Sambalpur train crash.\n\nOfficials said 61 people died.',
      'India',
      'Sambalpur',
    ],
    [
      'the derailment near Kisumu',
      'The derailment near Kisumu blocked the line.\n\nPolice said 12 passengers were hurt.',
      'Kenya',
      'Kisumu',
    ],
    [
      'the Kraljevo demonstration',
      'Students joined the Kraljevo demonstration on Saturday.\n\nPolice said 22 people were detained.',
      'Serbia',
      'Kraljevo',
    ],
    [
      'a rally in Daejeon',
      'Unions held a rally in Daejeon against the reform.\n\nOrganisers said 20,000 people took part.',
      'South Korea',
      'Daejeon',
    ],
  ])('%s', (_wording, text, country, town) => expect(located(text, country)[0][1]).toBe(town));
});

describe('a place named as where a group sits', () => {
  it('keeps the place of armed groups, who are no source', () => {
    const text = 'More than 11,000 people have fled fighting with armed groups in Kayin State.';
    expect(located(text, 'Myanmar')).toEqual([[11000, 'Kayin State']]);
  });

  it.each([
    'Human rights groups in Guinea say more than 135 people were killed in the crush.',
    'Aid organisations in Guinea said more than 135 people were killed in the crush.',
    'Rights organizations in Guinea counted more than 135 people killed in the crush.',
    'Humanitarian groups in Guinea put the toll of the crush at more than 135.',
  ])('%s', (second) => {
    const text = `A crush at the stadium in Nzerekore left many dead.\n\n${second}`;
    expect(located(text, 'Guinea')).toEqual([[135, 'Nzerekore']]);
  });
});

describe('a dateline that is no event place', () => {
  it.each([
    [
      'BENGALURU, India (AFP) — A landslide buried homes in the hills.\n\nOfficials said 93 people died.',
      'India',
    ],
    [
      'Lagos: A fire gutted a crowded market in a northern town overnight, trapping traders in their stalls.\n\nPolice said 14 traders died.',
      'Nigeria',
    ],
    [
      'JOHANNESBURG (Reuters) — A blaze tore through a hostel in a mining town.\n\nOfficials said 21 people died.',
      'South Africa',
    ],
    ['Mumbai, June 4\n\nThe state government said the train crash killed 61 people.', 'India'],
  ])("keeps a big city's bureau out of it: %s", (text, country) =>
    expect(filed(text)[0][1]).toBe(country),
  );
});

describe('a photo caption names where its picture was taken, not where the story happened', () => {
  it.each([
    'A truck burned after the collision in Almaty, Kazakhstan, on January 6. (Jane Roe via AP / Agency)',
    'Wreckage after the explosion in Almaty, Kazakhstan. (AP Photo/John Doe)',
    'Smoke rises over the fire in Almaty, Kazakhstan, on Monday. (Photo: Reuters)',
    'Police at the scene of the crash in Almaty, Kazakhstan. ( IANS )',
  ])('%s', (caption) => {
    const story = `Kazakhstan says 164 people died during the week of protest\n\nThe ministry said on Sunday that 164 people had been killed in a protest over the past week.\n\n${caption}`;
    expect(located(story, 'Kazakhstan').map(([, place]) => place)).toEqual([
      'Kazakhstan',
      'Kazakhstan',
    ]);
  });
});

describe('an event named by one region of its country, and by no town, happened in that region', () => {
  it.each([
    [
      'Floods that swept central Queensland have forced thousands from their homes.\n\nAt least 14 people have died, officials said.',
      'Australia',
      'Queensland',
    ],
    [
      'The storm battered northern Bavaria overnight.\n\nEmergency services said 9 people were killed.',
      'Germany',
      'Bavaria',
    ],
    [
      'Rescuers searched villages after the flooding in Assam.\n\nThe disaster agency put the toll at 31 dead.',
      'India',
      'Assam',
    ],
    [
      'Wildfires ravaged southern Oregon this week.\n\nMore than 2,000 residents were evacuated.',
      'United States',
      'Oregon',
    ],
  ])('%s', (text, country, place) => expect(located(text, country)[0][1]).toBe(place));

  it('keeps the country when the event is named by two regions', () => {
    const text =
      'Floods that swept Bavaria and the flooding in Saxony stretched rescuers.\n\n21 people died.';
    expect(located(text, 'Germany')).toEqual([[21, 'Germany']]);
  });

  it('does not take the hardest-hit of several places for the place of the event', () => {
    const text = [
      'Storms swept Queensland on Monday.',
      'Roads were cut in hardest-hit Bundaberg.',
      'Officials said 30 people had died.',
    ].join('\n\n');
    expect(located(text, 'Australia')).toEqual([[30, 'Queensland']]);
  });
});

describe('a clause after the figure that tells how its event struck a place', () => {
  it.each([
    ['At least 52 people are dead after flash floods slammed Kerala on Friday.', 'Kerala'],
    ['Officials said 17 were missing after a cyclone lashed the Queensland Coast.', 'Queensland'],
    ['At least 6 people were killed when wildfires tore through southern Oregon.', 'Oregon'],
    ['Some 40 people died as the storm pounded northern Bavaria.', 'Bavaria'],
  ])('%s', (text, place) => expect(located(text, 'Germany')[0][1]).toBe(place));
});

describe('a town the text names once, as often as its country', () => {
  it('is the focus when the text names no other place of the country', () => {
    const text = [
      'Protesters marched in Chirchiq after the vote in Uzbekistan.',
      'Officials said 23 people had been detained.',
    ].join('\n\n');
    expect(located(text, 'Uzbekistan')).toEqual([[23, 'Chirchiq']]);
  });

  it('is no focus when it is one of several places of the country, or its capital', () => {
    const listed = [
      'Protests after the vote in Venezuela spread to Yaracuy, Barinas, Zulia and Aragua.',
      'Rights groups counted 749 detentions.',
    ].join('\n\n');
    expect(located(listed, 'Venezuela')).toEqual([[749, 'Venezuela']]);
    const capital = [
      'Protests spread across Venezuela after the vote, and the government in Caracas blamed the opposition.',
      'Rights groups counted 835 detainees.',
    ].join('\n\n');
    expect(located(capital, 'Venezuela')).toEqual([[835, 'Venezuela']]);
  });
});

describe('a figure beside a region that holds the text’s town', () => {
  it('is the town’s, even a town the gazetteer lacks', () => {
    const text = [
      'Gang attack in the town of Kwassam: dozens dead',
      'Gunmen attacked the town of Kwassam in Haiti’s Artibonite department on Thursday. They ' +
        'fired on residents, killing at least 70 people.',
      'Bodies lay in the streets of Kwassam.',
    ].join('\n\n');
    expect(located(text, 'Haiti')).toContainEqual([70, 'Kwassam']);
  });
});

describe('a district the text names as often as its country, for a spread event', () => {
  it('is the focus of the figures nothing else scopes', () => {
    const text = [
      'Heavy rain and floods hit Kodagu in India on Monday.',
      'Rescue teams in Kodagu worked through the night, and the Kodagu district collector asked for boats.',
      'Officials said 23 people had died and 40 were missing.',
    ].join('\n\n');
    expect(located(text, 'India')).toEqual([
      [23, 'Kodagu'],
      [40, 'Kodagu'],
    ]);
  });
});

describe("a town's own authorities count within it", () => {
  it.each([
    ['Kisumu officials said at least 14 people died in the fire.', 'Kisumu'],
    ['Mombasa police have said 23 protesters were detained overnight.', 'Mombasa'],
    ['Nakuru health officials reported 31 dead and more than 60 wounded.', 'Nakuru'],
    ['Eldoret authorities put the number of missing at 12.', 'Eldoret'],
  ])('%s', (text, place) => expect(located(text, 'United States')[0][1]).toBe(place));

  it('yields to a place the figure is set in', () => {
    expect(located('Nairobi police said 30 people were killed in Mombasa.', 'Kenya')).toEqual([
      [30, 'Mombasa'],
    ]);
  });
});

describe('a story of protests is not set where the disaster that set them off struck', () => {
  it.each([
    [
      'Thousands joined the Nis rally on Saturday, months after the Kraljevo bridge collapse killed 15 people.\n\nAbout 40,000 protesters took part, police said.',
      'Nis',
    ],
    [
      'The protest in Nis was the largest since the Kraljevo factory fire.\n\nOrganisers counted 60,000 demonstrators.',
      'Nis',
    ],
    [
      'Students led the Kragujevac protests, which began after the Subotica bridge collapse.\n\nPolice said 25,000 people attended.',
      'Kragujevac',
    ],
    [
      'Anger over the Kraljevo mine explosion fuelled the demonstration in Subotica.\n\nSome 12,000 marchers took part, organisers said.',
      'Subotica',
    ],
  ])('%s', (text, place) => expect(located(text, 'Serbia')[0][1]).toBe(place));
});

describe("a figure set in a country's event is the event's, whose place the text names", () => {
  it.each([
    [
      'A stampede at the stadium in Nakuru crushed fans.\n\nAt least 40 people died in Kenya’s deadliest stampede in years.',
      'Kenya',
      'Nakuru',
    ],
    [
      'The Kisumu market fire burned through the night.\n\nOfficials said 18 traders were killed in Kenya’s worst fire this year.',
      'Kenya',
      'Kisumu',
    ],
    [
      'The Enga landslide buried several villages.\n\nMore than 300 people are feared dead in Papua New Guinea’s massive landslide.',
      'Papua New Guinea',
      'Enga Province',
    ],
    [
      'A blast tore through a depot in the port of Mombasa.\n\n27 workers were injured in Kenya’s fuel depot explosion.',
      'Kenya',
      'Mombasa',
    ],
  ])('%s', (text, country, place) => expect(located(text, country)[0][1]).toBe(place));

  it("keeps the country's own figure where the text names no place of the event", () => {
    expect(
      located('At least 40 people died in Kenya’s deadliest stampede in years.', 'Kenya'),
    ).toEqual([[40, 'Kenya']]);
  });
});

describe('a sentence framed by a place that brings in the event names its place', () => {
  it.each([
    [
      'In Kraljevo, a huge rally filled the main square.\n\nStudents from Nis and Subotica joined.\n\nOrganisers put the crowd at 30,000.',
      'Serbia',
      'Kraljevo',
    ],
    [
      'In Lyon, a large demonstration blocked the ring road.\n\nUnions from Marseille and Lille sent buses.\n\nPolice said 12,000 people took part.',
      'France',
      'Lyon',
    ],
    [
      'In Mombasa, an angry protest broke out at the port.\n\nTraders from Nairobi and Kisumu travelled to join.\n\nPolice said 45 people were arrested.',
      'Kenya',
      'Mombasa',
    ],
    [
      'In Kumasi, a peaceful rally drew families.\n\nBuses came from Accra and Tamale.\n\nOrganisers said 8,000 people attended.',
      'Ghana',
      'Kumasi',
    ],
  ])('%s', (text, country, place) => expect(located(text, country).at(-1)?.[1]).toBe(place));

  it("keeps one place's share of an event already told out of it", () => {
    const text = [
      'Protests spread across France on Thursday.',
      'In Paris, the unrest continued into the night, and marches in Lyon and Nantes were calm.',
      'Police said 80 people were arrested.',
    ].join('\n\n');
    expect(located(text, 'France')).toEqual([[80, 'France']]);
  });
});

describe('a town the gazetteer lacks, named by the event with the region it lies in', () => {
  it.each([
    [
      'Florida condo collapse: toll rises\n\nRescuers searched the rubble in Brackmoor after the Brackmoor condo collapse.\n\nThe confirmed death toll rose to 14.',
      'United States',
      'Brackmoor',
    ],
    [
      'Kerala landslide: search goes on\n\nTeams dug at Kelvara a day after the Kelvara landslide.\n\nOfficials said 31 people died.',
      'India',
      'Kelvara',
    ],
    [
      'Queensland flood: roads cut\n\nBoats reached families in Tovanji after the flood disaster in Tovanji.\n\nPolice said 9 people were missing.',
      'Australia',
      'Tovanji',
    ],
    [
      'Texas mine blast\n\nCrews worked at Morivale through the night after the Morivale mine explosion.\n\nThe company said 6 miners were killed.',
      'United States',
      'Morivale',
    ],
  ])('%s', (text, country, place) => expect(located(text, country).at(-1)?.[1]).toBe(place));
});

describe('a region named right after a town only says where the town is', () => {
  it.each([
    [
      'The death toll from heavy rain in Kozhikode district of Kerala on Tuesday has risen to 22.',
      'India',
      'Kozhikode',
    ],
    [
      'Flooding across Guntur district of Andhra Pradesh has left 31 people dead.',
      'India',
      'Guntur',
    ],
    [
      'The number of dead in the Malang stadium crush in East Java climbed to 125.',
      'Indonesia',
      'Malang',
    ],
    [
      'The toll from the Balasore express train collision in Odisha has risen to 288.',
      'India',
      'Balasore',
    ],
    [
      'The death toll in the Hatay apartment fire in Turkey rose to 17 on Friday.',
      'Turkey',
      'Hatay',
    ],
  ])('%s', (text, country, place) => expect(located(text, country)[0][1]).toBe(place));

  it('keeps the region that scopes a figure of its own', () => {
    expect(
      located('Rain killed 14 people in Guntur and 40 across Andhra Pradesh.', 'India'),
    ).toEqual([
      [14, 'Guntur'],
      [40, 'Andhra Pradesh'],
    ]);
  });
});

describe('a place a speaker represents is not where the event happened', () => {
  it.each([
    [
      "'We are devastated,' said Ravi Kumar, MLA from Mysore.\n\nA footbridge collapsed in Karnataka's Mandya town on Sunday.\n\nAt least 12 people died in the collapse, officials said.",
      'India',
      'Mandya',
    ],
    [
      'Speaking to reporters, a lawmaker from Mombasa said help was coming.\n\nA stampede hit a crowded market in Nakuru on Friday.\n\nAt least 7 people died in the stampede, police said.',
      'Kenya',
      'Nakuru',
    ],
    [
      'A congresswoman from Austin praised the firefighters.\n\nA fire gutted a nightclub in Dallas on Saturday.\n\nAt least 8 people died in the fire, officials said.',
      'United States',
      'Dallas',
    ],
    [
      'A senator from Cleveland said the bus company had ignored warnings.\n\nA bus plunged off a bridge in Dayton on Monday.\n\nAt least 14 people died in the crash, officials said.',
      'United States',
      'Dayton',
    ],
  ])('%s', (text, country, place) => expect(located(text, country).at(-1)![1]).toBe(place));
});

describe('a total whose parts lie in one place of them all is that place’s', () => {
  it.each([
    [
      'Floods left 109 dead, including 94 in Kerr County and 15 in other parts of Texas.',
      'United States',
      'Texas',
    ],
    [
      'Police reported 48 arrests on Saturday, including 30 in Lyon and 18 in the rest of France.',
      'France',
      'France',
    ],
    [
      'Rescuers found 33 bodies, including 21 in Wayanad and 12 elsewhere in Kerala.',
      'India',
      'Kerala',
    ],
    [
      'Authorities confirmed 64 deaths, including 40 in Valencia and 24 across the rest of Spain.',
      'Spain',
      'Spain',
    ],
  ])('%s', (text, country, place) => expect(located(text, country)[0][1]).toBe(place));

  it('leaves a total whose parts no one place holds to the text', () => {
    expect(
      located(
        'The floods left 90 dead, including 60 in Almaty and 30 in Shymkent.',
        'Kazakhstan',
      )[0],
    ).toEqual([90, 'Kazakhstan']);
  });
});

describe('places a gazetteer knows under their current or local name', () => {
  it.each([
    ['At least 30 pilgrims died in the crush in Prayagraj on Wednesday.', 'India', 'Prayagraj'],
    ['The stampede at the Kumbh Mela in Allahabad killed 30 people.', 'India', 'Prayagraj'],
    ['Five pilgrims from Jordan died in Makkah during the heat.', 'Saudi Arabia', 'Mecca'],
    ['Twelve pilgrims died of heatstroke in Madinah on Sunday.', 'Saudi Arabia', 'Medina'],
  ])('%s', (text, country, place) => expect(located(text, country)[0][1]).toBe(place));

  it.each([
    ['At least 78 migrants drowned when their boat sank off Pylos.', 'Greece', 'Pylos'],
    ['The shipwreck near Pylos killed 78 people, the coast guard said.', 'Greece', 'Pylos'],
    ['In Surfside, 11 people have died and 150 are unaccounted for.', 'United States', 'Surfside'],
    ['The condo collapse in Surfside, Florida, has killed 64 people.', 'United States', 'Surfside'],
  ])('a small town named by its disaster: %s', (text, country, place) =>
    expect(located(text, country)[0][1]).toBe(place),
  );
});

describe('a place and where it lies are no list', () => {
  it.each([
    [
      'At least 55 people died in the fire that destroyed Lahaina, Maui County officials said.',
      'United States',
      'Lahaina',
    ],
    [
      'Flooding killed 25 people in Kerr County, Texas officials said.',
      'United States',
      'Kerr County',
    ],
    ['The quake killed 300 people in Amizmiz, Marrakesh officials said.', 'Morocco', 'Amizmiz'],
    ['A crush killed 56 people in Nzerekore, Guinea officials said.', 'Guinea', 'Nzerekore'],
  ])('%s', (text, country, place) => expect(located(text, country)[0][1]).toBe(place));

  it.each([
    ['Bombs killed 250 people in Colombo, Negombo and Batticaloa.', 'Sri Lanka', 'Sri Lanka'],
    ['Shelling killed 40 people in Aleppo, Hama, Idlib.', 'Syria', 'Syria'],
  ])('keeps a list of towns for their country: %s', (text, country, place) =>
    expect(located(text, country)[0][1]).toBe(place),
  );
});

describe('a town and the region named after it with its unit', () => {
  it.each([
    [
      'Flooding in Kerr County in the US state of Texas has killed 25 people.',
      'United States',
      'Kerr County',
    ],
    [
      'Landslides in Wayanad in the southern Indian state of Kerala killed 200 people.',
      'India',
      'Wayanad',
    ],
    [
      'The quake killed 1,000 people in Al Haouz in the Moroccan region of Marrakesh-Safi.',
      'Morocco',
      'Al Haouz',
    ],
    [
      'The derailment near Balasore in the eastern Indian state of Odisha killed 288.',
      'India',
      'Balasore',
    ],
  ])('%s', (text, country, place) => expect(located(text, country)[0][1]).toBe(place));
});

describe('a town named more than twice as often as all the others together is the focus', () => {
  it.each([
    [
      'Seven bodies were recovered on Wednesday. Volunteers in Stilfontein said more would follow. ' +
        'Families waited in Stilfontein overnight, and a clinic in Klerksdorp treated survivors. ' +
        'Police in Stilfontein kept watch.',
      'South Africa',
      'Stilfontein',
    ],
    [
      'Twelve people have died of cholera this month. Clinics in Kasese are full, health workers ' +
        'in Kasese said, and a ward in Mbarara took the overflow. Schools in Kasese closed.',
      'Uganda',
      'Kasese',
    ],
    [
      'Six people died after drinking tainted alcohol. Hospitals in Kisumu admitted more patients, ' +
        'police in Kisumu made arrests, and a clinic in Nakuru reported one case. Bars in Kisumu shut.',
      'Kenya',
      'Kisumu',
    ],
  ])('%s', (text, country, place) => expect(located(text, country)[0][1]).toBe(place));

  it('not when the other towns are named nearly as often', () => {
    const text =
      'Six people died after drinking tainted alcohol. Hospitals in Kisumu and in Nakuru admitted ' +
      'patients, police in Kisumu made arrests, and a clinic in Nakuru reported one case.';
    expect(located(text, 'Kenya')[0][1]).toBe('Kenya');
  });
});

describe('a town the gazetteer lacks, then the region the text sets it in', () => {
  it.each([
    [
      'Gangs attacked the town of Dorvalis, located in the Artibonite department, killing 70 people.',
      'Haiti',
      'Dorvalis',
    ],
    [
      'Gunmen killed 40 people in the village of Kwassam, in the Plateau state of Nigeria.',
      'Nigeria',
      'Kwassam',
    ],
    [
      'Floods swept the town of Mbeluko, situated in the Western Cape province, leaving 12 dead.',
      'South Africa',
      'Mbeluko',
    ],
  ])('%s', (text, country, place) => expect(located(text, country)[0][1]).toBe(place));
});

describe('regions under the spelling news copy uses', () => {
  it.each([
    [
      'Five people are missing in Castilla-La Mancha after the floods.',
      'Spain',
      'Castilla-La Mancha',
    ],
    [
      'Two people died in Castile-La Mancha, the regional government said.',
      'Spain',
      'Castilla-La Mancha',
    ],
    [
      'Sistan-Baluchestan province accounts for 128 of the deaths.',
      'Iran',
      'Sistan and Baluchestan',
    ],
    [
      'Police detained 30 people in Sistan-Baluchestan on Friday.',
      'Iran',
      'Sistan and Baluchestan',
    ],
  ])('%s', (text, country, place) => expect(located(text, country)[0][1]).toBe(place));
});

describe('cities the data names "X City", and island groups', () => {
  it.each([
    ['A quake injured 300 people in Hualien on Wednesday.', 'Taiwan', 'Hualien City'],
    ['Rescuers in Hualien said 9 people had died.', 'Taiwan', 'Hualien City'],
    ['Floods displaced 12,000 people across Mindanao.', 'Philippines', 'Mindanao'],
    ['The typhoon killed 40 people in northern Luzon.', 'Philippines', 'Luzon'],
  ])('%s', (text, country, place) => expect(located(text, country)[0][1]).toBe(place));
});

describe('a seat whose authorities act there', () => {
  it.each([
    ['Authorities in Tbilisi have rounded up more than 1,200 protesters.', 'Georgia', 'Tbilisi'],
    ['Officials in Dhaka detained 300 students overnight.', 'Bangladesh', 'Dhaka'],
    ['The government in Nairobi has arrested at least 40 organisers.', 'Kenya', 'Nairobi'],
    ['Authorities in Valencia evacuated some 3,000 residents.', 'Spain', 'Valencia'],
  ])('%s', (text, country, place) => expect(located(text, country)[0][1]).toBe(place));

  it('keeps a seat that only reports a figure out of its scope', () => {
    expect(
      located('The government in Damascus said 812 people had been killed.', 'Syria')[0][1],
    ).toBe('Syria');
  });
});

describe('a town, then the region or country it lies in', () => {
  it.each([
    [
      'Nigeria',
      'The death toll from an attack by gunmen in the village of Kwassam, in central-northern Nigeria, has risen to at least 200.',
      [[200, 'Kwassam']],
    ],
    [
      'Nigeria',
      'The air strike on Dakwala village in Bakassi Local Government Area of Cross River State killed 85 people.',
      [[85, 'Dakwala']],
    ],
    [
      'Nigeria',
      'The death toll from the bombing of Dakwala in the Bakassi Local Government Area of Cross River State has risen to 120.',
      [[120, 'Dakwala']],
    ],
    [
      'Haiti',
      "A gang attack in Dorawa, a town in Haiti's Artibonite region, has left at least 70 people dead.",
      [[70, 'Dorawa']],
    ],
  ])('%s: %s', (country, text, expected) => expect(located(text, country)).toEqual(expected));
});

describe('a capital named for the state or a news agency that sits in it', () => {
  it('is no focus of a story told across the country', () => {
    const text = [
      'Protests spread across Venezuela',
      'More than a thousand people were detained in Venezuela this week, the attorney general said.',
      'He called the opposition a threat to the Caracas regime.',
      'Police said 77 officers were injured, the EFE news agency in Caracas reported.',
    ].join('\n\n');
    expect(located(text, 'Venezuela')).toEqual([
      [1000, 'Venezuela'],
      [77, 'Venezuela'],
    ]);
  });
});
