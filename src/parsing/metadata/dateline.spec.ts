import {
  DATELINE_FORMS,
  findCapitalsDateline,
  findCreditAuthors,
  findDateline,
  findLeadPlace,
  parseMetaLine,
} from './dateline';
import { parseArticle } from '../parse-article';

describe('DATELINE_FORMS: each form reads its own examples', () => {
  const examples = DATELINE_FORMS.flatMap((form) =>
    form.examples.map((example) => [form.name, example.text, form, example.place] as const),
  );
  it.each(examples)('%s: %s', (_name, text, form, place) => {
    const m = form.pattern.exec(text);
    expect(m && form.read(m)?.place).toBe(place);
    expect(findDateline(text)?.place).toBe(place);
  });
});

describe('findDateline: agency datelines in mixed case', () => {
  it.each([
    ['Lisbon (AFP) - Firefighters battled three blazes on Sunday.', 'Lisbon'],
    ['Nairobi (Reuters) — The toll rose to 12.', 'Nairobi'],
    ['Manila, Philippines (AP) -- A typhoon slammed the coast.', 'Manila'],
    ['Hamburg (dpa) - Police said 4 people were hurt.', 'Hamburg'],
    ['LIMA (AP) — Protesters blocked roads.', 'Lima'],
  ])('%s', (text, place) => expect(findDateline(text)?.place).toBe(place));

  it.each([
    ['MAKKAH. KAZINFORM: The health minister said 769 pilgrims died.', 'Makkah'],
    ['ST. LOUIS (AP) — Protesters blocked roads.', 'St. Louis'],
    ['NAIROBI. EAW — The toll rose to 12.', 'Nairobi'],
  ])('a full stop after a word ends the place: %s', (text, place) =>
    expect(findDateline(text)?.place).toBe(place),
  );

  it.each([
    ['NEW YORK (AP) — Police said 12 people died.', 'New York'],
    ['NEW DELHI (Reuters) - At least 5 people died.', 'New Delhi'],
    ['NEW ORLEANS, La. (AP) — The water rose overnight.', 'New Orleans'],
  ])('a flag word opens a place the gazetteer knows: %s', (text, place) =>
    expect(findDateline(text)?.place).toBe(place),
  );

  it.each([
    'BREAKING NEWS — 5 people are dead.',
    'NEW: 12 dead in blast',
    'LIVE UPDATES - toll rises',
  ])('a flag word alone is no place: %s', (text) => expect(findDateline(text)).toBeNull());

  it('ignores brackets that are not an agency, or without a dash', () => {
    expect(findDateline('Officials (including 3 ministers) - resigned on Monday.')).toBeNull();
    expect(findDateline('Lisbon (AFP) said firefighters battled three blazes.')).toBeNull();
  });
});

