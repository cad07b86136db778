import { submit, waitForArticle, type ArticleDoc } from './helpers/articles';
import { apiAs, startStack, waitFor, type Stack } from './helpers/stack';

// Issue 10: flags a reviewer can act on. Articles are written here (a fictional flood in the
// Philippines); each test uses a story of its own so they do not depend on one another.
const tag = Math.random()
  .toString(36)
  .replace(/[^a-z]/g, '')
  .slice(0, 8);

interface Evidence {
  id: string;
  quote: string;
  sentence: string | null;
  sentenceStart: number | null;
  attribution: string[];
  attributionText: string | null;
  asOf: string | null;
  articleId: string | null;
  source: { kind: string; title?: string | null; site?: string | null; author?: string | null };
}
interface Value {
  value: number;
  origin: string;
  originLabel: string;
  superseded: boolean;
  asOf: string | null;
  claims: Evidence[];
}
interface Flag {
  id: string;
  story: string;
  metric: string;
  subject: string;
  kind: string;
  status: string;
  location: string | null;
  explanation: string;
  pair: Value[];
  values: Value[];
}

describe('flags a reviewer can act on (issue 10)', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const ingest = async (body: Record<string, unknown>): Promise<ArticleDoc> => {
    const { id } = await submit(stack.url, {
      ...body,
      text: `${String(body.text)}\n\nDesk ${tag}.`,
    });
    const doc = await waitForArticle(stack.url, id);
    expect(doc.status).toBe('processed');
    return doc;
  };
  const flags = async (story: string): Promise<Flag[]> => {
    const res = await apiAs(stack.url).get('/discrepancies').query({ story });
    expect(res.status).toBe(200);
    return (res.body as { items: Flag[] }).items;
  };
  const figures = (f: Flag) => [...new Set(f.values.map((v) => v.value))].sort((a, b) => a - b);

  it('compares two origins quoted in one article, leading with their pair and the sentence of each', async () => {
    const story = `two-origins-${tag}`;
    await ingest({
      story,
      publishedAt: '2024-07-03',
      title: 'Flood toll disputed in Cagayan',
      site: 'Northern Luzon Post',
      author: 'Maria Santos',
      text:
        'The governor said 106 people were killed in the floods in Cagayan. ' +
        'The provincial disaster office said 101 people were killed in the floods in Cagayan. ' +
        'Hundreds of people were detained at checkpoints, and police said 5,969 people were detained in Cagayan.',
    });
    const [killed, ...others] = await flags(story);
    expect(others.filter((f) => f.kind === 'conflict')).toEqual([]);
    expect([killed.metric, killed.kind, figures(killed)]).toEqual([
      'killed',
      'conflict',
      [101, 106],
    ]);
    expect(killed.pair.map((v) => v.value).sort()).toEqual([101, 106]);
    expect(killed.explanation.replace(/^People killed in [A-Z]\w+ /, 'People killed ')).toBe(
      'People killed on 3 Jul 2024: 101 (the provincial disaster office) against 106 (the governor).',
    );
    const evidence = killed.pair[0].claims[0];
    expect(evidence.sentence).toBe(
      'The provincial disaster office said 101 people were killed in the floods in Cagayan.',
    );
    expect(evidence.sentenceStart).toEqual(expect.any(Number));
    // a text submission names its title, site and author; they stand beside each value
    expect(evidence.source).toMatchObject({
      kind: 'article',
      title: 'Flood toll disputed in Cagayan',
      site: 'Northern Luzon Post',
      author: 'Maria Santos',
    });
  });

  it("shows one origin's growth over days as an update, its earlier figure superseded", async () => {
    const story = `growth-${tag}`;
    await ingest({
      story,
      publishedAt: '2024-07-01',
      text: 'The disaster agency said 12 people were killed in the floods in Cagayan.',
    });
    await ingest({
      story,
      publishedAt: '2024-07-04',
      text: 'The disaster agency said 40 people were killed in the floods in Cagayan.',
    });
    const found = await flags(story);
    expect(found.map((f) => [f.kind, figures(f)])).toEqual([['update', [12, 40]]]);
    expect(found[0].values.map((v) => [v.value, v.superseded])).toEqual([
      [12, true],
      [40, false],
    ]);
  });

  it('flags "dozens missing" against "hundreds missing", and leads with totals before a tally of bodies', async () => {
    const story = `vague-tally-${tag}`;
    const say = (text: string, publishedAt: string) => ingest({ story, text, publishedAt });
    await say('The Red Cross said 132 people were killed in the floods in Cagayan.', '2024-07-02');
    await say(
      'Police said 63 bodies were recovered in Cagayan. ' +
        'The disaster agency said 121 people were killed in the floods in Cagayan.',
      '2024-07-03',
    );
    await say(
      'Rescue workers said dozens of people are missing after the dam burst.',
      '2024-07-03',
    );
    await say(
      'The governor said hundreds of people are still missing after the dam burst.',
      '2024-07-03',
    );
    const found = await flags(story);
    const byMetric = Object.fromEntries(found.map((f) => [f.metric, f]));
    expect(byMetric.missing).toMatchObject({ kind: 'conflict' });
    expect(figures(byMetric.missing)).toEqual([12, 100]);
    // 63 bodies recovered the same day is a count so far: the pair is the two totals
    expect(byMetric.killed).toMatchObject({ kind: 'conflict' });
    expect(byMetric.killed.pair.map((v) => v.value).sort((a, b) => a - b)).toEqual([121, 132]);
    expect(figures(byMetric.killed)).toEqual([63, 121, 132]);
  });

  it('keeps a subset of the dead ("10 women were among those killed") out of the totals', async () => {
    const story = `subset-${tag}`;
    const say = (text: string) => ingest({ story, text, publishedAt: '2024-07-05' });
    await say(
      'The rights office said at least 70 people were killed in the gang attack in Cagayan.',
    );
    await say('Local radio said 20 people were killed in the gang attack in Cagayan.');
    await say('The mayor said 10 women were among those killed in the gang attack in Cagayan.');
    const [killed] = (await flags(story)).filter((f) => f.metric === 'killed');
    expect(killed).toMatchObject({ kind: 'conflict', subject: 'people' });
    // the women are a part of the dead (relations/part-figures.ts), never a total beside them
    expect(figures(killed)).toEqual([20, 70]);
    expect(killed.pair.map((v) => v.value).sort((a, b) => a - b)).toEqual([20, 70]);
  });

  it('leads with stated counts before a feared figure or an earlier report (hedge-words.ts)', async () => {
    const story = `hedged-${tag}`;
    const say = (text: string) => ingest({ story, text, publishedAt: '2024-07-06' });
    await say(
      'So far there are 59 confirmed victims of the landslide in Cagayan. ' +
        'There could be 100 people who died in the landslide in Cagayan, rescuers fear.',
    );
    await say('Police said 63 people were killed in the landslide in Cagayan.');
    await say(
      'Authorities said earlier that 28 people were injured in the landslide in Cagayan. ' +
        'The governor said 30 people were injured in the landslide in Cagayan.',
    );
    await say('The mayor said 36 people were injured in the landslide in Cagayan.');
    const byMetric = Object.fromEntries((await flags(story)).map((f) => [f.metric, f]));
    // a possibility is no total of its text: the text's 59 stays current and leads against 63
    expect(byMetric.killed).toMatchObject({ kind: 'conflict' });
    expect(byMetric.killed.pair.map((v) => v.value).sort((a, b) => a - b)).toEqual([59, 63]);
    expect(byMetric.killed.values.find((v) => v.value === 59)?.superseded).toBe(false);
    // the authorities' earlier 28 is shown (closest to 30), but the two current counts lead
    expect(byMetric.injured).toMatchObject({ kind: 'conflict' });
    expect(byMetric.injured.pair.map((v) => v.value).sort((a, b) => a - b)).toEqual([30, 36]);
    expect(figures(byMetric.injured)).toContain(28);
  });

  it("reads a spokesperson's figures as their body's, under the bare name too (spokespersonOf)", async () => {
    const story = `spokesperson-${tag}`;
    const say = (text: string, publishedAt: string | null = '2024-07-08') =>
      ingest({ story, text, ...(publishedAt ? { publishedAt } : {}) });
    await say(
      'Maria Reyes said 350 people were killed in the floods in Cagayan. ' +
        'The opposition Bayan party said about 700 people were killed in the floods in Cagayan.',
    );
    await say(
      'Bayan party spokesperson Maria Reyes said about 700 people were killed in the floods in Cagayan.',
    );
    await say('The Red Cross said 600 people were killed in the floods in Cagayan.', null);
    const [killed] = (await flags(story)).filter((f) => f.metric === 'killed');
    expect(killed).toMatchObject({ kind: 'conflict' });
    // the spokesperson's 350 and the party's 700 are one origin's: the flag leads with 700 against
    // the Red Cross's 600, not with the party's own two figures
    expect(killed.pair.map((v) => v.value).sort((a, b) => a - b)).toEqual([600, 700]);
    const origins = new Set(killed.values.filter((v) => v.value !== 600).map((v) => v.origin));
    expect(origins.size).toBe(1);
  });

  it('leads with the injured totals, not with one cause of injury ("treated for gunshot wounds")', async () => {
    const story = `injury-cause-${tag}`;
    const say = (text: string) => ingest({ story, text, publishedAt: '2024-07-09' });
    await say(
      'Doctors said 40 people were being treated for gunshot wounds after the clashes in Cagayan.',
    );
    await say('The police said 45 people were injured in the clashes in Cagayan.');
    await say('The Red Cross said 60 people were injured in the clashes in Cagayan.');
    const [injured] = (await flags(story)).filter((f) => f.metric === 'injured');
    expect(injured).toMatchObject({ kind: 'conflict' });
    // the 40 hurt by gunfire are some of the injured: no rival total of 45 (subset-words.ts)
    expect(injured.pair.map((v) => v.value).sort((a, b) => a - b)).toEqual([45, 60]);
  });

  it('compares the figures of a town two reports spell differently (Majiya, Majia)', async () => {
    const story = `spellings-${tag}`;
    const say = (text: string) => ingest({ story, text, publishedAt: '2024-10-16' });
    await say(
      'Police said 12 people were killed in the tanker explosion in Majiya town, Taura Local ' +
        'Government Area of Jigawa State.',
    );
    await say(
      'The emergency agency said 30 people were killed in a tanker explosion in Majia local ' +
        'government area of Jigawa State.',
    );
    const [killed] = (await flags(story)).filter((f) => f.metric === 'killed');
    expect(killed).toMatchObject({ kind: 'conflict' });
    expect(killed.pair.map((v) => v.value).sort((a, b) => a - b)).toEqual([12, 30]);
  });

  it('compares a town the gazetteer cannot place with the one region the story names', async () => {
    const story = `event-site-${tag}`;
    const say = (text: string) => ingest({ story, text, publishedAt: '2024-10-16' });
    await say(
      'Police said 150 people were killed in the tanker explosion in Majiya town, Taura Local ' +
        'Government Area of Jigawa State.',
    );
    await say(
      'The state emergency agency said 100 people were killed in the tanker explosion in Jigawa State.',
    );
    const found = (await flags(story)).filter((f) => f.metric === 'killed');
    expect(found.map((f) => [f.kind, f.location])).toEqual([['conflict', 'Jigawa State']]);
    expect(found[0].pair.map((v) => v.value).sort((a, b) => a - b)).toEqual([100, 150]);
  });

  it('leads with the injured totals, not with one degree of injury ("minor injuries")', async () => {
    const story = `injury-degree-${tag}`;
    const say = (text: string) => ingest({ story, text, publishedAt: '2024-06-24' });
    await say('Firefighters said 8 people were injured in the battery factory fire in Hwaseong.');
    await say('The city said 3 people were injured in the battery factory fire in Hwaseong.');
    await say(
      'The hospital said six people suffered minor injuries in the battery factory fire in Hwaseong.',
    );
    const [injured] = (await flags(story)).filter((f) => f.metric === 'injured');
    expect(injured).toMatchObject({ kind: 'conflict', subject: 'people' });
    expect(injured.pair.map((v) => v.value).sort((a, b) => a - b)).toEqual([3, 8]);
  });

  it('reads one person quoted under a title, a full name and a surname as one origin', async () => {
    const story = `one-person-${tag}`;
    await ingest({
      story,
      publishedAt: '2024-07-02',
      text: 'Governor Elena Marquez Soriano said 68 people were killed in the floods in the Philippines.',
    });
    await ingest({
      story,
      publishedAt: '2024-07-03',
      text: 'Marquez Soriano said 79 people were killed in the floods in the Philippines.',
    });
    await ingest({
      story,
      publishedAt: '2024-07-03',
      text: 'The Red Cross said 30 people were killed in the floods in the Philippines.',
    });
    const found = await flags(story);
    const conflicts = found.filter((f) => f.kind === 'conflict');
    // the Red Cross's 30 disagrees with the governor; his own 68 and 79 are not two sources
    expect(
      conflicts.map((f) => f.pair.map((v) => v.value).sort((a, b) => a - b)),
    ).not.toContainEqual([68, 79]);
    const origins = new Set(
      found.flatMap((f) => f.values.filter((v) => v.value !== 30).map((v) => v.origin)),
    );
    expect([...origins]).toEqual(['origin:elena marquez soriano']);
    const res = await apiAs(stack.url)
      .get('/claims/history')
      .query({ story, metric: 'killed', subject: 'people' });
    const series = (res.body as { series: { originKey: string; values: { value: number }[] }[] })
      .series;
    expect(
      series
        .find((s) => s.originKey === 'origin:elena marquez soriano')
        ?.values.map((v) => v.value),
    ).toEqual([68, 79]);
  });

  it('flags one person quoted with two figures by two outlets the same day as a conflict', async () => {
    const story = `one-person-two-outlets-${tag}`;
    await ingest({
      story,
      url: `https://luzon-wire.example/arrests-${tag}`,
      publishedAt: '2024-07-03',
      text: 'Interior Secretary Ramon Villanueva said 78 people were detained in the floods in the Philippines.',
    });
    await ingest({
      story,
      url: `https://manila-daily.example/arrests-${tag}`,
      publishedAt: '2024-07-03',
      text: 'Villanueva said 71 people were detained in the floods in the Philippines.',
    });
    const [detained, ...others] = await flags(story);
    expect(others).toEqual([]);
    expect([detained.metric, detained.kind, figures(detained)]).toEqual([
      'detained',
      'conflict',
      [71, 78],
    ]);
    expect(detained.pair.map((v) => v.value).sort()).toEqual([71, 78]);
    // one origin, and neither of its two figures stands superseded by the other
    expect(detained.values.map((v) => [v.origin, v.superseded])).toEqual([
      ['origin:ramon villanueva', false],
      ['origin:ramon villanueva', false],
    ]);
    // the explanation names each outlet beside the origin it quotes
    expect(detained.explanation).toBe(
      'People detained in all of Philippines on 3 Jul 2024: ' +
        '71 (manila-daily.example, citing Villanueva) against ' +
        '78 (luzon-wire.example, citing Interior Secretary Ramon Villanueva).',
    );
  });

  it("shows one person's count an outlet words as risen as his update, not a conflict", async () => {
    const story = `one-person-rose-${tag}`;
    await ingest({
      story,
      url: `https://luzon-wire.example/toll-${tag}`,
      text: 'Interior Secretary Ramon Villanueva said 71 people were killed in the floods in the Philippines.',
    });
    await ingest({
      story,
      url: `https://manila-daily.example/toll-${tag}`,
      text: 'The death toll from the floods in the Philippines has risen to 78, Villanueva said.',
    });
    const found = await flags(story);
    expect(found.map((f) => [f.kind, figures(f)])).toEqual([['update', [71, 78]]]);
    expect(found[0].pair.map((v) => v.value)).toEqual([71, 78]);
    // the explanation says which outlet reports the risen count
    expect(found[0].explanation).toBe(
      'People killed in all of Philippines: the count Villanueva gives rose from ' +
        '71 (luzon-wire.example) to 78 (manila-daily.example, undated).',
    );
  });

  it('never compares an earlier figure named beside the current one: it stands superseded in its origin', async () => {
    const story = `earlier-${tag}`;
    const revised = await ingest({
      story,
      publishedAt: '2024-07-05',
      text: 'The death toll from the floods in Cagayan, initially put at 30, rose to 48, the disaster agency said.',
    });
    expect(
      revised.claims.map((c) => [c.value, (c as { earlier?: true }).earlier ?? false]),
    ).toEqual([
      [30, true],
      [48, false],
    ]);
    await ingest({
      story,
      publishedAt: '2024-07-05',
      text: 'The provincial governor said 45 people were killed in the floods in Cagayan.',
    });
    const found = await flags(story);
    expect(found.map((f) => [f.kind, f.pair.map((v) => v.value).sort()])).toEqual([
      ['conflict', [45, 48]],
    ]);
    expect(found[0].values.map((v) => [v.value, v.superseded]).sort()).toEqual([
      [30, true],
      [45, false],
      [48, false],
    ]);
  });

  it('keeps a part out of the flags, marked on the article and kept in the claim history', async () => {
    const story = `part-${tag}`;
    const counted = await ingest({
      story,
      publishedAt: '2024-07-05',
      text: 'The disaster agency said 48 people were injured in the floods in Cagayan. Twelve of them remained in hospital on Friday.',
    });
    expect(counted.claims.map((c) => [c.value, (c as { part?: true }).part ?? false])).toEqual([
      [48, false],
      [12, true],
    ]);
    await ingest({
      story,
      publishedAt: '2024-07-05',
      text: 'The provincial governor said 52 people were injured in the floods in Cagayan.',
    });
    const found = await flags(story);
    expect(found.map((f) => figures(f))).toEqual([[48, 52]]);
    const res = await apiAs(stack.url)
      .get('/claims/history')
      .query({ story, metric: 'injured', subject: 'people' });
    expect(res.status).toBe(200);
    const history = res.body as { series: { values: { value: number }[] }[] };
    expect(history.series.flatMap((s) => s.values.map((v) => v.value))).toContain(12);
  });

  it('keeps one history series per origin, says which figure is undated, and a defensible figure', async () => {
    const story = `history-${tag}`;
    const say = (text: string, publishedAt?: string) =>
      ingest({ story, text, ...(publishedAt ? { publishedAt } : {}) });
    await say(
      'The disaster agency said 12 people were killed in the floods in the Philippines.',
      '2024-07-01',
    );
    await say(
      'The disaster agency said 40 people were killed in the floods in the Philippines.',
      '2024-07-04',
    );
    await say('The Red Cross said 35 people were killed in the floods in the Philippines.');
    await say('A hospital said 3 people were killed in Tuguegarao.', '2024-07-04');
    const res = await apiAs(stack.url)
      .get('/claims/history')
      .query({ story, metric: 'killed', subject: 'people' });
    expect(res.status).toBe(200);
    const h = res.body as {
      series: {
        originLabel: string;
        values: { value: number; superseded: boolean; firstSeenAt: string | null }[];
      }[];
      conservative: { value: number; basis: string };
    };
    const series = Object.fromEntries(
      h.series.map((s) => [
        s.originLabel,
        s.values.map((v) => [v.value, v.firstSeenAt, v.superseded]),
      ]),
    );
    expect(series['the disaster agency']).toEqual([
      [12, '2024-07-01', true],
      [40, '2024-07-04', false],
    ]);
    expect(series['Red Cross']).toEqual([[35, null, false]]);
    // the lowest current figure on the record for the whole area: not the superseded 12, not one town's 3
    expect(h.conservative).toMatchObject({ value: 35, basis: 'on_record' });
  });

  it('lets a reviewer dismiss one value without dismissing the flag, audited', async () => {
    const story = `dismiss-value-${tag}`;
    const day = { story, publishedAt: '2024-07-05' };
    await ingest({
      ...day,
      text: 'The disaster agency said 40 people were killed in Cagayan.',
    });
    await ingest({
      ...day,
      text: 'The Red Cross said 52 people were killed in Cagayan.',
    });
    await ingest({
      ...day,
      text: 'A hospital said 7 people were killed in Cagayan.',
    });
    const [flag] = await flags(story);
    expect(figures(flag)).toEqual([7, 40, 52]);
    const seven = flag.values.find((v) => v.value === 7)!;
    const path = `/discrepancies/${flag.id}/values/${seven.claims[0].id}/dismiss`;
    expect((await apiAs(stack.url).post(path).send({})).status).toBe(400);
    const res = await apiAs(stack.url).post(path).send({ note: 'not a total: one hospital' });
    expect(res.status).toBe(200);
    expect([res.body.status, figures(res.body as Flag)]).toEqual(['open', [40, 52]]);
    const trail = (await apiAs(stack.url).get(`/discrepancies/${flag.id}/events`)).body as {
      action: string;
      note: string | null;
      details: Record<string, unknown>;
    }[];
    expect(trail.find((e) => e.action === 'value_dismissed')).toMatchObject({
      note: 'not a total: one hospital',
      details: { value: 7 },
    });
  });

  it('moves an article to another story and re-runs both comparisons', async () => {
    const home = `move-home-${tag}`;
    const away = `move-away-${tag}`;
    const day = { publishedAt: '2024-07-06' };
    await ingest({
      ...day,
      story: away,
      text: 'Police said 30 people were missing in Cagayan.',
    });
    const stray = await ingest({
      ...day,
      story: home,
      text: 'The coast guard said 45 people were missing in Cagayan.',
    });
    expect(await flags(away)).toEqual([]);
    const moved = await apiAs(stack.url).patch(`/articles/${stray.id}`).send({ story: away });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ outcome: 'moved', story: away, previousStory: home });
    expect((await flags(away)).map(figures)).toEqual([[30, 45]]);
    // submitting the same article again under another story says what happened
    const again = await apiAs(stack.url)
      .post('/articles')
      .send({
        ...day,
        story: home,
        text: `The coast guard said 45 people were missing in Cagayan.\n\nDesk ${tag}.`,
      });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: stray.id, story: away });
    expect(again.body.message).toMatch(/not changed/);
  });

  it('merges two stories into one, whose comparison then flags their figures', async () => {
    const first = `merge-a-${tag}`;
    const second = `merge-b-${tag}`;
    const day = { publishedAt: '2024-07-07' };
    await ingest({
      ...day,
      story: first,
      text: 'The army said 2,500 soldiers were deployed to Cagayan.',
    });
    await ingest({
      ...day,
      story: second,
      text: 'The governor said 3,000 soldiers were deployed to Cagayan.',
    });
    const secondId = ((await apiAs(stack.url).get(`/stories/${second}`)).body as { id: string }).id;
    const res = await apiAs(stack.url).post(`/stories/${second}/merge`).send({ into: first });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ outcome: 'merged', into: first, articlesMoved: 1 });
    const merged = await waitFor(async () => {
      const found = await flags(first);
      return found.length ? found : undefined;
    }, 'the merged story to be compared');
    expect(merged.map((f) => [f.metric, f.kind, figures(f)])).toEqual([
      ['deployed', 'conflict', [2500, 3000]],
    ]);
    // a bookmark of the merged story's key leads to the story it now lives in
    const bookmarked = await apiAs(stack.url).get(`/stories/${second}`);
    expect(bookmarked.status).toBe(200);
    expect(bookmarked.body).toMatchObject({ key: first, mergedFrom: second });
    expect((bookmarked.body as { articles: unknown[] }).articles).toHaveLength(2);
    expect((await apiAs(stack.url).get(`/stories/${first}`)).body).toMatchObject({
      key: first,
      mergedFrom: null,
    });
    // so does a link made with the merged story's id
    const byOldId = await apiAs(stack.url).get(`/stories/${secondId}`);
    expect(byOldId.status).toBe(200);
    expect(byOldId.body).toMatchObject({ key: first, mergedFrom: secondId });
    // and an article submitted later under the merged key joins that story, not a new one
    const late = await ingest({
      ...day,
      story: second,
      text: 'The mayor said 2,800 soldiers were deployed to Cagayan.',
    });
    expect((await apiAs(stack.url).get(`/articles/${late.id}`)).body).toMatchObject({
      story: first,
    });
    const joined = await apiAs(stack.url).get(`/stories/${first}`);
    expect((joined.body as { articles: unknown[] }).articles).toHaveLength(3);
  });

  it('follows a chain of merges from an old key, in the story and in every filter by story', async () => {
    const [oldest, middle, last] = ['chain-a', 'chain-b', 'chain-c'].map((s) => `${s}-${tag}`);
    const day = { publishedAt: '2024-07-08' };
    await ingest({
      ...day,
      story: oldest,
      text: 'The army said 1,200 soldiers were deployed to Isabela.',
    });
    await ingest({
      ...day,
      story: middle,
      text: 'The governor said 1,800 soldiers were deployed to Isabela.',
    });
    await ingest({ ...day, story: last, text: 'Police said 14 people were detained in Isabela.' });
    const merge = (from: string, into: string) =>
      apiAs(stack.url, 'reviewer').post(`/stories/${from}/merge`).send({ into });
    expect((await merge(oldest, middle)).status).toBe(200);
    expect((await merge(middle, last)).status).toBe(200);

    const story = await apiAs(stack.url).get(`/stories/${oldest}`);
    expect(story.status).toBe(200);
    expect(story.body).toMatchObject({ key: last, mergedFrom: oldest });
    expect((story.body as { articles: unknown[] }).articles).toHaveLength(3);
    expect(
      (story.body as { merges: { mergedKey: string }[] }).merges.map((m) => m.mergedKey),
    ).toEqual([oldest, middle]);

    const found = await waitFor(async () => {
      const listed = await flags(last);
      return listed.length ? listed : undefined;
    }, 'the chained story to be compared');
    expect((await flags(oldest)).map((f) => f.id)).toEqual(found.map((f) => f.id));
    const [flag] = found;
    const claims = async (key: string) => {
      const res = await apiAs(stack.url).get('/claims').query({ story: key });
      return res.body as { total: number; items: { id: string; story: string }[] };
    };
    const byOldKey = await claims(oldest);
    expect(byOldKey.total).toBeGreaterThanOrEqual(3);
    expect(byOldKey.items.map((c) => c.id)).toEqual((await claims(last)).items.map((c) => c.id));
    expect(new Set(byOldKey.items.map((c) => c.story))).toEqual(new Set([last]));
    const history = await apiAs(stack.url)
      .get('/claims/history')
      .query({ story: oldest, metric: flag.metric, subject: flag.subject });
    expect(history.status).toBe(200);
    expect(history.body).toMatchObject({ story: last });
    expect((history.body as { values: unknown[] }).values).toHaveLength(2);
    const articles = await apiAs(stack.url).get('/articles').query({ story: middle });
    expect((articles.body as { total: number }).total).toBe(3);

    expect((await apiAs(stack.url).get(`/stories/never-${tag}`)).status).toBe(404);
    expect((await claims(`never-${tag}`)).total).toBe(0);
  });
});
