import { submit, waitForArticle } from './helpers/articles';
import { apiAs, useFreshStack, waitFor } from './helpers/stack';

// Reviewers deciding on one discrepancy at the same time: every decision is applied to the status
// it saw or refused with 409, and the audit trail always ends with the current status.
const tag = Math.random()
  .toString(36)
  .replace(/[^a-z]/g, '')
  .slice(0, 8);
const story = `decisions-${tag}`;

interface TrailEvent {
  seq: number;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  actor: string;
  note: string | null;
}

describe('review decisions: serialised, expected status, reopening, note limits', () => {
  const stack = useFreshStack();
  let id = '';
  const reviewer = () => apiAs(stack().url, 'reviewer');
  const patch = (body: object) => reviewer().patch(`/discrepancies/${id}`).send(body);
  const trail = async () =>
    (await reviewer().get(`/discrepancies/${id}/events`)).body as TrailEvent[];
  const current = async () => (await reviewer().get(`/discrepancies/${id}`)).body.status as string;

  beforeAll(async () => {
    for (const text of [
      'ALMATY, Jan 6 (Reuters) - 12 police officers were killed in Almaty, the interior ministry said.',
      "ALMATY, Jan 6 (AP) - 8 police officers were killed in Almaty, the city commandant's office said.",
    ]) {
      const { id: articleId } = await submit(stack().url, {
        text: `${text}\n\nFiled by desk ${tag}.`,
        story,
        publishedAt: '2022-01-06',
      });
      expect((await waitForArticle(stack().url, articleId)).status).toBe('processed');
    }
    id = await waitFor(async () => {
      const res = await reviewer().get('/discrepancies').query({ story, metric: 'killed' });
      return (res.body as { items: { id: string }[] }).items[0]?.id;
    }, 'the killed discrepancy');
  });

  it('takes 20 parallel decisions one after another: the trail chains and ends with the current status', async () => {
    const decisions = ['confirmed', 'dismissed', 'resolved', 'open'];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        patch({ status: decisions[i % 4], note: `decision ${i}` }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s !== 200 && s !== 409)).toEqual([]);
    const applied = statuses.filter((s) => s === 200).length;
    expect(applied).toBeGreaterThan(0);

    const events = await trail();
    const decided = events.filter((e) => e.actor !== 'system');
    expect(decided).toHaveLength(applied);
    for (let i = 1; i < events.length; i++) {
      expect(events[i].seq).toBeGreaterThan(events[i - 1].seq);
      expect(events[i].fromStatus).toBe(events[i - 1].toStatus);
    }
    expect(events[events.length - 1].toStatus).toBe(await current());
  });

  it('refuses a decision made on a status that has changed since (409), applies it when unchanged', async () => {
    const seen = await current();
    const other = seen === 'open' ? 'confirmed' : 'open';
    const stale = await patch({ status: other, note: 'stale view', expected: other });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(new RegExp(`now ${seen}, not ${other}`));
    const fresh = await patch({ status: other, note: 'fresh view', expected: seen });
    expect(fresh.status).toBe(200);
    expect(fresh.body.status).toBe(other);
  });

  it('lets a reviewer reopen a decided discrepancy with a note', async () => {
    if ((await current()) === 'open')
      expect((await patch({ status: 'confirmed' })).status).toBe(200);
    const bare = await patch({ status: 'open' });
    expect(bare.status).toBe(400);
    expect(bare.body.message).toMatch(/note is required to reopen/);
    const reopened = await patch({ status: 'open', note: 'the ministry revised its count' });
    expect(reopened.status).toBe(200);
    expect(reopened.body.status).toBe('open');
    const last = (await trail()).pop();
    expect(last).toMatchObject({
      action: 'reopened',
      toStatus: 'open',
      note: 'the ministry revised its count',
      actor: expect.stringMatching(/^test-reviewer-/),
    });
  });

  it.each([
    [
      { status: 'confirmed', note: 'x'.repeat(2001) },
      /note must be shorter than or equal to 2000 characters/,
    ],
    [{ status: 'confirmed', verdict: 'yes' }, /property verdict should not exist/],
    [{ status: 'confirmed', note: 42 }, /note must be a string/],
    [{ status: 'closed' }, /status must be one of the following values/],
    [{ status: 'confirmed', expected: 'pending' }, /expected must be one of the following values/],
    [{}, /status is required/],
  ])('answers %j with 400 naming the field', async (body, message) => {
    const before = (await trail()).length;
    const res = await patch(body);
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(message);
    expect((await trail()).length).toBe(before);
  });

  it('accepts a note of exactly 2000 characters', async () => {
    const status = (await current()) === 'confirmed' ? 'resolved' : 'confirmed';
    expect((await patch({ status, note: 'n'.repeat(2000) })).status).toBe(200);
  });
});