describe('findDateline: wire-copy and local-paper datelines in mixed case', () => {
  it.each([
    ['Lahore (Punjab) [Pakistan], March 8 (ANI): Police said 14 people were hurt.', 'Lahore'],
    ['Kathmandu [Nepal], April 26 (ANI): The toll rose to 1,900.', 'Kathmandu'],
    ['Guwahati (Assam) [India], Aug 14: Floods cut off 300 villages.', 'Guwahati'],
  ])('ANI: place, region and country in brackets: %s', (text, place) =>
    expect(findDateline(text)?.place).toBe(place),
  );

  it.each([
    ['Patna, Jul 2 (PTI) Rescuers pulled 12 bodies from the river on Tuesday.', 'Patna'],
    ['Kochi (Kerala), Aug. 1 (IANS) The toll rose to 93.', 'Kochi'],
    ['Chennai, May 3 (UNI) - Heavy rain flooded 40 streets.', 'Chennai'],
    ['Hathras (UP), Jul 2 (PTI) A stampede killed 116 people.', 'Hathras'],
  ])('PTI and IANS: place, day and agency with or without a dash: %s', (text, place) =>
    expect(findDateline(text)?.place).toBe(place),
  );

  it.each([
    ['Herat, MINA – The death toll from the earthquake rose to 2,000.', 'Herat'],
    ['Tehran, IRNA - Rescuers reached 12 villages.', 'Tehran'],
    ['Kabul, TOLO — Floods swept away 40 houses.', 'Kabul'],
  ])('a known place and its agency in capitals: %s', (text, place) =>
    expect(findDateline(text)?.place).toBe(place),
  );

  it.each([
    ['Balasore, June 4', 'Balasore'],
    ['Cebu, Nov 8', 'Cebu'],
    ['Durban (KwaZulu-Natal), April 12:', 'Durban'],
    ['Valparaíso, Feb. 3 — Fires reached the hills above the port.', 'Valparaíso'],
  ])('place and a day on a line of their own or before a dash: %s', (text, place) =>
    expect(findDateline(text)?.place).toBe(place),
  );

  it.each([
    ['Hathras (Uttar Pradesh): In one of the worst tragedies, 121 people died.', 'Hathras'],
    ['Tapachula (Chiapas): Migrants set out on foot on Sunday.', 'Tapachula'],
    ['Pune (Maharashtra) – Heavy rain flooded low-lying areas.', 'Pune'],
  ])('place and its region in brackets, then a colon or dash: %s', (text, place) =>
    expect(findDateline(text)?.place).toBe(place),
  );

  it.each([
    ['Bengaluru, India - Landslides killed at least 93 people.', 'Bengaluru'],
    ['Quetta, Pakistan – A blast at a market killed 9.', 'Quetta'],
    ['Graz, Austria -- Police detained 40 protesters.', 'Graz'],
    ['Kerrville, Texas — Crews searched the river banks.', 'Kerrville'],
  ])('place, its country or region, then a spaced dash: %s', (text, place) =>
    expect(findDateline(text)?.place).toBe(place),
  );

  it.each([
    ['Khartoum', 'Khartoum'],
    ['Port Moresby', 'Port Moresby'],
    ['Mombasa', 'Mombasa'],
  ])('a city on a line of its own: %s', (text, place) =>
    expect(findDateline(text)?.place).toBe(place),
  );

  it.each([
    'Monday, June 4',
    'Updated, June 4:',
    'Monday, June 4, 2023 – Rescuers searched the hillside.',
    'Friday 16 June 2017 13:23',
    'Kerala',
    'India',
    'World',
    'Kenya, Uganda - Floods killed 200 people across the region.',
    'Smith, Jones - The two officers were suspended.',
    'Warning (graphic): The footage shows the crush.',
    'Officials (Reuters): The toll rose.',
    'Jena said: The official toll is 238.',
    'Officials, NATO – The alliance said 40 troops were sent.',
  ])('no place: %s', (text) => expect(findDateline(text)?.place ?? null).toBeNull());
});

