// Head and foot credits of real pages the rules were not written from (test/fields-probes 65-111,
// blind6): wire credits at the foot, a writer's biography, a name with the day, section labels.
import {
  bioByline,
  dateOnly,
  findCreditAuthors,
  findDateline,
  findLeadPlace,
  parseMetaLine,
  outletDateLine,
} from './dateline';
import { parseArticle } from '../parse-article';

const text = (lines: string[]) =>
  parseArticle({ format: 'text', content: lines.join('\n') }).article;
const LEAD =
  'At least 12 people were killed when the building collapsed on Saturday, officials said.';

describe('findCreditAuthors: a wire credit on its own line at the foot', () => {
  it.each([
    [
      ['The crash occurred in the valley.', 'Ashwini Bhatia, The Associated Press'],
      'Ashwini Bhatia',
    ],
    [['Rescuers searched overnight.', 'Jane Doe, Reuters', 'Like us on Facebook.'], 'Jane Doe'],
    [
      ['The quakes were shallow.', 'The Associated Press', 'Most Watched Videos'],
      'The Associated Press',
    ],
    [['Rescue teams reached the site.', 'AFP'], 'AFP'],
  ])('%j', (paragraphs, author) => expect(findCreditAuthors(paragraphs)).toEqual([author]));

  it("prefers the writer to the reprinting paper's name below", () =>
    expect(
      findCreditAuthors([
        'The toll rose.',
        'Ashwini Bhatia, The Associated Press',
        'The Canadian Press',
      ]),
    ).toEqual(['Ashwini Bhatia']));

  it('takes no name without an outlet, nor an outlet inside a sentence', () => {
    expect(findCreditAuthors(['The toll rose.', 'Jane Doe, Nairobi'])).toEqual([]);
    expect(findCreditAuthors(['The toll rose, Reuters reported.'])).toEqual([]);
  });

  it('reads a reprint\'s "Article by By" line, without its copyright', () =>
    expect(
      findCreditAuthors([
        'Hours after the quake, rescuers were still at work.',
        'Article by By Mark Stevenson, Christopher Sherman and Peter Orsi (c) Page One News - Read full story here.',
      ]),
    ).toEqual(['Mark Stevenson', 'Christopher Sherman', 'Peter Orsi']));
});

describe("bioByline: the writer's biography in the head", () => {
  it.each([
    [
      'Amos Khaemba, a journalist at TUKO.co.ke, brings over three years of experience.',
      'Amos Khaemba',
    ],
    ['Jane Wanjiru, a senior reporter with the Nation, covers health.', 'Jane Wanjiru'],
    ['Ali Musa, our correspondent in Kano, reports that the market reopened.', 'Ali Musa'],
  ])('%s', (p, name) => expect(bioByline(p)).toBe(name));

  it.each([
    'Police said John Smith, a reporter at the scene, was hurt.',
    'Nairobi, a city of journalists at work, woke up early.',
    'The victims, a journalist at the paper and two others, died.',
  ])('not a biography: %s', (p) => expect(bioByline(p)).toBeNull());

  it('gives the author and keeps the biography out of the body', () => {
    const r = parseArticle({
      format: 'text',
      content: [
        'Four-Storey Building Collapses in Kariakoo Market',
        'Amos Khaemba, a journalist at TUKO.co.ke, brings over three years of experience.',
        `Tanzania - ${LEAD}`,
      ].join('\n'),
    });
    expect(r.article.author).toBe('Amos Khaemba');
    expect(r.article.place).toBe('Tanzania');
    expect(r.body).not.toContain('TUKO.co.ke');
  });
});

describe('parseMetaLine: a name and the day in one part', () => {
  it.each([
    ['Muhammad Irfan 3 minutes ago Mon 15th July 2019 | 02:18 PM', 'Muhammad Irfan', '2019-07-15'],
    ['Jane Doe 12 March 2023', 'Jane Doe', '2023-03-12'],
    ['Amina Yusuf 2 hours ago June 3, 2024 | 10:45 AM', 'Amina Yusuf', '2024-06-03'],
  ])('%s', (line, author, date) =>
    expect(parseMetaLine(line)).toEqual({
      authors: [author],
      place: null,
      date,
    }),
  );

  it.each(['Last Updated 12 March 2023', 'Monday March 6, 2023 | 10:00', 'Friday 8 January 2021'])(
    'a date line names no one: %s',
    (line) => expect(parseMetaLine(line)).toBeNull(),
  );
});

