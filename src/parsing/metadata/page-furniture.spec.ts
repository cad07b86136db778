import { findCreditAuthors, findLeadPlace, isHeadlineShaped, parseByline } from './dateline';
import { isBreadcrumb } from './text-metadata';
import { parseArticle } from '../parse-article';

const LEAD =
  'The toll rose on Sunday as rescuers reached villages cut off by the floods, officials said.';

describe('a headline repeated above the lead is not the lead', () => {
  it.each([
    'Maha Kumbh Stampede: Congress Slams BJP, Asks Why Govt Not Revealing Actual Number Of Deaths',
    'Ferry Disaster Toll Rises To 41 As Divers Search The Wreck Off The Coast Of Zanzibar Island',
    'Quake Survivors In Remote Villages Wait For Aid As Death Toll Climbs Past 2,000 In The Atlas',
  ])('%s', (headline) => {
    expect(isHeadlineShaped(headline)).toBe(true);
    expect(findLeadPlace(['Site / section', headline, `New Delhi: ${LEAD}`], null)).toBe(
      'New Delhi',
    );
  });
  it.each([
    'Ferry disaster toll rises to 41 as divers search the wreck off the coast of Zanzibar island',
    'Divers Search The Wreck Off Zanzibar As The Toll Rises To 41, Police Said.',
    'Ferry Disaster',
  ])('not a headline in Title Case: %s', (line) => {
    expect(isHeadlineShaped(line)).toBe(false);
  });
});

describe('a breadcrumb above the headline is not the title', () => {
  it.each([
    ['ETV Bharat / bharat', true],
    ['Home › World › Asia', true],
    ['News > Africa', true],
    ['Floods / Rain / Storms hit the coast of Kerala for the third day running', false],
    ['Jane Doe | 3 March 2023', false],
    ['Ferry capsizes off Zanzibar', false],
  ])('%s', (line, crumb) => expect(isBreadcrumb(line)).toBe(crumb));

  it('takes the line under the breadcrumb as the title, and the lead city as the place', () => {
    const { article } = parseArticle({
      format: 'text',
      content: [
        'ETV Bharat / bharat',
        'Stampede Toll Rises: Opposition Asks Why Government Hides Number Of Deaths',
        `New Delhi: ${LEAD}`,
        'More text follows here.',
      ].join('\n\n'),
    });
    expect(article.title).toBe(
      'Stampede Toll Rises: Opposition Asks Why Government Hides Number Of Deaths',
    );
    expect(article.place).toBe('New Delhi');
  });
});

describe('a news organisation alone under the headline is the byline', () => {
  it.each(['Al Jazeera', 'Reuters', 'Associated Press', 'AFP'])('%s', (outlet) => {
    const { article } = parseArticle({
      format: 'text',
      content: ['Opposition says hundreds killed in protests', outlet, LEAD].join('\n\n'),
    });
    expect(article.author).toBe(outlet);
  });
  it('a line naming something else is no byline', () => {
    const { article } = parseArticle({
      format: 'text',
      content: ['Opposition says hundreds killed in protests', 'Analysis', LEAD].join('\n\n'),
    });
    expect(article.author).toBeNull();
  });
});

describe('an author box at the foot', () => {
  it.each([
    ['Laurence Dollimore', 'Laurence has a BA and MA in International Relations.'],
    ['Grace Wanjiru', 'Grace Wanjiru is a reporter covering East Africa.'],
    ['Tomás Ruiz', 'Tomás joined the paper in 2019 and covers the courts.'],
  ])('%s', (name, bio) => {
    expect(findCreditAuthors([LEAD, 'More story text.', name, bio])).toEqual([name]);
  });
  it.each([
    ['Laurence Dollimore', 'The council met on Monday.'],
    ['Port Moresby', 'Port Moresby is the capital.'],
    ['Read more', 'Read more stories like this.'],
  ])('not an author box: %s', (line, next) => {
    expect(findCreditAuthors([LEAD, line, next])).toEqual([]);
  });
});

describe('credits after the writers are not writers', () => {
  it.each([
    [
      'By Berenice Garcia, Jessica Shuran Yu and Carlos Nogueras Ramos, Graphics by Chris Essig and Edison Wu',
      ['Berenice Garcia', 'Jessica Shuran Yu', 'Carlos Nogueras Ramos'],
    ],
    ['By Jane Doe; Photos by John Roe', ['Jane Doe']],
    ['By Jane Doe and Ali Khan, Video by Sam Lee', ['Jane Doe', 'Ali Khan']],
    ['By Jane Doe, Additional reporting by Sam Lee', ['Jane Doe']],
  ])('%s', (line, names) => expect(parseByline(line)).toEqual(names));
});