describe('findLeadPlace: "Place. The …" leads', () => {
  const long =
    ' The regional police said on Friday that 14 people had been detained after the clashes near the market.';
  it.each([
    [`Surabaya.${long}`, 'Surabaya'],
    [`**Bandung.**${long}`, 'Bandung'],
    [
      `Nairobi. “We are overwhelmed,” a nurse said as the regional police said 14 people had been detained.`,
      'Nairobi',
    ],
  ])('%s', (text, place) => expect(findLeadPlace(['Short title of the story', text])).toBe(place));

  it.each([
    [`Nairobi —${long}`, 'Nairobi'],
    [
      `Cape Town – A week after the storm, the regional police said 14 people had been detained near the market.`,
      'Cape Town',
    ],
  ])('a place closed by a spaced dash: %s', (text, place) =>
    expect(findLeadPlace([text])).toBe(place),
  );

  it.each([
    [`Port Moresby:${long}`, 'Port Moresby'],
    [`New Delhi:${long}`, 'New Delhi'],
    [`Mecca:${long}`, 'Mecca'],
    [
      `Paiporta: “We lost everything,” a resident said as the regional police said 14 were missing.`,
      'Paiporta',
    ],
  ])('a place closed by a colon: %s', (text, place) => expect(findLeadPlace([text])).toBe(place));

  it.each([
    [`Kandy, Sri Lanka.${long}`, 'Kandy'],
    [`Tapachula, Mexico —${long}`, 'Tapachula'],
    [`Gorakhpur, Uttar Pradesh:${long}`, 'Gorakhpur'],
  ])('a place and its country or region: %s', (text, place) =>
    expect(findLeadPlace([text])).toBe(place),
  );

  it.each([`Kenya, Uganda.${long}`, `Meanwhile, Police.${long}`, `Sadly, Kenya.${long}`])(
    'two countries or no place before the country: %s',
    (text) => expect(findLeadPlace([text])).toBeNull(),
  );

  it.each([
    'Onlookers watch the wreckage lying atop a building on Saturday, two days after the crash. (AP Photo/Jane Roe)',
    'Family members of the victims wait at the civil hospital for the identification process ( IANS )',
    'Rescuers carry a survivor out of the rubble of the collapsed market building on Friday (Reuters)',
  ])('skips a photo caption to find the lead: %s', (caption) =>
    expect(findLeadPlace([caption, `Kochi:${long}`])).toBe('Kochi'),
  );

  it('reads a district as a lead-in place in a text about its country', () => {
    const lead = `Wayanad: The search for the missing continued in the hills of Kerala, India, on Monday.`;
    expect(findLeadPlace([lead])).toBe('Wayanad');
    expect(findLeadPlace([lead.replace('Kerala, India', 'the region')])).toBeNull();
  });

  it.each([
    'Warning',
    'Update',
    'Breaking',
    'Photo',
    'Explainer',
    'Jena said',
    'Indian',
    'Train Crash',
  ])('a lead-in that is no place: "%s:"', (word) =>
    expect(findLeadPlace([`${word}:${long}`])).toBeNull(),
  );

  it('skips a long headline when looking for the lead', () => {
    const title =
      'EXPLAINER | How many people died in the floods this week? Why the official numbers differ so much';
    expect(findLeadPlace([title, `Nairobi —${long}`], title)).toBe('Nairobi');
    expect(findLeadPlace([`Police —${long}`])).toBeNull();
  });

  it('needs a known place that is not a nationality or a common word', () => {
    expect(findLeadPlace([`Meanwhile.${long}`])).toBeNull();
    expect(findLeadPlace([`Police.${long}`])).toBeNull();
    expect(findLeadPlace([`Indonesian.${long}`])).toBeNull();
    expect(findLeadPlace([`Zorblaxville.${long}`])).toBeNull();
  });

  it('looks at the lead paragraph only', () => {
    expect(
      findLeadPlace([
        'The first real paragraph of the story is long enough to be the lead, and it has no dateline.',
        `Surabaya.${long}`,
      ]),
    ).toBeNull();
  });

  it('gives the place of an HTML article whose lead opens with a bold place word', () => {
    const r = parseArticle({
      format: 'html',
      content: `<article><h1>Clashes near market</h1><div class="meta">Staff | May 2, 2024</div>
        <div class="body"><p><strong>Surabaya.</strong>${long}</p><p>More details followed.</p></div></article>`,
    });
    expect(r.article.place).toBe('Surabaya');
  });

  it('gives the place of a plain-text wire story with a mixed-case agency dateline', () => {
    const r = parseArticle({
      format: 'text',
      content: `Blazes rage in the hills\n\nLisbon (AFP) - Firefighters battled three blazes on Sunday, officials said, as 200 people were evacuated.`,
    });
    expect(r.article.place).toBe('Lisbon');
  });
});

describe('findDateline: a byline run into an upper-case dateline', () => {
  it.each([
    ['Priya Raman KANDY, March 3 — Rescuers searched the hillside.', 'Kandy', 'Priya Raman'],
    ['Tomás de la Cruz QUITO March 3, 2021 08:10 local time', 'Quito', 'Tomás de la Cruz'],
  ])('%s', (text, place, author) => {
    const d = findDateline(text);
    expect(d?.place).toBe(place);
    expect(d?.author).toBe(author);
  });

  it('takes the name line above a dateline as the author, and only the place as the place', () => {
    const r = parseArticle({
      format: 'text',
      content:
        'Floods cut off the hill towns\n\nPriya Raman\nKANDY, March 3 — Rescuers searched the hillside on Friday after 12 people were reported missing.',
    });
    expect(r.article.place).toBe('Kandy');
    expect(r.article.author).toBe('Priya Raman');
    expect(r.body).not.toContain('Priya Raman');
    const headline = parseArticle({
      format: 'text',
      content:
        'Kenya Floods Worsen\nNAIROBI, March 3 — Rescuers searched the hillside on Friday after 12 people were reported missing.',
    });
    expect(headline.article.author).toBeNull();
  });
});