describe('outletDateLine: the page section before the outlet', () => {
  it.each([
    ['World Reuters Nov 03, 2019 02:10:30 IST', 'Reuters', '2019-11-03'],
    ['Asia AFP March 3, 2023', 'AFP', '2023-03-03'],
    ['Reuters | March 3, 2023', 'Reuters', '2023-03-03'],
  ])('%s', (line, author, date) => expect(outletDateLine(line)).toEqual({ author, date }));

  it('a section and an outlet make no dateline', () =>
    expect(findDateline('World Reuters Nov 03, 2019 02:10:30 IST')).toBeNull());

  it('reads the outlet and day under the headline, and the dateline below', () => {
    const a = text([
      'Associate Partner',
      'Hong Kong police fire tear gas to break up park protests',
      'World Reuters Nov 03, 2019 02:10:30 IST',
      'HONG KONG (Reuters) - Hong Kong police fired tear gas to break up protesters in Victoria Park.',
    ]);
    expect([a.title, a.author, a.publishedAt?.slice(0, 10), a.place]).toEqual([
      'Hong Kong police fire tear gas to break up park protests',
      'Reuters',
      '2019-11-03',
      'Hong Kong',
    ]);
  });
});

describe('date lines written year first', () => {
  it.each([
    ['2019/11/14 | 18:15', '2019-11-14'],
    ['2024/01/05', '2024-01-05'],
  ])('%s', (line, day) => expect(dateOnly(line)).toBe(day));

  it('gives the day of a plain-text page', () =>
    expect(text(['2019/11/14 | 18:15', LEAD]).publishedAt?.slice(0, 10)).toBe('2019-11-14'));
});

describe('an advertising slot above the headline', () => {
  it.each(['468x60 General & Logo', '728x90 Leaderboard', '300x250 Ad'])('%s', (slot) =>
    expect(
      text([slot, 'Quake kills more than 220 as buildings crumble in Mexico', LEAD]).title,
    ).toBe('Quake kills more than 220 as buildings crumble in Mexico'),
  );
});

describe('findLeadPlace: what stands above the lead', () => {
  it.each([
    [
      [
        '- Several people were killed after a four-storey building collapsed in the market on Saturday.',
        `Dar es Salaam. ${LEAD}`,
      ],
      'Dar es Salaam',
    ],
    [
      [
        'Villagers affected by the cyclone return to their villages at Chhatrapur in Odisha on Sunday',
        `Bhubaneshwar: ${LEAD} (Latest developments)`,
      ],
      'Bhubaneshwar',
    ],
    [
      [
        'CHECK OUT: Master Copywriting from Anywhere with Our Online Course. Enroll & Get Started Today!',
        `Tanzania - ${LEAD}`,
      ],
      'Tanzania',
    ],
  ])('%j', (paragraphs, place) => expect(findLeadPlace(paragraphs)).toBe(place));

  it("passes over a page's notice to its reader", () =>
    expect(
      findLeadPlace([
        'We’re sorry, this feature is currently unavailable. We’re working to restore it. Please try again later.',
        `Manila: ${LEAD}`,
      ]),
    ).toBe('Manila'));

  it('a lead that closes with a stop is the lead, even without a place', () =>
    expect(findLeadPlace([`${LEAD} More were missing.`, `Surabaya. ${LEAD}`])).toBeNull());
});

describe('datelines of print editions and of the Gulf press', () => {
  it.each([
    ['HUNTINGTON, Utah A cave-in killed three miners.', 'Huntington'],
    ["SANA'A // Yemen's security forces fired tear gas.", "Sana'a"],
    ['DATIYA, India, 4 October 2005 — At least 18 people were killed.', 'Datiya'],
    [
      'Kano, Nigeria, (UrduPoint / Pakistan Point News - APP - 15th Jul, 2019 ) :About 300 gunmen raided a village.',
      'Kano',
    ],
  ])('%s', (p, place) => expect(findDateline(p)?.place).toBe(place));

  it.each([
    'POLICE, Army Chiefs Meet in the capital.',
    'WASHINGTON, Officials Say The plan failed.',
    'Nigeria, Niger (two countries) : The border closed.',
  ])('no dateline: %s', (p) => expect(findDateline(p)).toBeNull());
});

