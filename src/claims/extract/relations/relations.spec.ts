import { extractClaims } from '../extract-claims';
import { PART_RULES } from './part-figures';
import { EACH_BY_ITS_SOURCE_RULE, PARALLEL_SETTINGS_RULE } from './gapping';
import { SET_MEMBERS_RULE } from './set-members';
import { runningTotal } from './running-total';

const brief = (text: string) =>
  extractClaims(text, { publishedAt: '2024-05-06' }).map(
    (c) =>
      `${c.metric} ${c.subject} ${c.value}${c.earlier ? ' earlier' : ''}${c.part ? ' part' : ''}`,
  );

describe('earlier figures: the current count is the claim, the earlier one is marked', () => {
  it.each([
    [
      'The death toll, initially put at 30, rose to 48.',
      ['killed people 30 earlier', 'killed people 48'],
    ],
    [
      'The toll, originally given as 30, has since climbed to 48.',
      ['killed people 30 earlier', 'killed people 48'],
    ],
    [
      'The number of missing, first put at 30, rose to 48.',
      ['missing people 30 earlier', 'missing people 48'],
    ],
    [
      'The toll climbed to 2,122, up from 1,037 on Saturday.',
      ['killed people 2122', 'killed people 1037 earlier'],
    ],
    [
      'Officials revised the toll to 125, down from the 174 given earlier.',
      ['killed people 125', 'killed people 174 earlier'],
    ],
    [
      'The toll rose to 68, an increase from 43 the night before.',
      ['killed people 68', 'killed people 43 earlier'],
    ],
    [
      'The death toll stands at 68, up sharply from 43 a day earlier.',
      ['killed people 68', 'killed people 43 earlier'],
    ],
    [
      'Police detained 300 people, a jump from 120 the day before.',
      ['detained people 300', 'detained people 120 earlier'],
    ],
    [
      'Of the fatalities so far, 68 are in Kerr County, an increase from 43 deaths reported on Saturday.',
      ['killed people 68', 'killed people 43 earlier'],
    ],
    [
      'Initial estimates put the number of those killed at 20 people, but more bodies have since been found.',
      ['killed people 20 earlier'],
    ],
    ['Early reports said 15 people had died in the blast.', ['killed people 15 earlier']],
    ['According to initial reports, 12 people were injured.', ['injured people 12 earlier']],
    ['Previous official figures gave a toll of 60.', ['killed people 60 earlier']],
    ['The initial blast killed 12 people.', ['killed people 12']],
    ['Early on Monday, police reports said 12 people were injured.', ['injured people 12']],
    ['At least 48 people were killed in the floods.', ['killed people 48']],
    [
      'Earlier reports indicated 217 fatalities and 89 missing people.',
      ['killed people 217 earlier', 'missing people 89 earlier'],
    ],
    [
      'The toll rose to 219. Earlier reports indicated 217 fatalities.\n\nAt least 217 people are confirmed dead.',
      ['killed people 219', 'killed people 217 earlier', 'killed people 217 earlier'],
    ],
    [
      'Earlier reports indicated 217 fatalities.\n\nAt least 217 police officers were injured.',
      ['killed people 217 earlier', 'injured law_enforcement 217'],
    ],
  ])('%s', (text, want) => expect(brief(text)).toEqual(want));
});

describe('"to N from M": the count was changed from M, whatever the words after M count', () => {
  it.each([
    [
      'The state government on Sunday revised the death toll to 275 from 288 and put the number of injured at 1,175.',
      ['killed people 275', 'killed people 288 earlier', 'injured people 1175'],
    ],
    [
      'Authorities revised the count of people missing in the tower collapse to 128 from 145, after removing duplicate names.',
      ['missing people 128', 'missing people 145 earlier'],
    ],
    [
      'Officials raised the death toll to 48 from 30 on Tuesday.',
      ['killed people 48', 'killed people 30 earlier'],
    ],
    [
      'The ministry lowered its count of the dead to 20 from 25.',
      ['killed people 20', 'killed people 25 earlier'],
    ],
    [
      'The interior ministry revised the number of people detained in the crackdown to 1,200 from 900 and said 45 officers were hurt.',
      ['detained people 1200', 'detained people 900 earlier', 'injured law_enforcement 45'],
    ],
    [
      'The number hurt rose to 934 from 863 recorded just after the crush.',
      ['injured people 934', 'injured people 863 earlier'],
    ],
  ])('%s', (text, want) => expect(brief(text)).toEqual(want));
});

