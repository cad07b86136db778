import type { ExtractedClaim } from '../../domain/claim';
import type { ExtractionContext } from './extraction-context';
import { resolvePlace } from '../../geo/gazetteer';
import { extractClaims } from './extract-claims';

// the gazetteer's spelling of Türkiye/Turkey is its own business
const TR = resolvePlace('Turkey')?.name ?? 'Turkey';

// Hand-written sentences in the shapes of real newswire reporting (facts and figures from real
// events: Kazakhstan 2022, Itaewon 2022, Türkiye–Syria 2023 earthquake, Ukraine, Libya floods,
// Kanjuruhan stadium crush, Sri Lanka and Iran protests, …). Each row lists every claim the
// sentence makes; an empty list means the sentence makes none.

type Want = Pick<ExtractedClaim, 'metric' | 'subject' | 'value'> &
  Partial<Pick<ExtractedClaim, 'qualifier' | 'low' | 'high' | 'location' | 'attribution' | 'asOf'>>;
type Row = [text: string, want: Want[], ctx?: ExtractionContext];

const K: ExtractionContext = { publishedAt: '2022-01-06', defaultCountry: 'Kazakhstan' };
const T: ExtractionContext = { publishedAt: '2023-02-08', defaultCountry: TR };
const U: ExtractionContext = { publishedAt: '2023-05-20', defaultCountry: 'Ukraine' };
const S: ExtractionContext = { publishedAt: '2022-10-30', defaultCountry: 'South Korea' };
const N: ExtractionContext = { publishedAt: '2023-09-14', defaultCountry: null };

function check(text: string, want: Want[], ctx: ExtractionContext = N): void {
  const got = extractClaims(text, ctx);
  const brief = got.map((c) => `${c.metric} ${c.subject} ${c.value} ${c.qualifier}`);
  for (const w of want) {
    const m = got.find(
      (c) => c.metric === w.metric && c.value === w.value && c.subject === w.subject,
    );
    if (!m)
      throw new Error(
        `missing ${w.metric} ${w.subject} ${w.value} in "${text}"; got [${brief.join('; ')}]`,
      );
    for (const k of ['qualifier', 'low', 'high', 'location', 'asOf'] as const) {
      if (w[k] !== undefined) expect({ text, [k]: m[k] }).toEqual({ text, [k]: w[k] });
    }
    if (w.attribution)
      expect({ text, attribution: m.attribution }).toEqual({ text, attribution: w.attribution });
    expect(text.slice(m.start, m.end)).toBe(m.quote);
  }
  if (got.length !== want.length) {
    throw new Error(`expected ${want.length} claims in "${text}", got [${brief.join('; ')}]`);
  }
}

