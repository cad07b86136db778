import { submit, waitForArticle } from './helpers/articles';
import { apiAs, useFreshStack, type Stack } from './helpers/stack';

// Articles submitted without a story join the story they share most with (words, places,
// figures), when their dates fit (within 60 days, or a look back) and their kinds of event agree.
const articles = {
  almatyJan6: {
    text: 'ALMATY, Jan 6 (Reuters) - At least 18 police officers were killed in Almaty, Kazakhstan’s interior ministry said on Thursday.',
    publishedAt: '2022-01-06',
  },
  almatyJan9: {
    text: 'ALMATY, Jan 9 (Reuters) - Kazakhstan’s health ministry said 164 people had been killed across the country during the unrest.',
    publishedAt: '2022-01-09',
  },
  almatyJune: {
    text: 'ALMATY, June 5 (Reuters) - Police in Kazakhstan detained 30 protesters at a rally over fuel prices in Almaty on Sunday.',
    publishedAt: '2022-06-05',
  },
  tashkentJan7: {
    text: 'TASHKENT, Jan 7 (Reuters) - At least 5 people were killed in clashes in Tashkent, Uzbekistan’s interior ministry said.',
    publishedAt: '2022-01-07',
  },
};

// Two disasters of one pilgrimage, nine years apart: a stampede (2015) and a heatwave (2024).
const pilgrimages = {
  heat2024: {
    text:
      'RIYADH - The death toll from extreme heat during the hajj pilgrimage rose to 550, diplomats said, as ' +
      'temperatures hit 51.8 degrees Celsius in Mecca. Jordan and Tunisia reported more pilgrims dead of ' +
      'heatstroke; Egypt said most of its pilgrims died because of the heat.',
    publishedAt: '2024-06-19',
  },
  stampede2015: {
    text:
      'MECCA, Saudi Arabia - The death toll from a stampede in Mina during the hajj rose to 769, Health Minister ' +
      'Khaled al-Falih said. Pilgrims were crushed near the Jamarat Bridge where the faithful stone the devil. ' +
      'Iran said 136 of its pilgrims died in the stampede and blamed Saudi road closures. Survivors described ' +
      'a crush as two columns of pilgrims met.',
    publishedAt: '2015-09-26',
  },
  heatUndated: {
    text:
      'More than 1,000 pilgrims died during the hajj as temperatures soared above 50 degrees Celsius in Mecca. ' +
      'Egypt, Jordan and Tunisia counted pilgrims dead of heatstroke; the heat wave hit unregistered pilgrims hardest.',
  },
  stampedeUndated: {
    text:
      'Saudi Arabia raised the toll of the Mina stampede to 769 dead and 934 injured. Iranian officials accused ' +
      'the kingdom of mismanaging the hajj; pilgrims trampled in the crush near the Jamarat Bridge in Mina ' +
      'included 136 Iranians.',
  },
};

// One flood told three ways: the second article shares nothing distinctive with the first (so it
// opens a story of its own), the third names what both said.
const idai = {
  toll: {
    text:
      'BEIRA, Mozambique - Floods killed at least 417 people in Mozambique after Cyclone Idai made landfall near ' +
      'Beira, the government said. Rescuers pulled survivors from rooftops as the floodwater receded.',
    publishedAt: '2019-03-21',
  },
  missing: {
    text:
      'The Red Cross said 15,000 people were still stranded. Aid convoys from Chimoio reached the Buzi district ' +
      'as relief workers warned of cholera.',
    publishedAt: '2019-03-22',
  },
  bridge: {
    text:
      'BEIRA - The Red Cross put the stranded at 15,000 as floods left 417 dead in Mozambique; Cyclone Idai ' +
      'flattened Beira and aid convoys from Chimoio reached the Buzi district, relief workers said.',
    publishedAt: '2019-03-23',
  },
};

// A protest movement told over three weeks: clashes in the capital, then a follow-up about an
// attack on the group that counts the dead, in other towns, sharing little but the actors' names.
const movement = {
  clashes: {
    text:
      'MAPUTO - Police fired tear gas at supporters of opposition leader Tomás Nhantumbo in Maputo, ' +
      'Mozambique, as protests over the disputed election entered a second week. The Observatório ' +
      'Eleitoral Sala said at least 30 people had been killed. The ruling Frelimo party rejected the claims.',
    publishedAt: '2024-11-04',
  },
  strike: {
    text:
      'At least 34 people were killed in the post-election protests in Mozambique, according to the ' +
      'Observatório Eleitoral Sala, as Nhantumbo called for a national strike against Frelimo.',
    publishedAt: '2024-11-06',
  },
  followUp: {
    text:
      'Police killed 27 people in four days in Nampula and Beira, bringing the total to 103, according ' +
      'to Observatório Eleitoral Sala, which said on Sunday that two men had tried to force its ' +
      'communications officer into a car; the public intervened and the kidnapping failed.',
    publishedAt: '2024-11-24',
  },
};

// A mine rescue told in two reports, the first also telling of a court's suspended sentences: "for
// five years on condition" is a length of time, not a look back to five years before.
const mineRescue = {
  court: {
    text:
      'STILFONTEIN - Police said 106 illegal miners were brought up from the disused Stilfontein gold mine ' +
      'and arrested, and 51 bodies were recovered. Forty-six miners were found guilty of trespassing; the ' +
      'court suspended their sentences for five years on condition that they commit no similar crime.',
    publishedAt: '2025-01-15',
  },
  rescue: {
    text:
      'STILFONTEIN - Rescuers brought 26 illegal miners up from the disused Stilfontein gold mine on Monday ' +
      'and police arrested them; nine bodies were recovered from the shaft, police said.',
    publishedAt: '2025-01-13',
  },
};