describe('parts: a figure that counts a part its fields cannot name is marked, not dropped', () => {
  const examples = PART_RULES.flatMap((rule) =>
    rule.examples.map((example) => [rule.name, example] as const),
  );
  it.each(examples)('%s: %s', (_rule, example) => {
    const figure = /\[([\d,]+)\]$/.exec(example)![1];
    const text = example.replace(/\s*\[[\d,]+\]$/, '');
    const value = Number(figure.replace(/,/g, ''));
    const found = extractClaims(text, { publishedAt: '2019-04-26' }).find((c) => c.value === value);
    expect(found && `${found.value}${found.part ? ' part' : ''}`).toBe(`${value} part`);
  });

  it.each([
    [
      'Police said 38 people were killed, including five police officers.',
      ['killed people 38', 'killed law_enforcement 5'],
    ],
    ['Three children died, two of them in Almaty.', ['killed children 3', 'killed children 2']],
    ['Around 500 people were wounded, the ministry said.', ['injured people 500']],
    ['The toll since Tuesday has risen to 48.', ['killed people 48']],
    ['Police said 40 suspects were in custody.', ['detained people 40']],
    // with no "still" and no injured total before it, a count under treatment is the injured total
    [
      'About 74 injured persons are receiving treatment at hospitals across the state.',
      ['injured people 74'],
    ],
    ['Hospitals said 120 people were being treated for burns.', ['injured people 120']],
    [
      'Currently, 67 survivors are receiving medical treatment in various hospitals.',
      ['injured people 67'],
    ],
    // people a count includes that their fields name, or set in a place, are claims of their own
    [
      'Among the dead in the county were 28 children and 30 adults.',
      ['killed children 28', 'killed people 30 part'],
    ],
    ['The toll includes 12 people killed in Almaty.', ['killed people 12']],
    ['Among the dead were 12 police officers.', ['killed law_enforcement 12']],
    ['Three police officers were among the dead.', ['killed law_enforcement 3']],
    [
      'It said 10 women and three infants were among those killed.',
      ['killed people 10 part', 'killed children 3'],
    ],
    [
      'In India, the ministry put the toll at 53, although officials in Bihar said 56 people had died in that state alone.',
      ['killed people 53', 'killed people 56'],
    ],
    [
      'Helped dig out tents for hours. 8 dead in our area alone, dozens hurt.',
      ['killed people 8 part', 'injured people 12 part'],
    ],
    [
      'The toll was 4,500. He said this figure included 4,353 wounded people.',
      ['killed people 4500', 'injured people 4353'],
    ],
    ['The storm killed 12 people in 2024, the worst since 2019.', ['killed people 12']],
    // the incident is the event itself, or of the kind the event is told as
    [
      'A truck drove into a crowd celebrating the new year, killing 14 people. The attacker was shot dead.',
      ['killed people 14'],
    ],
    [
      'At least 121 people were killed in a stampede at a religious gathering. The crush began at the gate.',
      ['killed people 121'],
    ],
    [
      'Tens of thousands of protesters marched on parliament. Police said 56 people were injured during the protest.',
      ['participants protesters 10000', 'injured people 56'],
    ],
    [
      'The cyclone tore roofs off homes. Twelve people died when a flash flood swept through a village.',
      ['killed people 12'],
    ],
    [
      'Ten people were killed when a gunman opened fire at a concert. The shooting lasted minutes.',
      ['killed people 10'],
    ],
    [
      'At least 146 people died and 150 more were injured after a crowd crush, fire department officials said.',
      ['killed people 146', 'injured people 150'],
    ],
  ])('not a part: %s', (text, want) => expect(brief(text)).toEqual(want));
});