describe('extractClaims: shapes of reporting', () => {
  const rows: Row[] = [
    // --- the seed and its neighbours
    [
      "Reportedly 353 members of Kazakhstan's law enforcement were injured in the clashes with protesters in Almaty, 12 were killed, the Khabar-24 TV channel said quoting the Almaty commandant's office.",
      [
        {
          metric: 'injured',
          subject: 'law_enforcement',
          value: 353,
          qualifier: 'exact',
          low: 353,
          high: 353,
          location: 'Almaty',
          attribution: ['Khabar-24', "Almaty commandant's office"],
        },
        {
          metric: 'killed',
          subject: 'law_enforcement',
          value: 12,
          qualifier: 'exact',
          location: 'Almaty',
          attribution: ['Khabar-24', "Almaty commandant's office"],
        },
      ],
      K,
    ],
    [
      'So far 8 police and national guards have been killed while 317 injured.',
      [
        {
          metric: 'killed',
          subject: 'law_enforcement',
          value: 8,
          location: 'Kazakhstan',
          attribution: ['_Stmatrix'],
        },
        { metric: 'injured', subject: 'law_enforcement', value: 317, attribution: ['_Stmatrix'] },
      ],
      { ...K, postAuthor: '_Stmatrix', postedAt: '2022-01-06T08:00:00Z' },
    ],
    [
      'Casualties among Kazakh security officers Thursday rose to 18 dead and 748 wounded, Russian news agencies reported, citing the interior ministry.',
      [
        {
          metric: 'killed',
          subject: 'law_enforcement',
          value: 18,
          attribution: ['Russian news agencies', 'interior ministry'],
          asOf: '2022-01-06',
        },
        {
          metric: 'injured',
          subject: 'law_enforcement',
          value: 748,
          attribution: ['Russian news agencies', 'interior ministry'],
        },
      ],
      K,
    ],
    [
      'Interfax cited the ministry as saying that 2,298 people had so far been detained.',
      [
        {
          metric: 'detained',
          subject: 'people',
          value: 2298,
          attribution: ['Interfax', 'ministry'],
        },
      ],
      K,
    ],
    [
      'Armenia sent some 70 soldiers to Kazakhstan as part of the contingent.',
      [
        {
          metric: 'deployed',
          subject: 'military',
          value: 70,
          qualifier: 'approx',
          low: 63,
          high: 77,
        },
      ],
      K,
    ],
    [
      'The bloc sent over 2,000 troops to Kazakhstan last week.',
      [
        {
          metric: 'deployed',
          subject: 'military',
          value: 2000,
          qualifier: 'more_than',
          low: 2000,
          high: null,
        },
      ],
      K,
    ],
    [
      'The alliance sent a force of more than 2,000 soldiers, mostly Russians, to act as peacekeepers.',
      [{ metric: 'deployed', subject: 'military', value: 2000, qualifier: 'more_than' }],
      K,
    ],
    [
      'According to the Kazakh Ministry of the Interior, quoted by local media, at least 8 members of the police were killed in the clashes and another 137 injured.',
      [
        {
          metric: 'killed',
          subject: 'law_enforcement',
          value: 8,
          qualifier: 'at_least',
          low: 8,
          high: null,
          attribution: ['local media', 'Kazakh Ministry of the Interior'],
        },
        { metric: 'injured', subject: 'law_enforcement', value: 137, qualifier: 'exact' },
      ],
      K,
    ],
    [
      '"Dozens of assailants have been eliminated," said police spokesman Saltanat Azirbek.',
      [
        {
          metric: 'killed',
          subject: 'protesters',
          value: 12,
          qualifier: 'vague',
          low: 12,
          high: 99,
          attribution: ['police spokesman Saltanat Azirbek'],
        },
      ],
      K,
    ],
    [
      'Kazakhstan turmoil killed 225, wounded 4,500',
      [
        { metric: 'killed', subject: 'people', value: 225 },
        { metric: 'injured', subject: 'people', value: 4500 },
      ],
      K,
    ],
    [
      'The unrest has led to the death of 225 people and the injury of thousands of others.',
      [
        { metric: 'killed', subject: 'people', value: 225 },
        {
          metric: 'injured',
          subject: 'people',
          value: 1000,
          qualifier: 'vague',
          low: 1000,
          high: 9999,
        },
      ],
      K,
    ],
    [
      '"Bodies of 225 deceased people were brought to morgues," Serik Shalabayev told a news conference.',
      [{ metric: 'killed', subject: 'people', value: 225, attribution: ['Serik Shalabayev'] }],
      K,
    ],
    [
      'He said this figure included 4,353 wounded people, 3,393 of which were security service personnel.',
      [
        { metric: 'injured', subject: 'people', value: 4353 },
        { metric: 'injured', subject: 'law_enforcement', value: 3393 },
      ],
      K,
    ],
    [
      'This includes 4,353 wounded people, 3,393 of them security service personnel.',
      [
        { metric: 'injured', subject: 'people', value: 4353 },
        { metric: 'injured', subject: 'law_enforcement', value: 3393 },
      ],
      K,
    ],
    [
      'Riots started when thousands of demonstrators took to the streets to protest against gas prices.',
      [{ metric: 'participants', subject: 'protesters', value: 1000, qualifier: 'vague' }],
      K,
    ],
    [
      "Kazakhstan's Interior Ministry said eight police and National Guard troops have been killed and 317 people wounded.",
      [
        {
          metric: 'killed',
          subject: 'law_enforcement',
          value: 8,
          attribution: ["Kazakhstan's Interior Ministry"],
        },
        { metric: 'injured', subject: 'people', value: 317 },
      ],
      K,
    ],
    [
      'Serik Shalabayev, head of the criminal prosecution service, said 19 police officers or servicemen were among the dead, news reports said.',
      [
        {
          metric: 'killed',
          subject: 'law_enforcement',
          value: 19,
          attribution: ['news reports', 'Serik Shalabayev'],
        },
      ],
      K,
    ],
    [
      'The previous official death toll was 164.',
      [{ metric: 'killed', subject: 'people', value: 164 }],
      K,
    ],
    [
      'During the riots, two soldiers were killed, and another 163 were injured.',
      [
        { metric: 'killed', subject: 'military', value: 2 },
        { metric: 'injured', subject: 'military', value: 163 },
      ],
      K,
    ],
    [
      'The ministry reported on the detention of 5969 participants in the riots.',
      [{ metric: 'detained', subject: 'protesters', value: 5969, attribution: ['ministry'] }],
      K,
    ],
    [
      'Acting Interior Minister Yerlan Turgumbayev said hundreds of armed men were detained as they tried to leave the country.',
      [
        {
          metric: 'detained',
          subject: 'protesters',
          value: 100,
          qualifier: 'vague',
          low: 100,
          high: 999,
        },
      ],
      K,
    ],
    [
      'According to the latest data, 26 protesters and 18 security officials were killed.',
      [
        { metric: 'killed', subject: 'protesters', value: 26 },
        { metric: 'killed', subject: 'law_enforcement', value: 18 },
      ],
      K,
    ],
    [
      'Authorities have previously set the death toll of civilians at 26.',
      [{ metric: 'killed', subject: 'civilians', value: 26, attribution: ['Authorities'] }],
      K,
    ],
    [
      'According to the ministry, most of the deaths (103 people) occurred in Almaty.',
      [
        {
          metric: 'killed',
          subject: 'people',
          value: 103,
          location: 'Almaty',
          attribution: ['ministry'],
        },
      ],
      K,
    ],
    [
      "The country's ombudsman for children's rights said three of the murdered were minors, including a four-year-old girl.",
      [{ metric: 'killed', subject: 'children', value: 3 }],
      K,
    ],
    [
      'The ministry said that more than 2,200 people sought treatment for injuries.',
      [{ metric: 'injured', subject: 'people', value: 2200, qualifier: 'more_than' }],
      K,
    ],
    [
      'The Ministry of Interior said about 1,300 guards were injured.',
      [
        {
          metric: 'injured',
          subject: 'law_enforcement',
          value: 1300,
          qualifier: 'approx',
          low: 1170,
          high: 1430,
        },
      ],
      K,
    ],
    [
      'The presidential office said about 5,800 people were detained by police.',
      [{ metric: 'detained', subject: 'people', value: 5800, qualifier: 'approx' }],
      K,
    ],
    [
      'The Ministry of Interior reported yesterday that "more than 5,135 people were arrested during the recent protests throughout Kazakhstan."',
      [
        {
          metric: 'detained',
          subject: 'people',
          value: 5135,
          qualifier: 'more_than',
          asOf: '2022-01-05',
        },
      ],
      K,
    ],
    [
      '"We are dealing with foreign bandits, and 20,000 terrorists participated in the attack," the president said.',
      [{ metric: 'participants', subject: 'protesters', value: 20000 }],
      K,
    ],
    // --- crowd crushes
    [
      'At least 146 people died and at least 150 more were injured after a crowd crush in the Itaewon area of Seoul, according to fire department officials.',
      [
        {
          metric: 'killed',
          subject: 'people',
          value: 146,
          qualifier: 'at_least',
          location: 'Seoul',
          attribution: ['fire department officials'],
        },
        {
          metric: 'injured',
          subject: 'people',
          value: 150,
          qualifier: 'at_least',
          location: 'Seoul',
        },
      ],
      S,
    ],
    [
      'The chaos killed more than 150 people, mostly young adults, in a nightlife district in Seoul.',
      [
        {
          metric: 'killed',
          subject: 'people',
          value: 150,
          qualifier: 'more_than',
          low: 150,
          high: null,
          location: 'Seoul',
        },
      ],
      S,
    ],
    [
      'As of Sunday evening, officials said 153 people were killed and 133 were injured.',
      [
        {
          metric: 'killed',
          subject: 'people',
          value: 153,
          attribution: ['officials'],
          asOf: '2022-10-30',
        },
        { metric: 'injured', subject: 'people', value: 133 },
      ],
      S,
    ],
    [
      'With tens of thousands of people flooding the streets, the alley became impassable.',
      [
        {
          metric: 'participants',
          subject: 'people',
          value: 10000,
          qualifier: 'vague',
          low: 10000,
          high: 99999,
        },
      ],
      S,
    ],
    [
      'At least 125 people were killed in a stampede at a football stadium in Malang, Indonesian police said.',
      [
        {
          metric: 'killed',
          subject: 'people',
          value: 125,
          qualifier: 'at_least',
          location: 'Malang',
          attribution: ['Indonesian police'],
        },
      ],
    ],
    [
      'Police fired tear gas and 32 children were among those who died, the ministry said.',
      [{ metric: 'killed', subject: 'children', value: 32 }],
    ],
    ['The crush claimed 40 lives.', [{ metric: 'killed', subject: 'people', value: 40 }]],
    [
      'Nearly 100 people were hurt in the stampede.',
      [
        {
          metric: 'injured',
          subject: 'people',
          value: 100,
          qualifier: 'approx',
          low: 90,
          high: 100,
        },
      ],
    ],
    [
      'Almost 300 fans were treated in hospital.',
      [
        {
          metric: 'injured',
          subject: 'people',
          value: 300,
          qualifier: 'approx',
          low: 270,
          high: 300,
        },
      ],
    ],
    [
      'Some 2 million pilgrims took part in the hajj this year.',
      [{ metric: 'participants', subject: 'people', value: 2000000, qualifier: 'approx' }],
    ],
    // --- earthquakes and floods
    [
      'The death toll from the earthquake in Turkey and Syria has risen to more than 11,000.',
      [{ metric: 'killed', subject: 'people', value: 11000, qualifier: 'more_than' }],
      T,
    ],
    [
      'In Gaziantep alone, 1,200 bodies were recovered from the rubble.',
      [{ metric: 'killed', subject: 'people', value: 1200, location: 'Gaziantep' }],
      T,
    ],
    [
      'The disaster agency said 8,574 people had died in Turkey, while 2,662 were killed in Syria.',
      [
        { metric: 'killed', subject: 'people', value: 8574, location: TR },
        { metric: 'killed', subject: 'people', value: 2662, location: 'Syria' },
      ],
      T,
    ],
    [
      'More than 40,000 people were injured and 380,000 were displaced, the World Health Organization said.',
      [
        { metric: 'injured', subject: 'people', value: 40000, qualifier: 'more_than' },
        {
          metric: 'displaced',
          subject: 'people',
          value: 380000,
          qualifier: 'exact',
          attribution: ['World Health Organization'],
        },
      ],
      T,
    ],
    [
      'Rescuers have pulled 8,000 people alive from the rubble and about 380,000 have taken refuge in government shelters.',
      [{ metric: 'displaced', subject: 'people', value: 380000, qualifier: 'approx' }],
      T,
    ],
    [
      'The floods in Libya left 11,300 dead and 10,100 missing, the Libyan Red Crescent said.',
      [
        { metric: 'killed', subject: 'people', value: 11300, attribution: ['Libyan Red Crescent'] },
        { metric: 'missing', subject: 'people', value: 10100 },
      ],
    ],
    [
      'At least 30,000 people were displaced in the city, the UN said.',
      [
        {
          metric: 'displaced',
          subject: 'people',
          value: 30000,
          qualifier: 'at_least',
          attribution: ['UN'],
        },
      ],
    ],
    [
      'Tens of thousands of residents were evacuated from coastal areas.',
      [{ metric: 'displaced', subject: 'people', value: 10000, qualifier: 'vague' }],
    ],
    [
      'Between 10 and 15 villagers are still missing.',
      [{ metric: 'missing', subject: 'people', value: 10, qualifier: 'range', low: 10, high: 15 }],
    ],
    [
      'The storm killed 10-15 people across the region.',
      [{ metric: 'killed', subject: 'people', value: 10, qualifier: 'range', low: 10, high: 15 }],
    ],
    [
      'Up to 3,000 people may have died, officials warned.',
      [
        {
          metric: 'killed',
          subject: 'people',
          value: 3000,
          qualifier: 'at_most',
          low: 0,
          high: 3000,
        },
      ],
    ],
    [
      'Fewer than 50 people were injured.',
      [{ metric: 'injured', subject: 'people', value: 50, qualifier: 'at_most', low: 0, high: 50 }],
    ],
    [
      'No fewer than 20 miners remain trapped, and 12 are missing.',
      [{ metric: 'missing', subject: 'people', value: 12 }],
    ],
    [
      'The quake left 4 353 people injured in the province.',
      [{ metric: 'injured', subject: 'people', value: 4353 }],
    ],
    [
      'A dozen people were killed when the building collapsed.',
      [{ metric: 'killed', subject: 'people', value: 12, qualifier: 'exact' }],
    ],
    [
      'About a dozen journalists were detained.',
      [{ metric: 'detained', subject: 'journalists', value: 12, qualifier: 'approx' }],
    ],
    ['Twenty-five people died in the fire.', [{ metric: 'killed', subject: 'people', value: 25 }]],
    [
      'Scores of people were wounded.',
      [{ metric: 'injured', subject: 'people', value: 20, qualifier: 'vague', low: 20, high: 99 }],
    ],
    [
      'Hundreds of thousands of people fled their homes.',
      [{ metric: 'displaced', subject: 'people', value: 100000, qualifier: 'vague' }],
    ],
    [
      'Two hundred and fifty people were evacuated from the village.',
      [{ metric: 'displaced', subject: 'people', value: 250 }],
    ],
    [
      'Dozens were injured.',
      [{ metric: 'injured', subject: 'people', value: 12, qualifier: 'vague' }],
    ],
    // --- wars and attacks
    [
      'Russian strikes killed 23 civilians in Kyiv overnight, Ukrainian officials said.',
      [
        {
          metric: 'killed',
          subject: 'civilians',
          value: 23,
          location: 'Kyiv',
          attribution: ['Ukrainian officials'],
        },
      ],
      U,
    ],
    [
      'Three children were among the dead, the regional governor said.',
      [{ metric: 'killed', subject: 'children', value: 3, attribution: ['regional governor'] }],
      U,
    ],
    [
      'Ukraine said 15 of its soldiers had been killed and 40 wounded in the battle for Bakhmut.',
      [
        { metric: 'killed', subject: 'military', value: 15, location: 'Bakhmut' },
        { metric: 'injured', subject: 'military', value: 40 },
      ],
      U,
    ],
    [
      'The attack left 18 dead, including 5 children, according to the health ministry.',
      [
        { metric: 'killed', subject: 'people', value: 18, attribution: ['health ministry'] },
        { metric: 'killed', subject: 'children', value: 5 },
      ],
    ],
    [
      'Gunmen killed at least 50 villagers.',
      [{ metric: 'killed', subject: 'people', value: 50, qualifier: 'at_least' }],
    ],
    [
      'Seven journalists have been killed since the war began.',
      [{ metric: 'killed', subject: 'journalists', value: 7 }],
    ],
    [
      'Israel said 1,200 people were killed in the attack and about 240 were taken hostage.',
      [{ metric: 'killed', subject: 'people', value: 1200 }],
    ],
    [
      'Militants killed four police officers at a checkpoint.',
      [{ metric: 'killed', subject: 'law_enforcement', value: 4 }],
    ],
    [
      'Security forces shot dead 12 protesters.',
      [{ metric: 'killed', subject: 'protesters', value: 12 }],
    ],
    [
      'The bombing wounded 35 people and killed nine.',
      [
        { metric: 'injured', subject: 'people', value: 35 },
        { metric: 'killed', subject: 'people', value: 9 },
      ],
    ],
    [
      'Police arrested 12 people after the clashes.',
      [{ metric: 'detained', subject: 'people', value: 12 }],
    ],
    [
      'Police said 150 rioters were arrested overnight.',
      [{ metric: 'detained', subject: 'protesters', value: 150, attribution: ['Police'] }],
    ],
    [
      'A total of 1,500 troops have been deployed to the border.',
      [{ metric: 'deployed', subject: 'military', value: 1500 }],
    ],
    [
      'The government deployed 3,000 police officers in the capital.',
      [{ metric: 'deployed', subject: 'law_enforcement', value: 3000 }],
    ],
    [
      'About 500 peacekeepers arrived in the country on Friday.',
      [{ metric: 'deployed', subject: 'military', value: 500, qualifier: 'approx' }],
    ],
    // --- protests
    [
      'Rights groups said more than 500 protesters had been killed and nearly 20,000 arrested.',
      [
        {
          metric: 'killed',
          subject: 'protesters',
          value: 500,
          qualifier: 'more_than',
          attribution: ['Rights groups'],
        },
        {
          metric: 'detained',
          subject: 'protesters',
          value: 20000,
          qualifier: 'approx',
          low: 18000,
          high: 20000,
        },
      ],
    ],
    [
      'An estimated 100,000 people marched through the capital on Saturday.',
      [{ metric: 'participants', subject: 'protesters', value: 100000, qualifier: 'approx' }],
    ],
    [
      'Organisers said 250,000 demonstrators rallied in Paris, while police put the crowd at 80,000.',
      [
        {
          metric: 'participants',
          subject: 'protesters',
          value: 250000,
          location: 'Paris',
          attribution: ['Organisers'],
        },
        { metric: 'participants', subject: 'protesters', value: 80000, attribution: ['police'] },
      ],
    ],
    [
      'At least 6 people, including two children, were killed in the strike.',
      [
        { metric: 'killed', subject: 'people', value: 6, qualifier: 'at_least' },
        { metric: 'killed', subject: 'children', value: 2 },
      ],
    ],
    [
      'Two police officers were among five people killed in the attack.',
      [
        { metric: 'killed', subject: 'law_enforcement', value: 2 },
        { metric: 'killed', subject: 'people', value: 5 },
      ],
    ],
    [
      'Of the 225 dead, 19 were police officers.',
      [
        { metric: 'killed', subject: 'people', value: 225 },
        { metric: 'killed', subject: 'law_enforcement', value: 19 },
      ],
    ],
    [
      'The earthquake killed more than 50,000 people in Turkey and Syria, and some 1.5 million were left homeless.',
      [
        { metric: 'killed', subject: 'people', value: 50000, qualifier: 'more_than' },
        { metric: 'displaced', subject: 'people', value: 1500000, qualifier: 'approx' },
      ],
      T,
    ],
    [
      'Police estimated the crowd at 60,000.',
      [{ metric: 'participants', subject: 'people', value: 60000, attribution: ['Police'] }],
    ],
    [
      'A crowd of about 5,000 gathered in the square.',
      [{ metric: 'participants', subject: 'people', value: 5000, qualifier: 'approx' }],
    ],
    [
      'Thirty-five bodies were found in the river.',
      [{ metric: 'killed', subject: 'people', value: 35 }],
    ],
    [
      'Nearly 2,000 people have been arrested, according to rights group HRANA.',
      [
        {
          metric: 'detained',
          subject: 'people',
          value: 2000,
          qualifier: 'approx',
          attribution: ['rights group HRANA'],
        },
      ],
    ],
    [
      'The blast killed one person and injured 12 others.',
      [
        { metric: 'killed', subject: 'people', value: 1 },
        { metric: 'injured', subject: 'people', value: 12 },
      ],
    ],
    [
      '5 dead, 20 injured in protests',
      [
        { metric: 'killed', subject: 'people', value: 5 },
        { metric: 'injured', subject: 'people', value: 20 },
      ],
    ],
    [
      'State news agency IRNA reported that 41 people had died.',
      [{ metric: 'killed', subject: 'people', value: 41, attribution: ['State news agency IRNA'] }],
    ],
    [
      'The strike killed 12 and wounded dozens more, the mayor told Reuters.',
      [
        { metric: 'killed', subject: 'people', value: 12, attribution: ['Reuters', 'mayor'] },
        { metric: 'injured', subject: 'people', value: 12, qualifier: 'vague' },
      ],
    ],
    [
      'Thousands of protesters gathered outside parliament.',
      [{ metric: 'participants', subject: 'protesters', value: 1000, qualifier: 'vague' }],
    ],
    [
      'Around 2,000 demonstrators clashed with riot police.',
      [
        {
          metric: 'participants',
          subject: 'protesters',
          value: 2000,
          qualifier: 'approx',
          low: 1800,
          high: 2200,
        },
      ],
    ],
    [
      'Police detained 4 journalists covering the protest.',
      [{ metric: 'detained', subject: 'journalists', value: 4 }],
    ],
    [
      'Nine officers were hurt, police said.',
      [{ metric: 'injured', subject: 'law_enforcement', value: 9, attribution: ['police'] }],
    ],
    [
      'Eighteen people have been reported missing.',
      [{ metric: 'missing', subject: 'people', value: 18 }],
    ],
    [
      'The number of detained rose to 1,700, the interior ministry said on Wednesday.',
      [
        {
          metric: 'detained',
          subject: 'people',
          value: 1700,
          attribution: ['interior ministry'],
          asOf: '2023-09-13',
        },
      ],
    ],
    ['The death toll has reached 37.', [{ metric: 'killed', subject: 'people', value: 37 }]],
    [
      'The death toll climbed to 72 on Tuesday.',
      [{ metric: 'killed', subject: 'people', value: 72 }],
    ],
    [
      'The official toll now stands at 5,000 dead.',
      [{ metric: 'killed', subject: 'people', value: 5000 }],
    ],
    [
      'The number of dead rose from 164 to 225.',
      [{ metric: 'killed', subject: 'people', value: 225 }],
    ],
    // --- more events, whole sentences as wires write them
    [
      'The death toll from the powerful earthquake that struck Turkey and Syria climbed above 21,000 on Thursday.',
      [
        {
          metric: 'killed',
          subject: 'people',
          value: 21000,
          qualifier: 'more_than',
          asOf: '2023-02-02',
        },
      ],
      T,
    ],
    [
      "Turkey's disaster management agency, AFAD, said 17,674 people had been killed in the country, while at least 3,377 deaths were reported in Syria.",
      [
        { metric: 'killed', subject: 'people', value: 17674, location: TR },
        {
          metric: 'killed',
          subject: 'people',
          value: 3377,
          qualifier: 'at_least',
          location: 'Syria',
        },
      ],
      T,
    ],
    [
      'Some 380,000 people have taken refuge in government shelters or hotels, the agency said.',
      [
        {
          metric: 'displaced',
          subject: 'people',
          value: 380000,
          qualifier: 'approx',
          attribution: ['agency'],
        },
      ],
      T,
    ],
    [
      'About 1,500 soldiers and 120 rescue dogs have been sent to help with the search, the defense ministry said.',
      [
        {
          metric: 'deployed',
          subject: 'military',
          value: 1500,
          qualifier: 'approx',
          attribution: ['defense ministry'],
        },
      ],
      T,
    ],
    [
      'The Syrian health ministry put the toll in government-held areas at 1,347.',
      [
        {
          metric: 'killed',
          subject: 'people',
          value: 1347,
          attribution: ['Syrian health ministry'],
        },
      ],
      T,
    ],
    [
      'The United Nations said up to 5.3 million people in Syria may have been left homeless.',
      [
        {
          metric: 'displaced',
          subject: 'people',
          value: 5300000,
          qualifier: 'at_most',
          low: 0,
          high: 5300000,
          location: 'Syria',
        },
      ],
      T,
    ],
    [
      'Russian missiles struck a shopping mall in Kremenchuk on Monday, killing at least 18 people and wounding 59, officials said.',
      [
        {
          metric: 'killed',
          subject: 'people',
          value: 18,
          qualifier: 'at_least',
          location: 'Kremenchuk',
          attribution: ['officials'],
          asOf: '2023-05-15',
        },
        { metric: 'injured', subject: 'people', value: 59, location: 'Kremenchuk' },
      ],
      U,
    ],
    [
      "Ukraine's military said its forces had killed 150 Russian soldiers in fighting in the east.",
      [{ metric: 'killed', subject: 'military', value: 150, location: 'Ukraine' }],
      U,
    ],
    [
      'Russia has deployed an estimated 10,000 troops near the city.',
      [
        {
          metric: 'deployed',
          subject: 'military',
          value: 10000,
          qualifier: 'approx',
          attribution: [],
        },
      ],
      U,
    ],
    [
      'Iranian security forces have killed at least 326 protesters, including 43 children and 25 women, the Iran Human Rights group said.',
      [
        {
          metric: 'killed',
          subject: 'protesters',
          value: 326,
          qualifier: 'at_least',
          attribution: ['Iran Human Rights group'],
        },
        { metric: 'killed', subject: 'children', value: 43 },
        { metric: 'killed', subject: 'people', value: 25 },
      ],
    ],
    [
      'The rights group HRANA said 15,800 people had been arrested, while state media reported that 46 members of the security forces had been killed.',
      [
        {
          metric: 'detained',
          subject: 'people',
          value: 15800,
          attribution: ['rights group HRANA'],
        },
        { metric: 'killed', subject: 'law_enforcement', value: 46, attribution: ['state media'] },
      ],
    ],
    [
      'Security forces opened fire on worshippers on Sept. 30, killing 66 people, according to Amnesty International.',
      [{ metric: 'killed', subject: 'people', value: 66, attribution: ['Amnesty International'] }],
    ],
    [
      'Her death sparked the biggest protests in years, with hundreds of thousands taking part.',
      [{ metric: 'participants', subject: 'protesters', value: 100000, qualifier: 'vague' }],
    ],
    ['Six people, including three police officers, have been named as suspects.', []],
    [
      'Organisers said 1.7 million people joined the rally, while police estimated the turnout at 128,000 at its peak.',
      [
        {
          metric: 'participants',
          subject: 'protesters',
          value: 1700000,
          attribution: ['Organisers'],
        },
        { metric: 'participants', subject: 'protesters', value: 128000, attribution: ['police'] },
      ],
    ],
    [
      'The hospital authority said 24 people were taken to hospital.',
      [{ metric: 'injured', subject: 'people', value: 24 }],
    ],
    [
      'The toll rose to 2,012 on Saturday, the Interior Ministry said, with another 2,059 people injured.',
      [
        { metric: 'killed', subject: 'people', value: 2012, attribution: ['Interior Ministry'] },
        { metric: 'injured', subject: 'people', value: 2059 },
      ],
    ],
    [
      'Israeli airstrikes have killed more than 10,000 Palestinians in Gaza, including 4,104 children, the health ministry said.',
      [
        {
          metric: 'killed',
          subject: 'people',
          value: 10000,
          qualifier: 'more_than',
          location: 'Gaza',
        },
        { metric: 'killed', subject: 'children', value: 4104, location: 'Gaza' },
      ],
    ],
    [
      'In the West Bank, at least 150 Palestinians have been killed by Israeli forces or settlers, OCHA said.',
      [
        {
          metric: 'killed',
          subject: 'people',
          value: 150,
          qualifier: 'at_least',
          attribution: ['OCHA'],
        },
      ],
    ],
    [
      "Tens of thousands of protesters stormed the president's residence on Saturday.",
      [{ metric: 'participants', subject: 'protesters', value: 10000, qualifier: 'vague' }],
    ],
    [
      'Two policemen were injured and nine protesters arrested, police spokesman Nihal Thalduwa said.',
      [
        {
          metric: 'injured',
          subject: 'law_enforcement',
          value: 2,
          attribution: ['police spokesman Nihal Thalduwa'],
        },
        { metric: 'detained', subject: 'protesters', value: 9 },
      ],
    ],
    ['A curfew was imposed across the island nation of 22 million people.', []],
    [
      'Floods and landslides have killed at least 192 people in Nepal, and 30 others are missing, officials said Monday.',
      [
        {
          metric: 'killed',
          subject: 'people',
          value: 192,
          qualifier: 'at_least',
          location: 'Nepal',
        },
        { metric: 'missing', subject: 'people', value: 30 },
      ],
    ],
    [
      'Nearly 30,000 security personnel were deployed for rescue work.',
      [
        {
          metric: 'deployed',
          subject: 'law_enforcement',
          value: 30000,
          qualifier: 'approx',
          low: 27000,
          high: 30000,
        },
      ],
    ],
    ['More than 3,000 homes were damaged and 4,331 people had been rescued.', []],
    // rescuers sent are deployed responders (`other`); the dogs are no head count
    [
      'Spain sent 56 rescuers and four search dogs.',
      [{ metric: 'deployed', subject: 'other', value: 56 }],
    ],
    [
      "It was South Korea's deadliest incident since the 2014 Sewol ferry disaster, in which 304 people, mostly high school students, died.",
      [],
      S,
    ],
    [
      'Among the dead were 19 foreigners, including people from Iran, China and Russia, the interior ministry said.',
      [
        {
          metric: 'killed',
          subject: 'civilians',
          value: 19,
          location: 'South Korea',
          attribution: ['interior ministry'],
        },
      ],
      S,
    ],
    [
      'At least 151 people, most of them in their teens and 20s, were killed when a crowd surged into a side street in Seoul, officials said.',
      [
        {
          metric: 'killed',
          subject: 'people',
          value: 151,
          qualifier: 'at_least',
          location: 'Seoul',
        },
      ],
      S,
    ],
    [
      'Eighty-two people were injured, 19 of them seriously.',
      [
        { metric: 'injured', subject: 'people', value: 82 },
        { metric: 'injured', subject: 'people', value: 19 },
      ],
      S,
    ],
    [
      'Police deployed 137 officers to the area on Saturday, compared with 34 to 90 in previous years.',
      [{ metric: 'deployed', subject: 'law_enforcement', value: 137, asOf: '2022-10-29' }],
      S,
    ],
    ['Share 1,245 | Comments 87', []],
    ['Updated 3 hours ago | 5 min read', []],
    [
      'The fatalities include 3 police officers.',
      [{ metric: 'killed', subject: 'law_enforcement', value: 3 }],
    ],
    [
      'Reuters could not verify the figures, which were provided by the ministry, which said 15 people were killed.',
      [{ metric: 'killed', subject: 'people', value: 15, attribution: ['ministry'] }],
    ],
    [
      'The crowd, estimated by organizers at 500,000, marched peacefully.',
      [
        {
          metric: 'participants',
          subject: 'protesters',
          value: 500000,
          attribution: ['organizers'],
        },
      ],
    ],
    [
      'Witnesses said police shot dead at least three demonstrators and wounded dozens more.',
      [
        {
          metric: 'killed',
          subject: 'protesters',
          value: 3,
          qualifier: 'at_least',
          attribution: ['Witnesses'],
        },
        { metric: 'injured', subject: 'protesters', value: 12, qualifier: 'vague' },
      ],
    ],
    [
      'Two people died on Tuesday and another three on Wednesday.',
      [{ metric: 'killed', subject: 'people', value: 2 }],
    ],
    [
      'The storm left 3,000 people homeless and 12 dead.',
      [
        { metric: 'displaced', subject: 'people', value: 3000 },
        { metric: 'killed', subject: 'people', value: 12 },
      ],
    ],
    [
      'Officials confirmed 7 deaths and 14 injuries.',
      [
        { metric: 'killed', subject: 'people', value: 7 },
        { metric: 'injured', subject: 'people', value: 14 },
      ],
    ],
    [
      'A spokesman for the ministry told AFP that 37 soldiers had died.',
      [
        {
          metric: 'killed',
          subject: 'military',
          value: 37,
          attribution: ['AFP', 'spokesman for the ministry'],
        },
      ],
    ],
    [
      'Police arrested at least 1,000 people in Moscow, according to OVD-Info, a group that monitors arrests.',
      [
        {
          metric: 'detained',
          subject: 'people',
          value: 1000,
          qualifier: 'at_least',
          location: 'Moscow',
          attribution: ['OVD-Info'],
        },
      ],
    ],
    [
      'In all, 1,300 people were detained nationwide.',
      [{ metric: 'detained', subject: 'people', value: 1300, location: 'Iran' }],
      { defaultCountry: 'Iran' },
    ],
    ['There were 50 casualties.', []],
    [
      'Upwards of 300 people were arrested.',
      [
        {
          metric: 'detained',
          subject: 'people',
          value: 300,
          qualifier: 'more_than',
          low: 300,
          high: null,
        },
      ],
    ],
    [
      'As many as 50 people may have died.',
      [{ metric: 'killed', subject: 'people', value: 50, qualifier: 'at_most', low: 0, high: 50 }],
    ],
    [
      'At least a dozen people were hurt.',
      [{ metric: 'injured', subject: 'people', value: 12, qualifier: 'at_least' }],
    ],
    [
      'More than a dozen soldiers were killed.',
      [{ metric: 'killed', subject: 'military', value: 12, qualifier: 'more_than' }],
    ],
    [
      'Nearly two dozen people were detained.',
      [
        {
          metric: 'detained',
          subject: 'people',
          value: 24,
          qualifier: 'approx',
          low: 22,
          high: 24,
        },
      ],
    ],
    [
      'Roughly 3 000 people were displaced.',
      [
        {
          metric: 'displaced',
          subject: 'people',
          value: 3000,
          qualifier: 'approx',
          low: 2700,
          high: 3300,
        },
      ],
    ],
    [
      '200 to 300 people were killed.',
      [
        {
          metric: 'killed',
          subject: 'people',
          value: 200,
          qualifier: 'range',
          low: 200,
          high: 300,
        },
      ],
    ],
    [
      'Fifteen or more people were injured.',
      [
        {
          metric: 'injured',
          subject: 'people',
          value: 15,
          qualifier: 'at_least',
          low: 15,
          high: null,
        },
      ],
    ],
    [
      'The quake killed 1,000-plus people.',
      [{ metric: 'killed', subject: 'people', value: 1000, qualifier: 'more_than' }],
    ],
    ['Officials fear the toll could exceed 10,000.', []],
    [
      'Eight people — including two children — were killed.',
      [
        { metric: 'killed', subject: 'people', value: 8, attribution: [] },
        { metric: 'killed', subject: 'children', value: 2 },
      ],
    ],
    [
      'Police say 3 officers were wounded; 20 protesters were detained.',
      [
        { metric: 'injured', subject: 'law_enforcement', value: 3, attribution: ['Police'] },
        { metric: 'detained', subject: 'protesters', value: 20 },
      ],
    ],
    [
      '"At least 17 people were killed," the governor said in a Telegram post.',
      [{ metric: 'killed', subject: 'people', value: 17, attribution: ['governor'] }],
    ],
    [
      'At least 17 killed, dozens injured in Kyiv strike',
      [
        { metric: 'killed', subject: 'people', value: 17, location: 'Kyiv' },
        { metric: 'injured', subject: 'people', value: 12, qualifier: 'vague', location: 'Kyiv' },
      ],
    ],
    [
      'No one was killed, but 12 people were injured.',
      [{ metric: 'injured', subject: 'people', value: 12 }],
    ],
    [
      'Thousands fled the fighting.',
      [{ metric: 'displaced', subject: 'people', value: 1000, qualifier: 'vague' }],
    ],
    [
      'Tens of thousands rallied in Tbilisi on Sunday.',
      [
        {
          metric: 'participants',
          subject: 'protesters',
          value: 10000,
          qualifier: 'vague',
          location: 'Tbilisi',
        },
      ],
    ],
    [
      'Three more victims succumbed to their injuries, bringing the toll to 41.',
      [{ metric: 'killed', subject: 'people', value: 41 }],
    ],
    [
      'Eleven pilgrims were trampled and 4 drowned in the river.',
      [
        { metric: 'injured', subject: 'people', value: 11 },
        { metric: 'killed', subject: 'people', value: 4 },
      ],
    ],
    [
      'At least 60 people sustained serious injuries.',
      [{ metric: 'injured', subject: 'people', value: 60, qualifier: 'at_least' }],
    ],
    // --- ellipsis, comparisons, responders a verb reaches, subsets a verb reads
    [
      'At least 31 people drowned in Mosul, the governor said on Monday, and nine in Kirkuk.',
      [
        {
          metric: 'killed',
          subject: 'people',
          value: 31,
          qualifier: 'at_least',
          location: 'Mosul',
          attribution: ['governor'],
        },
        {
          metric: 'killed',
          subject: 'people',
          value: 9,
          qualifier: 'exact',
          location: 'Kirkuk',
          attribution: ['governor'],
        },
      ],
    ],
    [
      'Ten soldiers were wounded in the north and three in the south.',
      [
        { metric: 'injured', subject: 'military', value: 10 },
        { metric: 'injured', subject: 'military', value: 3 },
      ],
    ],
    [
      'The agency lowered its toll to 52, down from the 60 given on Friday.',
      [
        { metric: 'killed', subject: 'people', value: 52, attribution: ['agency'] },
        { metric: 'killed', subject: 'people', value: 60 },
      ],
    ],
    [
      'The ministry flew a cargo plane with 20 tonnes of tents and 45 doctors to the quake zone.',
      [{ metric: 'deployed', subject: 'other', value: 45 }],
    ],
    [
      'Some 12,000 people were displaced on the coast, with another 3,400 displaced in other districts.',
      [
        { metric: 'displaced', subject: 'people', value: 12000, qualifier: 'approx' },
        { metric: 'displaced', subject: 'people', value: 3400, qualifier: 'exact' },
      ],
    ],
    [
      'Stewards questioned 40 fans after the match and police arrested 11 of them.',
      [{ metric: 'detained', subject: 'people', value: 11 }],
    ],
    [
      'Officers questioned 40 fans after the match and detained 11 of them.',
      [{ metric: 'detained', subject: 'people', value: 11 }],
    ],
    // --- ages, money, dates and other numbers that are not claims
    ['A 28-year-old man was arrested.', []],
    ['The damage from the riots is estimated at $212 million.', []],
    ['More than 80% of the dead were in their 20s and 30s.', []],
    ['The CSTO acted in accordance with Article 4 of the treaty.', []],
    // --- responders sent to a disaster: rescue, relief and medical teams are `other`
    [
      'Japan has flown in 72 disaster relief specialists.',
      [{ metric: 'deployed', subject: 'other', value: 72, qualifier: 'exact' }],
    ],
    [
      'Some 5,200 search and rescue personnel are now working in the flood zone, the agency said.',
      [
        {
          metric: 'deployed',
          subject: 'other',
          value: 5200,
          qualifier: 'approx',
          attribution: ['agency'],
        },
      ],
    ],
    [
      'About 2,500 foreign rescuers from 40 countries have joined the search.',
      [{ metric: 'deployed', subject: 'other', value: 2500, qualifier: 'approx' }],
    ],
    [
      'A total of 9,800 personnel, including 1,200 paramedics, are taking part in relief operations.',
      [
        { metric: 'deployed', subject: 'other', value: 9800, qualifier: 'exact' },
        { metric: 'deployed', subject: 'other', value: 1200, qualifier: 'exact' },
      ],
    ],
    [
      'The army said it had sent 900 soldiers to the valley.',
      [{ metric: 'deployed', subject: 'military', value: 900, attribution: ['army'] }],
    ],
    // --- homes lost are displacement, not deaths
    [
      'The governor said between 40,000 and 50,000 people had lost their homes.',
      [{ metric: 'displaced', subject: 'people', value: 40000, qualifier: 'range', high: 50000 }],
    ],
    [
      'Nearly 12,000 residents, among them some 3,000 children, were forced from their flooded homes.',
      [
        { metric: 'displaced', subject: 'people', value: 12000, qualifier: 'approx' },
        { metric: 'displaced', subject: 'children', value: 3000, qualifier: 'approx' },
      ],
    ],
    [
      'The cyclone left 4,000 people homeless.',
      [{ metric: 'displaced', subject: 'people', value: 4000 }],
    ],
    // --- toll shapes
    [
      'The toll from the three dam collapses that hit the valley on Aug. 3 has risen to 2,140, officials said.',
      [{ metric: 'killed', subject: 'people', value: 2140, qualifier: 'exact' }],
    ],
    [
      'The quake toll rose to 310 on Friday.',
      [{ metric: 'killed', subject: 'people', value: 310 }],
    ],
    [
      'The number of confirmed deaths has passed 9,000.',
      [{ metric: 'killed', subject: 'people', value: 9000, attribution: [] }],
    ],
    [
      'The Red Cross said the number of missing had reached 2,400.',
      [{ metric: 'missing', subject: 'people', value: 2400, attribution: ['Red Cross'] }],
    ],
    [
      'The deaths bring the combined total to more than 6,000.',
      [{ metric: 'killed', subject: 'people', value: 6000, qualifier: 'more_than' }],
    ],
    [
      'So far 1,250 victims have been buried.',
      [{ metric: 'killed', subject: 'people', value: 1250 }],
    ],
    [
      'The hall was packed with some 3,000 guests.',
      [{ metric: 'participants', subject: 'people', value: 3000, qualifier: 'approx' }],
    ],
    [
      'About 35 police officers, including several senior commanders, have been killed.',
      [{ metric: 'killed', subject: 'law_enforcement', value: 35, qualifier: 'approx' }],
    ],
    [
      'He said 61 people had died and more than 90 others were being treated, 14 of them in critical condition.',
      [
        { metric: 'killed', subject: 'people', value: 61 },
        { metric: 'injured', subject: 'people', value: 90, qualifier: 'more_than' },
      ],
    ],
    // --- not counts of victims: ages, sentences
    [
      'The group documented the deaths of 9 teenagers aged between 14 and 17.',
      [{ metric: 'killed', subject: 'children', value: 9 }],
    ],
    ['The court handed down four death sentences on Monday.', []],
    // --- places and things counted are no head counts
    ['Aid convoys reached 12 provinces on Friday.', []],
    ['The storm cut power to 30 villages in 4 districts.', []],
    ['The Khabar-24 channel showed the images.', []],
    ['It was the first Halloween since the COVID-19 pandemic.', []],
    ['The president imposed a two-week state of emergency.', []],
    ['On January 5, the president accepted the resignation of 12 ministers.', []],
    ['According to the TV channel, one of the victims was beheaded.', []],
    ['Call 9-1-1 if you see him.', []],
    ['For help, call +7 727 250 1234.', []],
    ['The protests began on 2 January 2022.', []],
    ['He was the second person to die.', []],
    ['Demonstrations started on Jan. 2 in the oil-rich region.', []],
    ['The alliance of six ex-Soviet states held talks.', []],
    ['One more person died in hospital on Monday.', []],
    ['An additional 12 people were arrested on Tuesday.', []],
    ['The toll rose by 12 overnight.', []],
    [
      'The 1999 earthquake killed thousands.',
      [{ metric: 'killed', subject: 'people', value: 1000, qualifier: 'vague' }],
    ],
    ['Dozens of ambulances lined the road.', []],
    ['Emergency crews arrived within 15 minutes.', []],
    ['The siren was repeated six times.', []],
    ['Fuel prices doubled to 120 tenge a litre.', []],
    ['Prices rose 20 percent in a week.', []],
    ['She performed CPR on 10 people who were unconscious.', []],
    ['The 7.8-magnitude quake struck at 4:17 a.m.', []],
    ['He spent 20 years in prison.', []],
    ['The F-16 and the Su-25 took off.', []],
    // --- ages set off by commas after a name, age limits, and things counted are no claims
    ['The guard, Tomas Reyes, 51, was injured while holding the gate, the agency said.', []],
    [
      'Two others, Ana Lima, 29, and Joe Park, 63, died of heart attacks.',
      [{ metric: 'killed', subject: 'people', value: 2 }],
    ],
    ['The city has booked about 800 hotel rooms for displaced families.', []],
    ['Several children under 16 were among the evacuees.', []],
    // --- "may" after a figure is the modal, not the month
    [
      'Up to 700 may still be unaccounted for, the mayor said.',
      [{ metric: 'missing', subject: 'people', value: 700, qualifier: 'at_most' }],
    ],
    [
      'As many as 90 people may have died in the slide.',
      [{ metric: 'killed', subject: 'people', value: 90, qualifier: 'at_most' }],
    ],
    ['The ceasefire began on 25 May.', []],
    // --- short headline verbs after a vague amount
    [
      'Storm: dozens hurt',
      [{ metric: 'injured', subject: 'people', value: 12, qualifier: 'vague' }],
    ],
    [
      'Border clashes leave 3 dead, dozens hurt',
      [
        { metric: 'killed', subject: 'people', value: 3 },
        { metric: 'injured', subject: 'people', value: 12, qualifier: 'vague' },
      ],
    ],
    // --- a toll that climbs "past" a figure is above it
    [
      'Flood toll climbs past 1,900',
      [
        {
          metric: 'killed',
          subject: 'people',
          value: 1900,
          qualifier: 'more_than',
          low: 1900,
          high: null,
        },
      ],
    ],
    [
      'By Sunday the death toll had risen past 310.',
      [{ metric: 'killed', subject: 'people', value: 310, qualifier: 'more_than' }],
    ],
    // --- an elliptical figure for another place, with a clause about something else after it
    [
      'The storm killed 40 in the province and 12 in Bangladesh, and the landslide it caused killed 9.',
      [
        { metric: 'killed', subject: 'people', value: 40 },
        { metric: 'killed', subject: 'people', value: 12 },
        { metric: 'killed', subject: 'people', value: 9 },
      ],
    ],
    [
      'Floods killed 70 people in the delta and 15 in Cambodia, while the river kept rising.',
      [
        { metric: 'killed', subject: 'people', value: 70 },
        { metric: 'killed', subject: 'people', value: 15 },
      ],
    ],
    // --- people without a roof: needing shelter, nights in tents or outdoors, leaving a place
    [
      'More than 3,000 people need shelter, officials said.',
      [{ metric: 'displaced', subject: 'people', value: 3000, qualifier: 'more_than' }],
    ],
    [
      'Hundreds of thousands of people have been sleeping outdoors since the tremor.',
      [{ metric: 'displaced', subject: 'people', value: 100000, qualifier: 'vague' }],
    ],
    [
      'Thousands of families spent a third night under tarpaulins.',
      [{ metric: 'displaced', subject: 'people', value: 1000, qualifier: 'vague' }],
    ],
    [
      'Thousands of people have been leaving the valley by road.',
      [{ metric: 'displaced', subject: 'people', value: 1000, qualifier: 'vague' }],
    ],
    // --- forces activated, assisting, answering a call
    [
      'The governor had activated 120 Guard members.',
      [{ metric: 'deployed', subject: 'law_enforcement', value: 120 }],
    ],
    [
      'About 300 members of the state National Guard are assisting police at roadblocks.',
      [{ metric: 'deployed', subject: 'law_enforcement', value: 300, qualifier: 'approx' }],
    ],
    [
      'More than 600 officers from nearby counties answered the call.',
      [{ metric: 'deployed', subject: 'law_enforcement', value: 600, qualifier: 'more_than' }],
    ],
    // --- residents, citizens and villagers are people; civilians and foreigners are civilians
    [
      'Nearly 2,000 displaced residents have moved into motels.',
      [{ metric: 'displaced', subject: 'people', value: 2000, qualifier: 'approx' }],
    ],
    [
      'Soldiers killed 12 civilians at a checkpoint.',
      [{ metric: 'killed', subject: 'civilians', value: 12 }],
    ],
    // --- people driven into the open or trying to get out are displaced
    [
      'Aftershocks drive thousands into the open',
      [{ metric: 'displaced', subject: 'people', value: 1000, qualifier: 'vague' }],
    ],
    [
      'Thousands of people tried to leave at once on the only road out.',
      [{ metric: 'displaced', subject: 'people', value: 1000, qualifier: 'vague' }],
    ],
    ['Officials said he tried to leave with 3 bags.', []],
    // --- the part of a set that has been identified is no count of the set
    ['Only five of the dead have been identified so far.', []],
    ['Nine of the victims have been formally identified, the coroner said.', []],
    // --- a body that has a force in a place: deployed
    [
      'The agency said it had more than 400 federal personnel on the island.',
      [{ metric: 'deployed', subject: 'other', value: 400, qualifier: 'more_than' }],
    ],
    [
      'The army has 2,000 troops in the province.',
      [{ metric: 'deployed', subject: 'military', value: 2000 }],
    ],
    ['The company had 300 staff in the city.', []],
    // --- a force with its strength in apposition
    [
      'The entire state National Guard, about 900 members, had been mobilized.',
      [{ metric: 'deployed', subject: 'law_enforcement', value: 900, qualifier: 'approx' }],
    ],
    ['The reading club, about 200 members, had been mobilized.', []],
    // --- a crowd that numbered so many, that got inside, that entered a building
    [
      'The crowd outside the ministry numbered in the tens of thousands.',
      [{ metric: 'participants', subject: 'people', value: 10000, qualifier: 'vague' }],
    ],
    [
      'At least 1,500 rioters are believed to have got inside.',
      [{ metric: 'participants', subject: 'protesters', value: 1500, qualifier: 'at_least' }],
    ],
    [
      'Between 1,200 and 1,400 people entered the building, investigators said.',
      [
        {
          metric: 'participants',
          subject: 'people',
          value: 1200,
          qualifier: 'range',
          low: 1200,
          high: 1400,
        },
      ],
    ],
  ];
  // one argument per case: jest would take a missing third element for a `done` callback
  it.each(rows.map((r) => ({ name: r[0], row: r })))('$name', ({ row }) =>
    check(row[0], row[1], row[2]),
  );
});