describe('findCreditAuthors: a wire credit run on after the last sentence', () => {
  it.each([
    [
      ['The boat sank.', 'Overcrowding causes most accidents on Nigerian waterways. – Reuters'],
      'Reuters',
    ],
    [['Rescuers searched.', 'In December several people were killed in Volgograd. — AFP'], 'AFP'],
    [['The toll rose.', 'Few Congolese learn how to swim. — (AP)'], 'AP'],
  ])('%j', (paragraphs, author) => expect(findCreditAuthors(paragraphs)).toEqual([author]));

  it('takes no word after a dash that names no outlet', () => {
    expect(findCreditAuthors(['The toll rose.', 'Few learn how to swim. — NNN-AGENCIES'])).toEqual(
      [],
    );
    expect(findCreditAuthors(['The toll rose.', 'It was, he said, a tragedy — Police'])).toEqual(
      [],
    );
  });
});

describe('datelines whose bracketed credit carries the day', () => {
  it.each([
    [
      'MOSCOW (UrduPoint News / Sputnik - 04th April, 2020) One person was killed.',
      'Moscow',
      '2020-04-04',
    ],
    [
      'MOSCOW, (UrduPoint / Pakistan Point News - 20th Sep, 2023 ) :At least four people died.',
      'Moscow',
      '2023-09-20',
    ],
    [
      'Kano, Nigeria, (UrduPoint / Pakistan Point News - APP - 15th Jul, 2019 ) :About 300 gunmen raided it.',
      'Kano',
      '2019-07-15',
    ],
  ])('%s', (p, place, date) => expect(findDateline(p)).toEqual({ place, date, author: null }));

  it('gives the day of a plain-text page', () =>
    expect(
      text([
        'MOSCOW, (UrduPoint / Pakistan Point News - 20th Sep, 2023 ) :At least four people died.',
        LEAD,
      ]).publishedAt,
    ).toBe('2023-09-20'));
});

describe('the headline below a logo, a captioned photo or a breadcrumb that ends with it', () => {
  it.each([
    [
      ['FE Today Logo', 'Kids among 17 killed in US plane crash', LEAD],
      'Kids among 17 killed in US plane crash',
    ],
    [['Site logo', 'Floods kill 12 in the north', LEAD], 'Floods kill 12 in the north'],
    [
      [
        'Democratic Republic of Congo, Kivu Lake. (Photo by: Hermes Images/AGF/UIG via Getty Images)',
        'Boat Capsizes on Lake Kivu',
        LEAD,
      ],
      'Boat Capsizes on Lake Kivu',
    ],
    [
      ['Rescuers at the site (Photo: AFP)', 'Twelve die as mine floods', LEAD],
      'Twelve die as mine floods',
    ],
    [
      [
        'You are here',
        'Home > World (International) > Gas explosion kills seven in Russia',
        'Gas explosion kills seven in Russia',
        LEAD,
      ],
      'Gas explosion kills seven in Russia',
    ],
    [
      [
        'आप यहाँ पर हैं',
        'होम > दुनिया > Gas explosion kills seven in Russia',
        'Gas explosion kills seven in Russia',
        LEAD,
      ],
      'Gas explosion kills seven in Russia',
    ],
  ])('%j', (lines, title) => expect(text(lines).title).toBe(title));

  it('reads a breadcrumb parted by slashes', () =>
    expect(
      text([
        'Home / International / Death toll in typhoon rises to 25: official',
        'Death toll in typhoon rises to 25: official',
        LEAD,
      ]).title,
    ).toBe('Death toll in typhoon rises to 25: official'));

  it('takes a headline printed in quotation marks without them', () =>
    expect(
      text(['"Overloaded Boat Capsizes on Lake Kivu, Dozens Presumed Dead"', LEAD]).title,
    ).toBe('Overloaded Boat Capsizes on Lake Kivu, Dozens Presumed Dead'));

  it('a quoted sentence is no headline', () =>
    expect(
      text(['"We have lost everything," said one resident of the village.', LEAD]).title,
    ).toBeNull());
});