describe('a subject read from the word that qualifies the toll', () => {
  it.each([
    ['The civilian death toll rose to 27.', ['killed civilians 27']],
    ['The police death toll rose to 12.', ['killed law_enforcement 12']],
    ['The child death toll from the strike rose to nine.', ['killed children 9']],
    [
      'The protest death toll has risen to 22, Amnesty International said.',
      ['killed protesters 22'],
    ],
    ['The death toll rose to 27.', ['killed people 27']],
  ])('%s', (text, want) => expect(brief(text)).toEqual(want));
});

describe('a table of lines under a heading: each line is a part of the heading quantity', () => {
  const ctx = { publishedAt: '2015-09-26', defaultCountry: 'Saudi Arabia' };
  it.each([
    [
      'Deaths reported so far by\nnationality\nIran: at least 140\nMorocco: 87',
      ['killed 140 at_least', 'killed 87 exact'],
    ],
    [
      'Arrests by province:\nTehran: 120\nIsfahan: about 45',
      ['detained 120 exact', 'detained 45 approx'],
    ],
    [
      'Injured by nationality\nEgypt: 37\nChad: 11 (media reports)',
      ['injured 37 exact', 'injured 11 exact'],
    ],
    ['Missing by district\nKathmandu: 12\nPokhara: 30', ['missing 12 exact', 'missing 30 exact']],
    ['Results by country\nEgypt: 37\nChad: 11', []],
    ['Iran: 140\nMorocco: 87', []],
  ])('%s', (text, want) => {
    const claims = extractClaims(text, ctx);
    expect(claims.map((c) => `${c.metric} ${c.value} ${c.qualifier}`)).toEqual(want);
    for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.quote);
  });

  it('places lines by nationality where the text is set, lines by province in the province', () => {
    const byOrigin = extractClaims('Deaths by nationality\nIran: 140', ctx);
    expect(byOrigin[0].location).not.toBe('Iran');
    const byProvince = extractClaims('Missing by district\nKathmandu: 12', ctx);
    expect(byProvince[0].location).toBe('Kathmandu');
  });
});

describe('who compiled a count is its source', () => {
  it.each([
    'The other confirmed deaths, compiled by Agence France Presse, were from Cameroon, 20; Niger, 19.',
    'The figures, compiled by Agence France Presse, show 20 people were killed.',
    'The deaths, tallied by Agence France Presse, rose to 20.',
    'According to a tally collated by Agence France Presse, 20 people died.',
  ])('%s', (text) => {
    const found = extractClaims(text, { publishedAt: '2015-09-26' }).find((c) => c.value === 20);
    expect(found?.attribution).toEqual(['Agence France Presse']);
  });
});

describe('gapping: a place and a bare figure repeat the quantity before them', () => {
  const where = (text: string) =>
    extractClaims(text, { publishedAt: '2024-11-05' }).map(
      (c) => `${c.metric} ${c.value} ${c.location}`,
    );
  it.each([
    [
      'Meanwhile Catarroja lost 25 people, Alfafar 15 and Paiporta 12.',
      ['killed 25 Catarroja', 'killed 15 Alfafar', 'killed 12 Paiporta'],
    ],
    [
      'At least 12 people died in Almaty, Shymkent 4 and Taraz 2.',
      ['killed 12 Almaty', 'killed 4 Shymkent', 'killed 2 Taraz'],
    ],
    [
      'Police arrested 40 people in Tehran, Isfahan 12 and Shiraz 9.',
      ['detained 40 Tehran', 'detained 12 Isfahan', 'detained 9 Shiraz'],
    ],
    ['Nepal lost 30 people, India 4.', ['killed 30 Nepal', 'killed 4 India']],
    ['At least 12 people died in Almaty, officials said on 5 January.', ['killed 12 Almaty']],
  ])('%s', (text, want) => expect(where(text)).toEqual(want));

  it.each([
    [
      'In Rouen, the prefecture counted 14,800 demonstrators, a record since the start of the movement, while the CGT claimed 23,000.',
      ['participants 14800 exact Rouen prefecture', 'participants 23000 exact Rouen CGT'],
    ],
    [
      'Police said 12 people were killed, but the opposition counted about 40.',
      ['killed 12 exact null Police', 'killed 40 approx null opposition'],
    ],
    [
      'Police said 12 people were killed, but the curfew lasted 40 hours.',
      ['killed 12 exact null Police'],
    ],
  ])('a source and a bare figure give its rival count: %s', (text, want) =>
    expect(
      extractClaims(text, { publishedAt: '2024-11-05' }).map(
        (c) => `${c.metric} ${c.value} ${c.qualifier} ${c.location} ${c.attribution.join(' ')}`,
      ),
    ).toEqual(want),
  );
});