describe('extractClaims: contract', () => {
  it('quotes are exact substrings with offsets', () => {
    const text = 'Intro paragraph.\n\nPolice said 12 people were killed in Almaty on Wednesday.';
    const [c] = extractClaims(text, K);
    expect(text.slice(c.start, c.end)).toBe(c.quote);
    expect(c.quote).toContain('12 people were killed');
  });
  it('asOf falls back to the post time, then the article date', () => {
    expect(extractClaims('12 people were killed.', { publishedAt: '2022-01-06' })[0].asOf).toBe(
      '2022-01-06',
    );
    expect(
      extractClaims('12 people were killed.', {
        publishedAt: '2022-01-06',
        postedAt: '2022-01-05T10:00:00Z',
      })[0].asOf,
    ).toBe('2022-01-05T10:00:00Z');
    expect(extractClaims('12 people were killed.', {})[0].asOf).toBeNull();
  });
  it('an undated text gives no date from a relative phrase, only from a written calendar date', () => {
    const asOf = (text: string) => extractClaims(text, {})[0].asOf;
    expect(
      asOf('A day after the speech, more than a million people took to the streets.'),
    ).toBeNull();
    expect(asOf('The health ministry said Sunday that 12 people were killed.')).toBeNull();
    expect(asOf('On March 23, 2023, police said 80 people were arrested.')).toBe('2023-03-23');
  });
  it('resolves "on Wednesday" against the article date', () => {
    expect(
      extractClaims('Police said 12 people were killed on Wednesday.', {
        publishedAt: '2022-01-06',
      })[0].asOf,
    ).toBe('2022-01-05');
  });
  it('a post author is the outermost source', () => {
    const [c] = extractClaims('The ministry says 40 people were injured.', {
      postAuthor: 'Reuters',
    });
    expect(c.attribution).toEqual(['Reuters', 'ministry']);
  });
  it('falls back to the default country for location', () => {
    const [c] = extractClaims('Nine people were killed.', { defaultCountry: 'Kazakhstan' });
    expect(c.location).toBe('Kazakhstan');
    expect(c.country).toBe('Kazakhstan');
  });
  it('"nationwide" scopes to the country', () => {
    const [c] = extractClaims('Protests spread nationwide and 300 people were detained.', {
      defaultCountry: 'Iran',
    });
    expect(c.location).toBe('Iran');
  });
  it('uses the nearest place in the paragraph', () => {
    const text = 'Violence erupted in Almaty on Wednesday. Police said 40 people were injured.';
    expect(extractClaims(text, K)[0].location).toBe('Almaty');
  });
  it('a city that names the event is the place of figures nothing else scopes', () => {
    const text =
      'The toll from the Aleppo market bombing rose on Sunday.\n\nOfficials said 112 people were wounded and 40 died.';
    expect(extractClaims(text, { defaultCountry: 'Syria' }).map((c) => c.location)).toEqual([
      'Aleppo',
      'Aleppo',
    ]);
    // a city merely visited or datelined does not, and an event named by its country has no city
    const wide =
      'The earthquake that struck southern Peru killed 30 people, officials in Lima said.\n\nAt least 200 were injured.';
    expect(extractClaims(wide, { defaultCountry: 'Peru' }).map((c) => c.location)).toEqual([
      'Peru',
      'Peru',
    ]);
  });
  it('of several towns named for the event, the one named so more often than the others is its place', () => {
    const text =
      'Crews fought the Sonoma fire through the night; the smaller Napa fire was contained.\n\nThe Sonoma fire had destroyed 300 homes by Friday.\n\nOfficials said 12 people had died.';
    expect(extractClaims(text, { defaultCountry: 'United States' }).map((c) => c.location)).toEqual(
      ['Sonoma'],
    );
    const even =
      'Crews fought the Sonoma fire; the Napa fire spread.\n\nOfficials said 12 people had died.';
    expect(extractClaims(even, { defaultCountry: 'United States' }).map((c) => c.location)).toEqual(
      ['United States'],
    );
  });
  it('a superlative\'s frame and a dated earlier event are no scope; "razed much of X" names the event', () => {
    const text =
      'At least 40 people died in the blaze that razed much of Sonoma, the deadliest fire in California since a 1991 blaze killed 25 in Oakland.';
    expect(
      extractClaims(text, { defaultCountry: 'United States' }).map((c) => [c.value, c.location]),
    ).toEqual([[40, 'Sonoma']]);
  });
  it('"the X Valley" is a place in X, not a surname after a town', () => {
    const [c] = extractClaims('At least 40 people died in the Fergana Valley, officials said.', {
      defaultCountry: 'Uzbekistan',
    });
    expect(c.location).toBe('Fergana');
  });
  it('an institution\'s seat is no scope; "In X," opening a sentence frames it', () => {
    const [c] = extractClaims(
      'In neighbouring Moldova, the toll rose to 12, according to the government in Chisinau.',
      { defaultCountry: 'Ukraine' },
    );
    expect([c.metric, c.value, c.location, c.attribution]).toEqual([
      'killed',
      12,
      'Moldova',
      ['government'],
    ]);
    const [d] = extractClaims(
      'Rights groups said 40 people had been detained. A reporter based in Tehran confirmed the arrests.',
      { defaultCountry: 'Iran' },
    );
    expect(d.location).toBe('Iran');
  });
  it("a place in a list is not the scope; the list's country is", () => {
    const [c] = extractClaims(
      'The ministry said 90 people were injured in the provinces of Hama, Homs and Idlib.',
      { defaultCountry: 'Turkey' },
    );
    expect(c.location).toBe('Syria');
  });
  it('in an event spanning countries, a sentence naming one of them speaks about it', () => {
    const text =
      'Storm floods hit Libya and Egypt this week.\n\nEgyptian state media said 14 people had died. Libyan officials said 60 were missing.';
    expect(
      extractClaims(text, { defaultCountry: 'Libya' }).map((c) => [c.value, c.location]),
    ).toEqual([
      [14, 'Egypt'],
      [60, 'Libya'],
    ]);
  });
  it('a role-only source takes the name the next sentence introduces', () => {
    const text =
      'A top law-enforcement official said Saturday that 225 people died.\n\nSerik Shalabayev, head of the prosecution service, said 19 police officers were among the dead.';
    expect(extractClaims(text, K).map((c) => c.attribution)).toEqual([
      ['Serik Shalabayev'],
      ['Serik Shalabayev'],
    ]);
  });
  it('a post ending "– ministry" names the source; hashtags are places', () => {
    const claims = extractClaims(
      'BREAKING: 8 police killed, 317 injured in #Almaty clashes – ministry',
      { postAuthor: 'disclosetv', defaultCountry: 'Kazakhstan' },
    );
    expect(claims.map((c) => [c.metric, c.subject, c.value, c.location, c.attribution])).toEqual([
      ['killed', 'law_enforcement', 8, 'Almaty', ['disclosetv', 'ministry']],
      ['injured', 'law_enforcement', 317, 'Almaty', ['disclosetv', 'ministry']],
    ]);
  });
  it('a trailing verb that reports nothing is no source', () => {
    const [c] = extractClaims(
      'The bloc sent over 2,000 troops last week, and on Tuesday Tokayev declared their mission complete.',
      K,
    );
    expect(c.attribution).toEqual([]);
  });
  it('empty and non-text input give no claims', () => {
    expect(extractClaims('', {})).toEqual([]);
    expect(extractClaims('   \n\n ', {})).toEqual([]);
    expect(extractClaims(undefined as unknown as string, {})).toEqual([]);
  });
});

