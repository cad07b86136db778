import { submit, waitForArticle } from './helpers/articles';
import { apiAs, useFreshStack } from './helpers/stack';

// GET /vocabulary lists the words the API speaks; GET /claims?attribution= finds claims by who
// made them (part of any name in the chain, any case).
const tag = Math.random()
  .toString(36)
  .replace(/[^a-z]/g, '')
  .slice(0, 8);
const story = `attribution-${tag}`;

describe('vocabulary and claims by attribution', () => {
  const stack = useFreshStack();

  it('lists metrics, subjects and qualifiers', async () => {
    const res = await apiAs(stack().url).get('/vocabulary');
    expect(res.status).toBe(200);
    const body = res.body as Record<string, string[]>;
    expect(body.metrics).toEqual(expect.arrayContaining(['killed', 'injured', 'detained']));
    expect(body.subjects).toEqual(expect.arrayContaining(['law_enforcement', 'civilians']));
    expect(body.qualifiers).toEqual(expect.arrayContaining(['exact', 'at_least', 'vague']));
    expect(body.discrepancyStatuses).toContain('open');
  });

  it('filters claims by a part of an attributed name, ignoring case', async () => {
    const { id } = await submit(stack().url, {
      text:
        `Unrest in Almaty\n\n12 police officers were killed in Almaty, the health ministry said on Thursday.\n\n` +
        `At least 40 protesters were detained in Almaty, according to the Interior Ministry.\n\nFiled by desk ${tag}.`,
      story,
      publishedAt: '2022-01-06',
    });
    const doc = await waitForArticle(stack().url, id);
    expect(doc.status).toBe('processed');
    const byHealth = await apiAs(stack().url)
      .get('/claims')
      .query({ story, attribution: 'HEALTH min' });
    expect(byHealth.status).toBe(200);
    const items = (byHealth.body as { items: { value: number; attribution: string[] }[] }).items;
    expect(items.map((c) => c.value)).toEqual([12]);
    expect(items[0].attribution.join(' ')).toMatch(/health ministry/i);
    const byInterior = await apiAs(stack().url)
      .get('/claims')
      .query({ story, attribution: 'interior' });
    expect((byInterior.body as { items: { value: number }[] }).items.map((c) => c.value)).toEqual([
      40,
    ]);
    const nobody = await apiAs(stack().url).get('/claims').query({ story, attribution: 'Reuters' });
    expect((nobody.body as { total: number }).total).toBe(0);
  });
});