describe('findCreditAuthors: wire credit lines at the foot', () => {
  it('takes the reporters, not editors or additional reporting', () => {
    expect(
      findCreditAuthors([
        'Story text.',
        '(Additional reporting by Sam Okoth; Reporting by Grace Wanjiru and Peter Otieno in Kisumu; Editing by Jane Doe)',
      ]),
    ).toEqual(['Grace Wanjiru', 'Peter Otieno']);
    expect(
      findCreditAuthors(['Story text.', 'Writing by Lina Haddad; Editing by Tom Berg']),
    ).toEqual(['Lina Haddad']);
    expect(findCreditAuthors(['Story text.', '(Editing by Tom Berg)'])).toEqual([]);
  });

  it('takes a "By Name" line that closes the story, not a sentence that starts with "By"', () => {
    expect(findCreditAuthors(['Story text.', 'By Naila Huseynova'])).toEqual(['Naila Huseynova']);
    expect(findCreditAuthors(['Story text.', 'By Grace Wanjiru and Peter Otieno'])).toEqual([
      'Grace Wanjiru',
      'Peter Otieno',
    ]);
    expect(findCreditAuthors(['Story text.', 'By Friday the river had fallen.'])).toEqual([]);
  });

  it('gives the article author only when no byline names one', () => {
    const story =
      'Floods cut off the hill towns\n\nKISUMU, March 3 (EAW) - Rescuers searched the hillside on Friday after 12 people were reported missing.\n\n(Reporting by Grace Wanjiru; Editing by Jane Doe)';
    expect(parseArticle({ format: 'text', content: story }).article.author).toBe('Grace Wanjiru');
    expect(
      parseArticle({ format: 'text', content: story.replace('\n\n', '\n\nBy Ali Noor\n\n') })
        .article.author,
    ).toBe('Ali Noor');
  });
});

describe('parseMetaLine: a byline without "By" under the headline', () => {
  it.each([
    ['Tom Ashcroft, Washington', { authors: ['Tom Ashcroft'], place: 'Washington', date: null }],
    [
      'Emily Lo | Matthias Ang | June 10, 2019, 06:24 PM',
      { authors: ['Emily Lo', 'Matthias Ang'], place: null, date: '2019-06-10' },
    ],
    ['Jane Doe · 3 March 2023', { authors: ['Jane Doe'], place: null, date: '2023-03-03' }],
    ['Priya Raman, Kandy', { authors: ['Priya Raman'], place: 'Kandy', date: null }],
    ['Suzanne Simonot |', { authors: ['Suzanne Simonot'], place: null, date: null }],
  ])('%s', (line, expected) => expect(parseMetaLine(line)).toEqual(expected));

  it.each([
    'Priya Raman',
    'New York, Washington',
    'Rescuers Searched The Hillside, Friday',
    'Tom Ashcroft said the police were overwhelmed.',
    'Floods | Kenya | Updated',
    'Floods |',
    '| Priya Raman',
  ])('rejects %s', (line) => expect(parseMetaLine(line)).toBeNull());

  it('gives the author and place of a plain-text story, and keeps the line out of the body', () => {
    const r = parseArticle({
      format: 'text',
      content:
        'Floods cut off the hill towns\n\nPriya Raman, Kandy\nFriday 3 March 2023\n\nRescuers searched the hillside on Friday after 12 people were reported missing.',
    });
    expect([r.article.author, r.article.place, r.article.publishedAt?.slice(0, 10)]).toEqual([
      'Priya Raman',
      'Kandy',
      '2023-03-03',
    ]);
    expect(r.body).not.toContain('Priya Raman');
  });
});

describe('parseArticle: the dateline and byline of plain-text pages', () => {
  const body =
    'The government said on Thursday that 46 people were killed in the raid on the protest camp, while doctors said at least 108 had died.';

  it('takes a lone city line and a lone "place, day" line as the dateline', () => {
    const lone = parseArticle({
      format: 'text',
      content: `Sudan says 46 killed in crackdown\n\nKhartoum\n\n06-June-2019\n\n${body}`,
    });
    expect(lone.article.place).toBe('Khartoum');
    const day = parseArticle({ format: 'text', content: `PTI\n\nBalasore, June 4\n\n${body}` });
    expect(day.article.place).toBe('Balasore');
  });

  it('takes a name line above the date line as the author, not the weekday as a place', () => {
    const r = parseArticle({
      format: 'text',
      content: `Fire toll rises to 30\n\nMay Bulman\nFriday 16 June 2017 13:23\n\n${body}`,
    });
    expect([r.article.author, r.article.place, r.article.publishedAt]).toEqual([
      'May Bulman',
      null,
      '2017-06-16',
    ]);
    expect(r.body).not.toContain('May Bulman');
  });

  it('takes a name closed by a bar under the headline as the author', () => {
    const r = parseArticle({
      format: 'text',
      content: `More than 670 feared dead in landslide\n\nSuzanne Simonot |\n\n${body}`,
    });
    expect(r.article.author).toBe('Suzanne Simonot');
  });
});