describe('extractClaims: who said it (newswire attribution)', () => {
  const rows: Row[] = [
    // --- a body described first is named by the sentence that follows
    [
      'Soldiers killed 40 people in the valley on Friday, a local rights monitoring group said. The Valley Human Rights Network (VHRN) said on Saturday that the toll could rise.',
      [
        {
          metric: 'killed',
          subject: 'people',
          value: 40,
          attribution: ['Valley Human Rights Network (VHRN)'],
        },
      ],
    ],
    [
      "Police shot dead 12 marchers, a lawyers' body said on Feb. 2. The Northern Bar Association, which has observers in the city, said it would publish names.",
      [
        {
          metric: 'killed',
          subject: 'protesters',
          value: 12,
          attribution: ['Northern Bar Association'],
        },
      ],
    ],
    // --- clause debris is never a source
    [
      'At a briefing in the capital on Monday, army spokesman Colonel Ravi Menon gave a lower figure, saying 180 people had died.',
      [
        {
          metric: 'killed',
          subject: 'people',
          value: 180,
          attribution: ['army spokesman Colonel Ravi Menon'],
        },
      ],
    ],
    [
      'The relief office gave its own figure, saying it had received credible reports that 95 people were killed.',
      [{ metric: 'killed', subject: 'people', value: 95, attribution: ['relief office'] }],
    ],
    [
      'A clip posted on Sunday and viewed more than 3 million times claimed that 9,000 people had died.',
      [{ metric: 'killed', subject: 'people', value: 9000, attribution: ['clip'] }],
    ],
    [
      'The bar association said it knew of 25 people who had been abducted, some of whom were later released.',
      [{ metric: 'missing', subject: 'people', value: 25, attribution: ['bar association'] }],
    ],
    // --- "X said, citing Y" / "X, citing Y, said": the outer source stays first
    [
      'The state broadcaster said, citing the civil defence directorate, that 9 people had died.',
      [
        {
          metric: 'killed',
          subject: 'people',
          value: 9,
          attribution: ['state broadcaster', 'civil defence directorate'],
        },
      ],
    ],
    [
      'The regional office has raised the toll from the landslide in the northern hills to 212, citing the provincial health department.',
      [
        {
          metric: 'killed',
          subject: 'people',
          value: 212,
          attribution: ['regional office', 'provincial health department'],
        },
      ],
    ],
    [
      'The regional governor, quoted by the Interfax news agency, said 23 people had died.',
      [
        {
          metric: 'killed',
          subject: 'people',
          value: 23,
          attribution: ['Interfax', 'regional governor'],
        },
      ],
    ],
    [
      'At least 150 people have been killed, according to a Reuters tally based on hospital records.',
      [{ metric: 'killed', subject: 'people', value: 150, attribution: ['Reuters'] }],
    ],
    [
      'Local media, citing hospital sources, said 31 people were injured.',
      [
        {
          metric: 'injured',
          subject: 'people',
          value: 31,
          attribution: ['Local media', 'hospital sources'],
        },
      ],
    ],
    [
      'The Vesti news channel reported, citing a provincial spokesman, that 14 people had been killed.',
      [
        {
          metric: 'killed',
          subject: 'people',
          value: 14,
          attribution: ['Vesti', 'provincial spokesman'],
        },
      ],
    ],
    [
      'The Xinhua news agency reported, quoting local officials, that 33 people were missing.',
      [
        {
          metric: 'missing',
          subject: 'people',
          value: 33,
          attribution: ['Xinhua', 'local officials'],
        },
      ],
    ],
    // --- "Y told X": Y is the source; reporters, a news conference or a broadcaster are the audience
    [
      'Maria Lopez, a spokeswoman for the fire service, told reporters that 23 people had died.',
      [{ metric: 'killed', subject: 'people', value: 23, attribution: ['Maria Lopez'] }],
    ],
    [
      'Omar Haddad, spokesman for the coastal army command, told a news conference late on Sunday that more than 700 people had been killed.',
      [{ metric: 'killed', subject: 'people', value: 700, attribution: ['Omar Haddad'] }],
    ],
    [
      'The deputy health minister told a news conference on Tuesday that 410 people were being treated in hospital.',
      [
        {
          metric: 'injured',
          subject: 'people',
          value: 410,
          attribution: ['deputy health minister'],
        },
      ],
    ],
    [
      'Juan Perez, head of the Global Federation of Mountain and Cave Rescue Teams (GFMCRT) mission in Peru, told state television that 60 climbers were missing.',
      [{ metric: 'missing', subject: 'people', value: 60, attribution: ['Juan Perez'] }],
    ],
    // --- "in a post on <platform>, Y said": the platform is no source
    [
      'In a post on Telegram, the regional governor said 11 people had been killed.',
      [{ metric: 'killed', subject: 'people', value: 11, attribution: ['regional governor'] }],
    ],
    [
      'In a Facebook post, the city mayor said 200 residents had been evacuated.',
      [{ metric: 'displaced', subject: 'people', value: 200, attribution: ['city mayor'] }],
    ],
    [
      'Writing on X, the interior minister said 35 officers had been injured.',
      [
        {
          metric: 'injured',
          subject: 'law_enforcement',
          value: 35,
          attribution: ['interior minister'],
        },
      ],
    ],
    // --- a source closing a sentence that opens with a long toll phrase
    [
      'The toll from the floods that swept through the three northern provinces on Monday has climbed to 3,120, Prime Minister Ana Costa said on Wednesday.',
      [
        {
          metric: 'killed',
          subject: 'people',
          value: 3120,
          attribution: ['Prime Minister Ana Costa'],
        },
      ],
    ],
    [
      'The number of people killed in the twin blasts at the fuel depot rose to 57, Governor Ivan Petrenko said on Thursday during a visit to the site.',
      [{ metric: 'killed', subject: 'people', value: 57, attribution: ['Governor Ivan Petrenko'] }],
    ],
    [
      'Erdem said 2,400 people had been injured.',
      [{ metric: 'injured', subject: 'people', value: 2400, attribution: ['Erdem'] }],
    ],
    // --- a full name with its acronym stays whole; an acronym alone is fine
    [
      'The National Disaster and Relief Management Agency (NDRMA) said 1,200 people had been displaced.',
      [
        {
          metric: 'displaced',
          subject: 'people',
          value: 1200,
          attribution: ['National Disaster and Relief Management Agency (NDRMA)'],
        },
      ],
    ],
    [
      'North: 4,010 dead (NDMA). South: 2,300 dead (OCHA).',
      [
        { metric: 'killed', subject: 'people', value: 4010, attribution: ['NDMA'] },
        { metric: 'killed', subject: 'people', value: 2300, attribution: ['OCHA'] },
      ],
    ],
    [
      'At least 40 dead, per the coast guard.',
      [{ metric: 'killed', subject: 'people', value: 40, attribution: ['coast guard'] }],
    ],
    // --- junk that is no source: relative clauses, statements, pronouns without an antecedent
    [
      'At least 26 people were killed, the Valley Doctors Network, a medical group that tracks casualties, said.',
      [{ metric: 'killed', subject: 'people', value: 26, attribution: ['Valley Doctors Network'] }],
    ],
    [
      'Speaking in Geneva, WHO spokesman Tarik Jasarevic said 2,000 people were missing.',
      [
        {
          metric: 'missing',
          subject: 'people',
          value: 2000,
          attribution: ['WHO spokesman Tarik Jasarevic'],
        },
      ],
    ],
    [
      'Fire service: 23 dead, 140 injured',
      [
        { metric: 'killed', subject: 'people', value: 23, attribution: ['Fire service'] },
        { metric: 'injured', subject: 'people', value: 140, attribution: ['Fire service'] },
      ],
    ],
    [
      'Latest: 40 killed in market blast',
      [{ metric: 'killed', subject: 'people', value: 40, attribution: [] }],
    ],
    [
      'Witnesses counted 90 bodies, but the army put the figure at 35.',
      [
        { metric: 'killed', subject: 'people', value: 90, attribution: ['Witnesses'] },
        { metric: 'killed', subject: 'people', value: 35, attribution: ['army'] },
      ],
    ],
    [
      "At least 1,900 people have died, according to the civil defence agency's latest figures.",
      [{ metric: 'killed', subject: 'people', value: 1900, attribution: ['civil defence agency'] }],
    ],
    [
      'The toll rose to 61, according to official figures cited by state radio.',
      [{ metric: 'killed', subject: 'people', value: 61, attribution: ['state radio'] }],
    ],
    [
      'Two children were among the dead, hospital staff told The Evening Standard.',
      [{ metric: 'killed', subject: 'children', value: 2, attribution: ['hospital staff'] }],
    ],
    [
      'Death toll now 1,500 per the disaster agency. Stay safe.',
      [{ metric: 'killed', subject: 'people', value: 1500, attribution: ['disaster agency'] }],
    ],
    [
      'Quake death toll: 2,310 (Civil Defence)',
      [{ metric: 'killed', subject: 'people', value: 2310, attribution: ['Civil Defence'] }],
    ],
    [
      'Aid of $40 per person was handed out; 12 people died per the health office.',
      [{ metric: 'killed', subject: 'people', value: 12, attribution: ['health office'] }],
    ],
    [
      'The commission, which is chaired by the deputy prime minister, said 48 people had died.',
      [{ metric: 'killed', subject: 'people', value: 48, attribution: ['commission'] }],
    ],
    [
      'The agency said in a statement that 75 people were missing.',
      [{ metric: 'missing', subject: 'people', value: 75, attribution: ['agency'] }],
    ],
    [
      'They said 19 people were arrested.',
      [{ metric: 'detained', subject: 'people', value: 19, attribution: [] }],
    ],
    // --- figures, data, estimates, tolls
    [
      'More than 5,000 people have fled their homes, according to figures from the UN refugee agency.',
      [{ metric: 'displaced', subject: 'people', value: 5000, attribution: ['UN refugee agency'] }],
    ],
    [
      'Data from the health ministry showed 1,874 people had been hospitalised.',
      [{ metric: 'injured', subject: 'people', value: 1874, attribution: ['health ministry'] }],
    ],
    [
      'The Red Crescent estimated that 20,000 people were homeless.',
      [{ metric: 'displaced', subject: 'people', value: 20000, attribution: ['Red Crescent'] }],
    ],
    [
      'The coastguard put the toll at 96.',
      [{ metric: 'killed', subject: 'people', value: 96, attribution: ['coastguard'] }],
    ],
    [
      'State media reported that 14 people had drowned.',
      [{ metric: 'killed', subject: 'people', value: 14, attribution: ['State media'] }],
    ],
    [
      'The health ministry on Friday revised the toll down to 88.',
      [{ metric: 'killed', subject: 'people', value: 88, attribution: ['health ministry'] }],
    ],
    [
      'Activists have documented at least 290 deaths in the crackdown.',
      [{ metric: 'killed', subject: 'people', value: 290, attribution: ['Activists'] }],
    ],
    [
      'The figure is far below the 600 deaths cited by rights groups.',
      [{ metric: 'killed', subject: 'people', value: 600, attribution: ['rights groups'] }],
    ],
    [
      'Police revised the toll to 61, down from 75 deaths announced by the mayor.',
      [
        { metric: 'killed', subject: 'people', value: 61, attribution: ['Police'] },
        { metric: 'killed', subject: 'people', value: 75, attribution: ['mayor'] },
      ],
    ],
    // --- a second verb shares its subject: "X puts … and says …"
    [
      'The monitoring group puts the number of arrests at 9,400 and says 210 protesters have been killed.',
      [
        { metric: 'detained', subject: 'people', value: 9400, attribution: ['monitoring group'] },
        { metric: 'killed', subject: 'protesters', value: 210, attribution: ['monitoring group'] },
      ],
    ],
    // --- an actor's own count: an agency sending staff, an authority holding people
    [
      "Norway's NOREPS agency has sent 35 rescue specialists.",
      [{ metric: 'deployed', subject: 'other', value: 35, attribution: ["Norway's NOREPS"] }],
    ],
    [
      'Twelve officials have been detained by the public prosecutor.',
      [{ metric: 'detained', subject: 'people', value: 12, attribution: ['public prosecutor'] }],
    ],
  ];
  it.each(rows.map((r) => ({ name: r[0], row: r })))('$name', ({ row }) =>
    check(row[0], row[1], row[2]),
  );

  it('"it" and "its" refer back to the last organisation that spoke', () => {
    const text =
      'The monitor, a network of activists, says 310 people have died. It says 12,000 people have been detained.\n\nThe aid agency said the situation was dire. Its director, Lena Moor, told local radio that 70 volunteers had been injured.';
    expect(extractClaims(text, N).map((c) => [c.value, c.attribution])).toEqual([
      [310, ['monitor']],
      [12000, ['monitor']],
      [70, ['aid agency', 'Lena Moor']],
    ]);
  });
  it('a headline figure takes the source the body gives the same figure', () => {
    const text =
      'Nine killed in market blast\n\nNine people were killed in the blast on Monday, police said. Rescuers said 30 were hurt.';
    expect(extractClaims(text, N).map((c) => [c.value, c.attribution])).toEqual([
      [9, ['police']],
      [9, ['police']],
      [30, ['Rescuers']],
    ]);
  });
  it('an unnamed group takes the name the next sentence gives it', () => {
    const text =
      'At least 90 people have been killed in the crackdown, a rights group said on Friday.\n\nThe London-based group Justice Watch said 12 children were among the dead.';
    expect(extractClaims(text, N).map((c) => [c.value, c.attribution])).toEqual([
      [90, ['Justice Watch']],
      [12, ['London-based group Justice Watch']],
    ]);
  });
  it('a sentence without a source continues the report before it in the paragraph; "The figure" reaches back a paragraph', () => {
    const text =
      'The ministry said 44 people were killed on Sunday. Another province accounts for 12 of the deaths.\n\nThe figure is up from 30 deaths a day earlier.';
    expect(extractClaims(text, N).map((c) => [c.value, c.attribution])).toEqual([
      [44, ['ministry']],
      [12, ['ministry']],
      [30, ['ministry']],
    ]);
  });
});