describe(EACH_BY_ITS_SOURCE_RULE.name, () => {
  it.each([
    [
      EACH_BY_ITS_SOURCE_RULE.examples[0],
      ['participants 3500000 CGT', 'participants 1100000 Ministry of the Interior'],
    ],
    [
      EACH_BY_ITS_SOURCE_RULE.examples[1],
      ['participants 20000 organisers', 'participants 8000 police'],
    ],
    [EACH_BY_ITS_SOURCE_RULE.examples[2], ['killed 40 rebels', 'killed 12 army']],
    [
      EACH_BY_ITS_SOURCE_RULE.examples[3],
      ['detained 300 lawyers group', 'detained 120 interior ministry'],
    ],
    // the bare figure names no source of its own: no rival count
    [
      'At least 30 people were killed according to the ministry, and 12 houses burned.',
      ['killed 30 ministry'],
    ],
  ])('%s', (text, want) =>
    expect(
      extractClaims(text.replace(/ \[[\d,]+\]$/, ''), { publishedAt: '2024-11-05' }).map(
        (c) => `${c.metric} ${c.value} ${c.attribution.join(' / ')}`,
      ),
    ).toEqual(want),
  );
});

describe(SET_MEMBERS_RULE.name, () => {
  it.each([
    [SET_MEMBERS_RULE.examples[0], ['missing children 12']],
    [SET_MEMBERS_RULE.examples[1], ['detained journalists 3']],
    [SET_MEMBERS_RULE.examples[2], ['missing children 23']],
    [SET_MEMBERS_RULE.examples[3], ['injured military 14']],
    // a set of people of no one kind leaves its members as they are
    ['Of the 12 people arrested, 4 were women.', ['detained people 12', 'detained people 4']],
  ])('%s', (example, want) => expect(brief(example.replace(/\s*\[.*\]$/, ''))).toEqual(want));
});

describe('report verbs that name a source', () => {
  it.each([
    [
      'Meanwhile, the Hong Kong police have pegged the number of protesters at around 240,000.',
      240000,
      'police',
    ],
    ['Police pegged the crowd at 50,000.', 50000, 'Police'],
    ['The ministry pegs the death toll at 112.', 112, 'ministry'],
    ['Organisers pegged the size of the crowd at 2,000.', 2000, 'Organisers'],
    ['Met Police confirm 30 dead', 30, 'Met Police'],
    ['Officials confirm 12 people were killed in the blast.', 12, 'Officials'],
  ])('%s', (text, value, source) => {
    const found = extractClaims(text, { publishedAt: '2019-06-10' }).find((c) => c.value === value);
    expect(found?.attribution.join(' ')).toContain(source);
  });
});

describe('a figure a count has gone past is exceeded, not reached', () => {
  const read = (text: string) =>
    extractClaims(text, { publishedAt: '2024-05-06' }).map(
      (c) => `${c.metric} ${c.value} ${c.qualifier} ${c.low} ${c.high}`,
    );
  it.each([
    ['The death toll has passed 5,000.', ['killed 5000 more_than 5000 null']],
    ['The death toll from this year’s Hajj exceeded 1,000.', ['killed 1000 more_than 1000 null']],
    ['Arrests topped 1,200 on Sunday.', ['detained 1200 more_than 1200 null']],
    ['The number of confirmed deaths has surpassed 200.', ['killed 200 more_than 200 null']],
    ['The death toll has reached 5,000.', ['killed 5000 exact 5000 5000']],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));
});