interface StoryDoc {
  id: string;
  key: string;
  articles: { id: string }[];
  merges: { mergedKey: string; articlesMoved: number; automatic: boolean; score: number | null }[];
}

describe('stories assigned automatically', () => {
  const stackOf = useFreshStack();
  let stack: Stack;
  beforeAll(() => {
    stack = stackOf();
  });

  const ingest = async (body: Record<string, unknown>) => {
    const { id } = await submit(stack.url, body);
    const doc = await waitForArticle(stack.url, id);
    expect(doc.status).toBe('processed');
    return doc;
  };

  it('groups one event and keeps unrelated events apart', async () => {
    const story: Record<string, string | null> = {};
    for (const [name, body] of Object.entries(articles)) {
      const { id } = await submit(stack.url, body);
      const doc = await waitForArticle(stack.url, id);
      expect(doc.status).toBe('processed');
      story[name] = doc.story;
    }
    expect(story.almatyJan6).toEqual(expect.stringMatching(/^kazakhstan-2022-01-06-/));
    // the same event three days later
    expect(story.almatyJan9).toBe(story.almatyJan6);
    // the same country months later
    expect(story.almatyJune).not.toBe(story.almatyJan6);
    // the same week in another country
    expect(story.tashkentJan7).not.toBe(story.almatyJan6);
    expect(story.tashkentJan7).toEqual(expect.stringMatching(/^uzbekistan-/));
  });

  it('keeps two events at one place apart by their years and by what happened', async () => {
    const story: Record<string, string | null> = {};
    for (const [name, body] of Object.entries(pilgrimages))
      story[name] = (await ingest(body)).story;
    expect(story.stampede2015).not.toBe(story.heat2024);
    // undated: they join by what they say, the heatwave to the heatwave, the stampede to the stampede
    expect(story.heatUndated).toBe(story.heat2024);
    expect(story.stampedeUndated).toBe(story.stampede2015);
  });

  it('merges two stories of one event once an article bridges them, and records the merge', async () => {
    const toll = await ingest(idai.toll);
    const missing = await ingest(idai.missing);
    expect(missing.story).not.toBe(toll.story);
    const bridge = await ingest(idai.bridge);
    const after = await Promise.all(
      [toll, missing, bridge].map(
        async (a) => (await apiAs(stack.url).get(`/articles/${a.id}`)).body,
      ),
    );
    expect(after.map((a: { story: string }) => a.story)).toEqual([
      bridge.story,
      bridge.story,
      bridge.story,
    ]);
    const res = await apiAs(stack.url).get(`/stories/${encodeURIComponent(bridge.story!)}`);
    expect(res.status).toBe(200);
    const doc = res.body as StoryDoc;
    expect(doc.articles.map((a) => a.id).sort()).toEqual([toll.id, missing.id, bridge.id].sort());
    expect(doc.merges).toEqual([
      expect.objectContaining({ articlesMoved: 1, automatic: true, score: expect.any(Number) }),
    ]);
    expect([toll.story, missing.story]).toContain(doc.merges[0].mergedKey);
    // the absorbed story is gone: its key leads to the story that absorbed it
    const absorbed = doc.merges[0].mergedKey;
    const led = await apiAs(stack.url).get(`/stories/${encodeURIComponent(absorbed)}`);
    expect(led.status).toBe(200);
    expect(led.body).toMatchObject({ id: doc.id, mergedFrom: absorbed });
  });

  it('brings a follow-up weeks later into the story when it names the same actors', async () => {
    const clashes = await ingest(movement.clashes);
    const strike = await ingest(movement.strike);
    expect(strike.story).toBe(clashes.story);
    const followUp = await ingest(movement.followUp);
    expect(followUp.story).toBe(clashes.story);
    // the desk sees one story holding the three articles
    const res = await apiAs(stack.url).get(`/stories/${encodeURIComponent(clashes.story!)}`);
    expect(res.status).toBe(200);
    expect((res.body as StoryDoc).articles.map((a) => a.id).sort()).toEqual(
      [clashes.id, strike.id, followUp.id].sort(),
    );
  });

  it('keeps a report whose text gives a length of time ("for five years on") in its own days', async () => {
    const court = await ingest(mineRescue.court);
    expect(court.story).toEqual(expect.stringMatching(/^south-africa-2025-01-15-/));
    const rescue = await ingest(mineRescue.rescue);
    expect(rescue.story).toBe(court.story);
    const res = await apiAs(stack.url).get(`/stories/${encodeURIComponent(court.story!)}`);
    expect(res.body).toMatchObject({ firstDate: '2025-01-13', lastDate: '2025-01-15' });
  });

  it('says what happened when an automatically placed article is submitted again under a story', async () => {
    const again = await apiAs(stack.url)
      .post('/articles')
      .send({ ...idai.toll, story: 'mozambique-floods' });
    const current = (await apiAs(stack.url).get(`/articles/${again.body.id}`)).body as {
      story: string;
    };
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ story: current.story });
    expect(again.body.message).toMatch(/not changed to "mozambique-floods"/);
    // PATCH moves it, out of the automatic story
    const moved = await apiAs(stack.url)
      .patch(`/articles/${again.body.id}`)
      .send({ story: 'mozambique-floods' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      outcome: 'moved',
      story: 'mozambique-floods',
      previousStory: current.story,
    });
    const left = (await apiAs(stack.url).get(`/stories/${encodeURIComponent(current.story)}`))
      .body as StoryDoc;
    expect(left.articles.map((a) => a.id)).not.toContain(again.body.id);
  });
});