// Shapes an independently annotated set of articles showed the rules missing: earlier totals and
// movement, elliptical lists, denominators, money, negated figures, abductions, and more verbs.
describe('extractClaims: earlier totals, movement and other phrasings', () => {
  const P: ExtractionContext = { publishedAt: '2021-04-10', defaultCountry: null };
  const KE: ExtractionContext = { publishedAt: '2024-06-27', defaultCountry: 'Kenya' };
  const rows: Row[] = [
    // earlier totals and movement
    [
      'Sixty people are now held in police custody, up from 41 on Friday.',
      [
        { metric: 'detained', subject: 'people', value: 60 },
        { metric: 'detained', subject: 'people', value: 41 },
      ],
    ],
    [
      'On Friday the agency counted 610 dead; on Saturday it rose to 744.',
      [
        { metric: 'killed', subject: 'people', value: 610 },
        { metric: 'killed', subject: 'people', value: 744 },
      ],
    ],
    [
      'The health office revised the toll to 180. The earlier figure was 212.',
      [
        { metric: 'killed', subject: 'people', value: 180 },
        { metric: 'killed', subject: 'people', value: 212 },
      ],
    ],
    [
      'The embassy said the number of tourists killed had risen to 19.',
      [{ metric: 'killed', subject: 'civilians', value: 19 }],
    ],
    // phrasings
    [
      'The court was told that 1,480 people were in detention.',
      [{ metric: 'detained', subject: 'people', value: 1480 }],
    ],
    [
      'Activists say 902 are currently under detention.',
      [{ metric: 'detained', subject: 'people', value: 902 }],
    ],
    [
      'Press freedom groups put the number of reporters detained at 31.',
      [{ metric: 'detained', subject: 'journalists', value: 31 }],
    ],
    [
      'The agency said it had dispatched a team of 45 to the valley.',
      [{ metric: 'deployed', subject: 'other', value: 45 }],
    ],
    [
      'The watchdog opened an inquiry into the fatal shooting of at least 9 people by police.',
      [{ metric: 'killed', subject: 'people', value: 9, qualifier: 'at_least' }],
    ],
    [
      'Monitors documented the killings of 14 villagers.',
      [{ metric: 'killed', subject: 'people', value: 14 }],
    ],
    [
      'State radio reported that one soldier had been killed near the border.',
      [{ metric: 'killed', subject: 'military', value: 1 }],
    ],
    [
      'The union said that one photographer had been arrested.',
      [{ metric: 'detained', subject: 'journalists', value: 1 }],
    ],
    [
      'The general strike brought tens of thousands of people onto the streets.',
      [{ metric: 'participants', subject: 'protesters', value: 10000, qualifier: 'vague' }],
    ],
    // missing: disappearances and abductions
    [
      'The commission recorded 17 cases of enforced disappearances.',
      [{ metric: 'missing', subject: 'people', value: 17 }],
    ],
    [
      'Lawyers said more than 30 people had been abducted by men in plain clothes.',
      [{ metric: 'missing', subject: 'people', value: 30, qualifier: 'more_than' }],
    ],
    [
      'Relatives say 12 people were taken from their homes at night.',
      [{ metric: 'missing', subject: 'people', value: 12 }],
    ],
    [
      'Gunmen killed 20 people and about 90 were taken hostage.',
      [{ metric: 'killed', subject: 'people', value: 20 }],
    ],
    // elliptical lists and place labels scope each figure
    [
      'Kisumu county accounted for 40 of the deaths, followed by Nakuru with 12, Eldoret with 9 and Mombasa with 3.',
      [
        { metric: 'killed', subject: 'people', value: 40, location: 'Kisumu' },
        { metric: 'killed', subject: 'people', value: 12, location: 'Nakuru' },
        { metric: 'killed', subject: 'people', value: 9, location: 'Eldoret' },
        { metric: 'killed', subject: 'people', value: 3, location: 'Mombasa' },
      ],
      KE,
    ],
    [
      "By the monitor's tally, Mombasa accounted for 11 of the dead.",
      [{ metric: 'killed', subject: 'people', value: 11, location: 'Mombasa' }],
      KE,
    ],
    [
      'Nakuru: 6 deaths, 40 injuries.',
      [
        { metric: 'killed', subject: 'people', value: 6, location: 'Nakuru' },
        { metric: 'injured', subject: 'people', value: 40, location: 'Nakuru' },
      ],
      KE,
    ],
    [
      'KISUMU: Police said 14 people were arrested in Nakuru overnight.',
      [{ metric: 'detained', subject: 'people', value: 14, location: 'Nakuru' }],
      KE,
    ],
    // a place named only in a historical aside is not what the text is about
    [
      'Floods have killed at least 70 people across the country, officials said.\nIt was the worst disaster since 1998, when floods near Mombasa killed hundreds.',
      [{ metric: 'killed', subject: 'people', value: 70, location: 'Kenya' }],
      KE,
    ],
    [
      'Rescuers have pulled 52 bodies from the rubble.\nThe last quake of this size, the 2009 Eldoret quake, was far weaker.',
      [{ metric: 'killed', subject: 'people', value: 52, location: 'Kenya' }],
      KE,
    ],
    [
      "Guards said one officer was wounded in Nakuru's eastern district.",
      [{ metric: 'injured', subject: 'law_enforcement', value: 1, location: 'Nakuru' }],
      KE,
    ],
    [
      'Most deaths were in Kisumu county, where 31 people were killed, and in Nakuru, where 12 died.',
      [
        { metric: 'killed', subject: 'people', value: 31, location: 'Kisumu' },
        { metric: 'killed', subject: 'people', value: 12, location: 'Nakuru' },
      ],
      KE,
    ],
    [
      'Police said they had detained 45 people, of whom 20 had since been released.',
      [{ metric: 'detained', subject: 'people', value: 45 }],
      KE,
    ],
    [
      'Of the 300 injured, 120 have been discharged.',
      [{ metric: 'injured', subject: 'people', value: 300 }],
      KE,
    ],
    [
      'Monitors said at least 25 of the dead were in Kisumu alone, where soldiers fired on crowds.',
      [{ metric: 'killed', subject: 'people', value: 25, qualifier: 'at_least' }],
      KE,
    ],
    [
      'The embassy said the number of tourists killed had risen to 9, with 4 still missing.',
      [
        { metric: 'killed', subject: 'civilians', value: 9 },
        { metric: 'missing', subject: 'civilians', value: 4 },
      ],
      KE,
    ],
    [
      'The revised toll of 140 includes at least 12 foreign nationals.',
      [
        { metric: 'killed', subject: 'people', value: 140 },
        { metric: 'killed', subject: 'civilians', value: 12, qualifier: 'at_least' },
      ],
      KE,
    ],
    [
      'The hospital said 85 patients had been admitted with gunshot wounds.',
      [{ metric: 'injured', subject: 'people', value: 85 }],
      KE,
    ],
    // the one city a text names, supported by its region's mentions, is its focus
    [
      'Floods swept through Surabaya on Monday night.\nThe governor of East Java said 14 people had died.\nIndonesia has seen heavy rains all month, and officials in East Java expect more.',
      [{ metric: 'killed', subject: 'people', value: 14, location: 'Surabaya' }],
      { publishedAt: '2024-01-10', defaultCountry: 'Indonesia' },
    ],
    [
      'The border guard service said 9 of its officers were injured in the ambush.',
      [{ metric: 'injured', subject: 'law_enforcement', value: 9 }],
      KE,
    ],
    [
      'A naval patrol boat was hit and 6 of its crew were wounded, the coast command said.',
      [{ metric: 'injured', subject: 'military', value: 6 }],
      KE,
    ],
    [
      "The journalists' union said 3 of its members were detained overnight.",
      [{ metric: 'detained', subject: 'journalists', value: 3 }],
      KE,
    ],
    [
      'Families were still searching for about 20 relatives after the landslide.',
      [{ metric: 'missing', subject: 'people', value: 20, qualifier: 'approx' }],
      KE,
    ],
    [
      'Divers are looking for 7 fishermen whose boat capsized.',
      [{ metric: 'missing', subject: 'people', value: 7 }],
      KE,
    ],
    ['Police are looking for 2 suspects.', [], KE],
    // a dated series: every figure is a total of its day
    [
      'From 118 on Friday evening to 164 on Saturday and 201 on Sunday, the count of those killed kept rising.',
      [
        { metric: 'killed', subject: 'people', value: 118 },
        { metric: 'killed', subject: 'people', value: 164 },
        { metric: 'killed', subject: 'people', value: 201 },
      ],
    ],
    [
      'Arrests went from 40 on Monday to 95 on Tuesday, police figures show.',
      [
        { metric: 'detained', subject: 'people', value: 40 },
        { metric: 'detained', subject: 'people', value: 95 },
      ],
    ],
    // a share of a population: the population is no count of the metric
    [
      "Elders said about 60 of the hamlet's 350 residents had died.",
      [{ metric: 'killed', subject: 'people', value: 60, qualifier: 'approx' }],
    ],
    [
      "Some 15 of the settlement's roughly 90 households lost their homes.",
      [{ metric: 'displaced', subject: 'people', value: 15 }],
    ],
    // coordination across a long clause
    [
      'About 4,000 soldiers have been deployed nationwide, together with 350 naval personnel.',
      [
        { metric: 'deployed', subject: 'military', value: 4000 },
        { metric: 'deployed', subject: 'military', value: 350 },
      ],
    ],
    // denied or debunked figures are not the text's claims
    ['No, the storm did not kill 3,000 people.', []],
    ['The claim that more than 3,000 people died is false, the agency said.', []],
    [
      'Gender is no role: police shot dead four young men and two women.',
      [
        { metric: 'killed', subject: 'people', value: 4 },
        { metric: 'killed', subject: 'people', value: 2 },
      ],
    ],
    // money is no count
    ['The state will pay Rs 500,000 to the family of each person killed.', []],
    ['Each injured victim is to receive KSh 100,000 in compensation.', []],
    ['Compensation of 2 million kyats was offered for each of the dead.', []],
  ];
  it.each(rows.map((r) => ({ name: r[0], row: r })))('$name', ({ row }) =>
    check(row[0], row[1], row[2] ?? P),
  );
});