describe('a list of parts after a total', () => {
  it.each([
    [
      '121 people - 113 women, seven children and a man - were killed in a stampede on Tuesday.',
      ['killed people 121', 'killed people 113 part', 'killed children 7'],
    ],
    [
      'Thirty people — 20 protesters and 10 police officers — were injured in the clashes.',
      ['injured people 30', 'injured protesters 20', 'injured law_enforcement 10'],
    ],
    [
      'Eight people — six U.S. Marines and two Nepalese army soldiers — had gone missing.',
      ['missing military 8', 'missing military 2 part'],
    ],
    [
      'The toll stands at 48 - the ministry said 30 died in the capital.',
      ['killed people 48', 'killed people 30'],
    ],
  ])('%s', (text, want) => expect(brief(text)).toEqual(want));
});

describe('a change named before the running total it brings is no claim', () => {
  it.each([
    [runningTotal.examples[0], ['killed people 143']],
    [runningTotal.examples[1], ['killed people 113']],
    [runningTotal.examples[2], ['killed people 54']],
    [runningTotal.examples[3], ['detained people 1240']],
  ])('%s', (text, want) => expect(brief(text)).toEqual(want));

  it.each([
    [runningTotal.counterexamples[0], ['killed people 2662', 'killed people 11200']],
    [
      runningTotal.counterexamples[1],
      ['killed people 12', 'injured people 30', 'killed people 143'],
    ],
    [runningTotal.counterexamples[2], ['injured people 140', 'injured people 90 earlier']],
    [runningTotal.counterexamples[3], ['killed people 6', 'killed people 48']],
    [runningTotal.counterexamples[4], ['killed people 14', 'killed people 102']],
    [runningTotal.counterexamples[5], ['killed people 9', 'killed people 61']],
    [runningTotal.counterexamples[6], ['killed people 12', 'killed people 230']],
  ])('keeps a total of its own: %s', (text, want) => expect(brief(text)).toEqual(want));
});

describe(PARALLEL_SETTINGS_RULE.name, () => {
  it.each(PARALLEL_SETTINGS_RULE.examples)('%s', (example) => {
    const value = Number(/\[(\d+)\]$/.exec(example)![1]);
    const claims = extractClaims(example.replace(/\s*\[\d+\]$/, ''), { publishedAt: '2024-05-06' });
    const [first] = claims;
    expect(claims.find((c) => c.value === value)).toMatchObject({ metric: first.metric });
  });

  it.each([
    [
      'The quake killed 5 people and injured 20 in the city.',
      ['killed people 5', 'injured people 20'],
    ],
    ['The storm killed 12 people in Manila and 40 cattle.', ['killed people 12']],
    ['Floods killed 12 people in the city and 40 cars in the hills.', ['killed people 12']],
  ])('a figure with its own verb or noun is no gap: %s', (text, want) =>
    expect(brief(text)).toEqual(want),
  );

  it('the gapped figure takes the place its setting names', () => {
    const claims = extractClaims(
      'The governor confirmed 109 deaths, including 94 in Kerr County and 15 in other parts of Texas.',
      { publishedAt: '2025-07-08' },
    );
    expect(claims.find((c) => c.value === 15)?.location).toBe('Texas');
  });
});

describe('a dash that closes the sentence with a comment on the figure names no source', () => {
  const sources = (text: string) =>
    extractClaims(text, { publishedAt: '2024-05-06' }).map((c) =>
      `${c.value} ${(c.attribution ?? []).join('>')}`.trim(),
    );
  it.each([
    ['Two people died on Monday — the most to date.', ['2']],
    ['Rescuers recovered 14 bodies on Friday - the highest so far.', ['14']],
    ['Nine people drowned in one night – a record for the crossing.', ['9']],
    [
      'Twelve people were killed and 40 hurt – local police.',
      ['12 local police', '40 local police'],
    ],
  ])('%s', (text, want) => expect(sources(text)).toEqual(want));
});