describe('a date line that opens with its place', () => {
  it.each([
    ['Morbi (Gujarat), October 31, 2022', 'Morbi', '2022-10-31'],
    ['Guwahati (Assam), 3 July 2024', 'Guwahati', '2024-07-03'],
    ['Kerrville, July 6, 2025', 'Kerrville', '2025-07-06'],
  ])('%s', (line, place, day) => {
    const r = parseArticle({
      format: 'text',
      content: `${line}\n\nThe death toll due to the collapse rose to 41 on Monday, a police official said.`,
    });
    expect([r.article.place, r.article.publishedAt?.slice(0, 10)]).toEqual([place, day]);
  });

  it('reads a bare date line as a date only', () => {
    const r = parseArticle({
      format: 'text',
      content: `Friday 16 June 2017\n\nThe death toll rose to 41 on Monday, a police official said.`,
    });
    expect([r.article.place, r.article.publishedAt?.slice(0, 10)]).toEqual([null, '2017-06-16']);
  });
});

describe('datelines of any script and wire copy run into its dash', () => {
  it.each([
    ['BRASÍLIA – At least 132 people were killed, officials said.', 'Brasília'],
    ['SÃO PAULO (AP) — Police said 40 were detained.', 'São Paulo'],
    ['BOGOTÁ, Colombia — Protesters marched on Friday.', 'Bogotá'],
    ['RIO DE JANEIRO (Reuters) -More than 60 bodies were laid out.', 'Rio de Janeiro'],
    ['LAGOS (Reuters) -Police said 12 were killed.', 'Lagos'],
    ['NEWCASTLE UPON TYNE, England (AP) — Crowds gathered.', 'Newcastle upon Tyne'],
    ['DAR ES SALAAM, Tanzania (AFP) — A building collapsed.', 'Dar es Salaam'],
    ['REGGIO DI CALABRIA, Italy (AP) — Rescuers searched the beach.', 'Reggio di Calabria'],
  ])('%s', (text, place) => expect(findDateline(text)?.place).toBe(place));

  it.each([
    'COVID-19 cases rose again on Friday.',
    'UN -The agency said 12 died.',
    'NATO-led troops left.',
  ])('no dateline: %s', (text) => expect(findDateline(text)).toBeNull());
});

describe('findLeadPlace: a place whose name has lower-case words', () => {
  const long =
    ' After the raid, residents spent the night collecting bodies and laying them in the square.';
  it.each([
    [`Rio de Janeiro:${long}`, 'Rio de Janeiro'],
    [`Port of Spain —${long}`, 'Port of Spain'],
    [`Ciudad del Este.${long}`, 'Ciudad del Este'],
    [`Rio de Janeiro, Brazil —${long}`, 'Rio de Janeiro'],
  ])('%s', (text, place) => expect(findLeadPlace(['A short title', text])).toBe(place));
});

describe('findCapitalsDateline: a dateline in capitals below bullets and photo credits', () => {
  const above = [
    'Bodies Recovered At The Mine',
    '• Volunteers retrieved more bodies',
    '• Authorities expect more',
    '• A seventh body was found',
    'Volunteers at the shaft. Image: @someone',
    'Source: Twitter',
    'Read more: earlier story',
  ];
  it.each([
    ['STILFONTEIN — More bodies were recovered.', 'Stilfontein'],
    ['KLERKSDORP – Rescuers reached the shaft on Monday.', 'Klerksdorp'],
    ['NAIROBI, Kenya — Floods swept the valley.', 'Nairobi'],
  ])('%s', (lead, place) => expect(findCapitalsDateline([...above, lead])).toBe(place));

  it.each([
    'RELATED — Miners trapped underground',
    'WATCH — The rescue at the shaft',
    'Paris — The minister said.',
  ])('no dateline: %s', (lead) => expect(findCapitalsDateline([...above, lead])).toBeNull());

  it('looks no further than the first twelve paragraphs', () => {
    const filler = Array.from({ length: 12 }, (_, i) => `Paragraph ${i} of the story.`);
    expect(findCapitalsDateline([...filler, 'NAIROBI — Floods swept the valley.'])).toBeNull();
  });
});