describe('extractClaims: crowds in a protest', () => {
  const P: ExtractionContext = { publishedAt: '2024-06-25', defaultCountry: null };
  const rows: Row[] = [
    [
      'Protesters marched on the assembly again. Tens of thousands gathered in the square.',
      [{ metric: 'participants', subject: 'protesters', value: 10000, qualifier: 'vague' }],
    ],
    [
      'The strike shut shops across the city. Organisers said well over 200,000 people were out by noon, and the march kept growing.',
      [{ metric: 'participants', subject: 'protesters', value: 200000, qualifier: 'more_than' }],
    ],
    // a text about a riot and its rioters: the crowd is protesters
    [
      'The riot lasted four hours. Prosecutors say about 1,800 people entered the building, and rioters smashed its doors.',
      [{ metric: 'participants', subject: 'protesters', value: 1800, qualifier: 'approx' }],
    ],
    [
      'Main road right now, over 30,000 of us and still coming #RejectTheTax',
      [{ metric: 'participants', subject: 'protesters', value: 30000, qualifier: 'more_than' }],
    ],
    // a crowd at a festival is people, and no protest makes it protesters
    [
      'Tens of thousands of people flooded the old town for the festival.',
      [{ metric: 'participants', subject: 'people', value: 10000, qualifier: 'vague' }],
    ],
  ];
  it.each(rows.map((r) => ({ name: r[0], row: r })))('$name', ({ row }) =>
    check(row[0], row[1], row[2] ?? P),
  );
});

describe('a failure inside the extractor', () => {
  it('costs the text its claims but is logged with the article and the error', () => {
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = {
      publishedAt: '2022-01-06',
      articleLabel: 'article 42',
      get defaultCountry(): string {
        throw new Error('gazetteer unavailable');
      },
    } satisfies ExtractionContext;
    try {
      expect(extractClaims('At least 12 people were killed in Almaty.', broken)).toEqual([]);
      expect(log).toHaveBeenCalledTimes(1);
      expect(log.mock.calls[0][0]).toContain('article 42');
      expect(log.mock.calls[0][0]).toContain('gazetteer unavailable');
    } finally {
      log.mockRestore();
    }
  });
});

describe('places the data packages lack, and the sea off a place', () => {
  const D: ExtractionContext = { publishedAt: '2024-05-06', defaultCountry: 'Sudan' };
  const I: ExtractionContext = { publishedAt: '2024-05-06', defaultCountry: 'Italy' };
  const M: ExtractionContext = { publishedAt: '2023-09-10', defaultCountry: 'Morocco' };
  const N: ExtractionContext = { publishedAt: '2015-04-27', defaultCountry: 'Nepal' };
  const H: ExtractionContext = { publishedAt: '2023-08-12', defaultCountry: 'United States' };
  it.each([
    ['At least 200 people were killed in Darfur last week.', D, 'killed', 200, 'Darfur'],
    ['Fighting in Darfur has killed 200 people.', D, 'killed', 200, 'Darfur'],
    ['The death toll from the fighting in Darfur has risen to 200.', D, 'killed', 200, 'Darfur'],
    [
      'At least 41 people are missing after a boat sank off Lampedusa.',
      I,
      'missing',
      41,
      'Lampedusa',
    ],
    ['Rescuers are searching for 41 people missing off Lampedusa.', I, 'missing', 41, 'Lampedusa'],
    [
      'Off Lampedusa, 41 people remain unaccounted for after the sinking.',
      I,
      'missing',
      41,
      'Lampedusa',
    ],
    ['In Darfur, 200 people have been killed since Friday.', D, 'killed', 200, 'Darfur'],
    ['At least 542 people died in Al Haouz province.', M, 'killed', 542, 'Al Haouz'],
    ['The quake killed 100 people in Amizmiz, officials said.', M, 'killed', 100, 'Amizmiz'],
    [
      'In Tafeghaghte, 90 people were killed when the village collapsed.',
      M,
      'killed',
      90,
      'Tafeghaghte',
    ],
    ['Twelve people are missing in Moulay Brahim.', M, 'missing', 12, 'Moulay Brahim'],
    ['An avalanche on Mount Everest killed 18 climbers.', N, 'killed', 18, 'Mount Everest'],
    ['At least 1,100 people died in Sindhupalchok district.', N, 'killed', 1100, 'Sindhupalchok'],
    ['In Gorkha, 223 people were killed.', N, 'killed', 223, 'Gorkha'],
    ['The fires displaced 1,400 people on Maui.', H, 'displaced', 1400, 'Maui'],
  ] as const)('%s', (text, ctx, metric, value, location) => {
    const found = extractClaims(text, ctx).find((c) => c.metric === metric && c.value === value);
    expect(found?.location).toBe(location);
  });
});

describe('who said it: allegations, counts that indicate, participles after the counted noun', () => {
  const C: ExtractionContext = { publishedAt: '2024-06-20', defaultCountry: 'Saudi Arabia' };
  it.each([
    [
      'Iranian officials allege that the overall number of deaths is now more than 1,000.',
      1000,
      'Iranian officials',
    ],
    ['Iranian officials alleged that 1,000 people had died.', 1000, 'Iranian officials'],
    ['An AFP count indicates that there have been 645 confirmed deaths to date.', 645, 'AFP'],
    ['A Reuters tally indicated that 645 people had died.', 645, 'Reuters'],
    [
      'According to AFP, the new deaths brought the number of deaths registered in many countries to 577.',
      577,
      'AFP',
    ],
    ['According to AFP, the number of deaths recorded in the country rose to 577.', 577, 'AFP'],
  ] as const)('%s', (text, value, source) => {
    const found = extractClaims(text, C).find((c) => c.metric === 'killed' && c.value === value);
    expect(found?.attribution).toEqual([source]);
  });

  it.each([
    'The death toll rose to 769. Health Minister Khaled al-Falih announced the new figure.',
    'The death toll rose to 769.\n\nHealth Minister Khaled al-Falih announced the new figure, up from 717.',
    'The death toll rose to 769. Health Minister Khaled al-Falih gave the latest toll on Saturday.',
    'The death toll rose to 769.\n\nHealth Minister Khaled al-Falih released the updated figures.',
  ])('a source that announced "the new figure" next: %s', (text) => {
    const found = extractClaims(text, C).find((c) => c.value === 769);
    expect(found?.attribution).toEqual(['Health Minister Khaled al-Falih']);
  });

  it('gives a sentence that opens on "The toll" with its own figure no earlier figures', () => {
    const text =
      'At least 30 people were killed. The toll rose to 40 on Sunday, the ministry said.';
    expect(extractClaims(text, C).find((c) => c.value === 30)?.attribution).toEqual([]);
  });

  it('takes no source from "the alleged attackers"', () => {
    const found = extractClaims('The alleged attackers killed 12 people, police said.', C);
    expect(found.find((c) => c.value === 12)?.attribution).toEqual(['police']);
  });
});

describe('towns the gazetteer lacks, named by their kind', () => {
  const L: ExtractionContext = { publishedAt: '2019-04-25', defaultCountry: 'Sri Lanka' };
  it.each([
    ['Police said 16 people were detained in the eastern town of Kattankudy.', 16, 'Kattankudy'],
    ['In the town of Kattankudy, 16 people were detained.', 16, 'Kattankudy'],
    ['At least 16 suspects were arrested in the coastal village of Palamunai.', 16, 'Palamunai'],
    ['Sixteen people were detained at the village of Palamunai on Thursday.', 16, 'Palamunai'],
  ] as const)('%s', (text, value, location) => {
    expect(extractClaims(text, L).find((c) => c.value === value)?.location).toBe(location);
  });

  it('gives the total no town named in its part', () => {
    const text =
      'Police said 76 people were held, including 16 detained in the town of Kattankudy.';
    const claims = extractClaims(text, L);
    expect(claims.find((c) => c.value === 76)?.location).toBe('Sri Lanka');
    expect(claims.find((c) => c.value === 16)?.location).toBe('Kattankudy');
  });

  it('takes no town from "near the village of …", which locates something else', () => {
    const text = 'The epicentre lay near the village of Ighil. The quake killed 2,000 people.';
    const ctx = { publishedAt: '2023-09-10', defaultCountry: 'Morocco' };
    expect(extractClaims(text, ctx).find((c) => c.value === 2000)?.location).toBe('Morocco');
  });
});

describe('people who left a place are counted by it', () => {
  const H: ExtractionContext = { publishedAt: '2023-08-10', defaultCountry: 'United States' };
  it.each([
    'About 11,000 people had been evacuated from Maui, officials said.',
    'Some 11,000 residents fled from Maui as the fires spread.',
    'More than 11,000 people were displaced from Maui.',
    'At least 11,000 people have been evacuated from Maui since Tuesday.',
  ])('%s', (text) => {
    const found = extractClaims(text, H).find((c) => c.value === 11000);
    expect(found?.location).toBe('Maui');
  });
});

describe('a nationality counts people, it does not place them', () => {
  const S: ExtractionContext = { publishedAt: '2024-06-20', defaultCountry: 'Saudi Arabia' };
  it.each([
    ['Pilgrims died in the heat. At least 323 of the dead were Egyptians, a diplomat said.', 323],
    ['Pilgrims died in the heat. The heat killed 68 Indian pilgrims, a diplomat said.', 68],
    ['Pilgrims died in the heat. Among the dead were 60 Jordanians, officials said.', 60],
    ['Pilgrims died in the heat. Egyptian nationals accounted for 323 of the deaths.', 323],
  ] as const)('%s', (text, value) => {
    const found = extractClaims(text, S).find((c) => c.metric === 'killed' && c.value === value);
    expect(found?.location).toBe('Saudi Arabia');
  });

  it('still reads a country from its officials in an event that spans two countries', () => {
    const text =
      'Earthquakes struck Turkey and Syria on Monday. Syrian state media said 812 people had died.';
    const ctx = { publishedAt: '2023-02-06', defaultCountry: 'Turkey' };
    expect(extractClaims(text, ctx).find((c) => c.value === 812)?.location).toBe('Syria');
  });
});

describe('islands and mountains named with "on", and where a figure was announced', () => {
  const N: ExtractionContext = { publishedAt: '2015-04-27', defaultCountry: 'Nepal' };
  const H: ExtractionContext = { publishedAt: '2023-08-12', defaultCountry: 'United States' };
  const Y: ExtractionContext = { publishedAt: '2021-04-10', defaultCountry: 'Myanmar' };
  it.each([
    [
      'On Mount Everest, an avalanche killed at least 17 climbers.',
      N,
      'killed',
      17,
      'Mount Everest',
    ],
    ['At least 17 climbers were killed on Mount Everest.', N, 'killed', 17, 'Mount Everest'],
    ['On Everest, the avalanche at base camp killed 18 people.', N, 'killed', 18, 'Mount Everest'],
    ['The fires displaced 1,400 people on Maui.', H, 'displaced', 1400, 'Maui'],
    ['On Lesbos, 41 people remain missing.', { defaultCountry: 'Greece' }, 'missing', 41, 'Lesbos'],
    [
      'At a news conference in the capital Naypyitaw, a spokesman said 248 people had died.',
      Y,
      'killed',
      248,
      'Myanmar',
    ],
    [
      'At a press conference in Naypyitaw, the junta said 248 people had died.',
      Y,
      'killed',
      248,
      'Myanmar',
    ],
    [
      'Speaking at a briefing in Naypyitaw, officials said 248 people had died.',
      Y,
      'killed',
      248,
      'Myanmar',
    ],
    ['The junta in Naypyitaw said 248 people had died.', Y, 'killed', 248, 'Myanmar'],
  ] as const)('%s', (text, ctx, metric, value, location) => {
    const found = extractClaims(text, ctx).find((c) => c.metric === metric && c.value === value);
    expect(found?.location).toBe(location);
  });
});

describe('a source named by its acronym', () => {
  it.each([
    'At least 64 people have died of cholera, according to the WHO.',
    'The WHO said 64 people had died of cholera.',
    'According to the WHO, the cholera outbreak has killed 64 people.',
    'The WHO put the cholera death toll at 64.',
  ])('%s', (text) => {
    const found = extractClaims(text, { publishedAt: '2024-05-06' }).find((c) => c.value === 64);
    expect(found?.attribution).toEqual(['WHO']);
  });
});

describe('who said it: noun phrases, not clause debris', () => {
  const C: ExtractionContext = { publishedAt: '2024-03-10' };
  it.each([
    // "states", "reports" counted or named are nouns
    [
      'More than 900 people have been arrested in at least 40 states, Attorney General Pam Rivers said on Monday.',
      900,
      ['Attorney General Pam Rivers'],
    ],
    [
      'The Foreign Office said 12 tourists were among the dead, including visitors from the United States. It said 9 foreigners were still missing.',
      9,
      ['Foreign Office'],
    ],
    // a restrictive relative clause between the speaker and the verb
    [
      'At least 88 of the dead were Tunisians, three officials who handled the repatriation told the agency on Friday.',
      88,
      ['three officials'],
    ],
    // a non-restrictive one, then a day before the verb
    [
      'Morocco, which had earlier reported 9 deaths, on Monday said 27 of its citizens had died.',
      27,
      ['Morocco'],
    ],
    // "they" after a body named in the plural
    [
      'Police said the search would go on overnight.\n\nSo far they have confirmed that 41 people are missing.',
      41,
      ['Police'],
    ],
    // the audience, then the next clause
    [
      'At least 310 of the dead were in the capital, a fire brigade spokesman, Ravi Thapa, told reporters, adding that the count would rise.',
      310,
      ['Ravi Thapa'],
    ],
    // a capitalised adverb that ends a name
    [
      'Troops killed at least 38 people on Sunday, according to the news site Frontier Now.',
      38,
      ['news site Frontier Now'],
    ],
    // a list gives its figures bare; the object follows the new value
    [
      "The county's dashboard, which has lagged behind the briefings, still listed 54 deaths on Friday.",
      54,
      ["county's dashboard"],
    ],
    [
      'The regional police bulletin, last updated at noon, listed a lower figure of 612 deaths.',
      612,
      ['regional police bulletin'],
    ],
    ['Chile, which raised to 14 on Sunday the number of its nationals who died.', 14, ['Chile']],
    [
      'State police said they had arrested 9 people, while the city police put its own total at 31 arrests.',
      31,
      ['city police'],
    ],
    ['The number hurt rose to 420 from 385 recorded on Friday.', 420, []],
    [
      'The Associated Press sent reporters along the route and estimated that about 45,000 people marched.',
      45000,
      ['Associated Press'],
    ],
  ] as const)('%s', (text, value, chain) => {
    const found = extractClaims(text, C).filter((c) => c.value === value);
    expect(found.map((c) => c.attribution)).toEqual([chain]);
  });

  it.each([
    ['Three dead on the coast road per police, more feared trapped.', ['Ana Ruiz', 'police']],
    [
      'Civil defence revises death toll to 61, says some remains were counted twice.',
      ['Ana Ruiz', 'Civil defence'],
    ],
  ] as const)('a post that cites a source: %s', (text, chain) => {
    const found = extractClaims(text, { postedAt: '2024-03-10', postAuthor: 'Ana Ruiz' });
    expect(found.map((c) => c.attribution)).toEqual([chain]);
  });
});

describe('who said it: a label before a colon, and paragraphs that go on with a report', () => {
  const post: ExtractionContext = { postedAt: '2024-03-10', postAuthor: 'Ana Ruiz' };
  it.each([
    [
      'Fire chief Ortega: 17 confirmed dead so far. Around 60 injured, 12 critical. 9 arrested for looting.',
      [17, 60, 9],
      'Fire chief Ortega',
    ],
    ['Update from Ortega: 17 dead, 60 injured.', [17, 60], 'Ortega'],
    ['Regional hospital: 60 injured treated overnight.', [60], 'Regional hospital'],
  ] as const)('a post opening on its source: %s', (text, values, source) => {
    const found = extractClaims(text, post);
    for (const value of values)
      expect(found.find((c) => c.value === value)?.attribution).toEqual(['Ana Ruiz', source]);
  });

  it.each(['Breaking: 17 dead in the blast.', 'Ecuador: 17 dead in the blast.'])(
    'a news label or a place is no source: %s',
    (text) => {
      expect(extractClaims(text, post).map((c) => c.attribution)).toEqual([['Ana Ruiz']]);
    },
  );

  it.each([
    [
      'A chart from the regional daily El Faro shows how a few towns accounted for most deaths.\n\nLorca, for example, saw 31 residents perish on Tuesday.\n\nMeanwhile Totana lost 12 people.',
      [31, 12],
      'regional daily El Faro',
    ],
    [
      'The toll has risen to 412, the BBC reported.\n\nAs well as the fatalities, 390 people were injured.',
      [412, 390],
      'BBC',
    ],
  ] as const)('%s', (text, values, source) => {
    const found = extractClaims(text, { publishedAt: '2024-03-10' });
    for (const value of values)
      expect(found.find((c) => c.value === value)?.attribution).toEqual([source]);
  });

  it('takes "the governor" for the person named last, not a county named since', () => {
    const text =
      'The toll rose to 57, Gov. Ruth Kalani said.\n\nThe first names were released by Kauai County on Monday.\n\nMore than 800 people need shelter, the governor said.';
    const found = extractClaims(text, { publishedAt: '2024-03-10' });
    expect(found.find((c) => c.value === 800)?.attribution).toEqual(['Ruth Kalani']);
  });

  it('takes no source from the paragraph before when the next one opens afresh', () => {
    const text = 'The toll has risen to 412, the BBC reported.\n\nIn Lorca, 31 people died.';
    expect(
      extractClaims(text, { publishedAt: '2024-03-10' }).find((c) => c.value === 31)?.attribution,
    ).toEqual([]);
  });

  it('an agency that now has its staff on the island counts them', () => {
    const found = extractClaims('The coast guard now has more than 400 personnel on the island.', {
      publishedAt: '2024-03-10',
    });
    expect(found.find((c) => c.value === 400)?.attribution).toEqual(['coast guard']);
  });
});

describe('a source is named without the words around it', () => {
  const sources = (text: string) =>
    extractClaims(text, { defaultCountry: 'Guinea', publishedAt: '2024-12-03' }).map(
      (c) => c.attribution,
    );

  it('drops a live blog list marker and an adverb after the name', () => {
    expect(sources('  • The CGT union said 450,000 people marched in Paris.')).toEqual([
      ['CGT union'],
    ]);
    expect(sources('The government has officially confirmed 56 fatalities.')).toEqual([
      ['government'],
    ]);
  });
});

describe('a toll stated with a modal verb', () => {
  it('reads "the number of dead could be around 500"', () => {
    const claims = extractClaims('The number of dead bodies could be around 500, officials said.', {
      defaultCountry: 'Papua New Guinea',
    });
    expect(claims.map((c) => [c.metric, c.value, c.qualifier])).toEqual([
      ['killed', 500, 'approx'],
    ]);
  });
});
