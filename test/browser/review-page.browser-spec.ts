import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { submit, waitForArticle } from '../helpers/articles';
import { useFreshStack } from '../helpers/stack';
import { launchChromium } from './chromium';

// A reviewer's session on the page at `/`, against the real API and worker with the seed ingested:
// both discrepancies shown, one confirmed with a note (it leaves the open list and its audit trail
// shows the decision), then the history chart of the other.
const ROOT = join(__dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'test', 'artifacts');
const SEED = join(ROOT, 'seeds', '000_5d0714ddfb954547.txt');

describe('review page in Chromium', () => {
  const stack = useFreshStack();
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  let story: string;

  beforeAll(async () => {
    const { id } = await submit(stack().url, {
      text: readFileSync(SEED, 'utf8'),
      publishedAt: '2022-01-06',
    });
    const seed = await waitForArticle(stack().url, id);
    expect(seed.status).toBe('processed');
    story = seed.story!;
    browser = await launchChromium();
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const card = (metric: string) =>
    page.locator('#discrepancy-list article.discrepancy', {
      hasText: `${metric} · law enforcement`,
    });

  it('shows both discrepancies of the seed with their competing values', async () => {
    await page.goto(stack().url);
    await page.getByLabel('API key').fill(stack().keys.reviewer);
    await page.getByRole('button', { name: 'Use key' }).click();
    await card('killed').waitFor();
    await card('injured').waitFor();
    const killed = card('killed');
    await expect(killed.locator('.value .figure').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['8', '12']),
    );
    await expect(card('injured').locator('.value .figure').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['317', '353']),
    );
    await expect(killed.locator('mark').first().textContent()).resolves.toMatch(/^(8|12)$/);
    await expect(killed.textContent()).resolves.toContain('@_Stmatrix');
    await expect(killed.textContent()).resolves.toContain('Khabar-24');
    await expect(page.locator('#story-list').textContent()).resolves.toContain('2 open of 2');
  });

  it('confirms one with a note: it leaves the open list and its audit trail shows the decision', async () => {
    const killed = card('killed');
    await killed
      .getByLabel('Note (required to dismiss)')
      .fill('Checked against the ministry briefing');
    await killed.getByRole('button', { name: 'Confirm' }).click();
    await page.locator('#decided-list li', { hasText: 'now confirmed' }).waitFor();
    await card('killed').waitFor({ state: 'detached' });
    await expect(card('injured').count()).resolves.toBe(1);
    const audit = await page.locator('#decided-list').textContent();
    expect(audit).toContain('open → confirmed');
    expect(audit).toContain('Checked against the ministry briefing');
  });

  it('opens the history chart of the other', async () => {
    await card('injured').getByRole('button', { name: 'History chart' }).click();
    await page.locator('#history-chart canvas').waitFor();
    const rows = page.locator('#history-table tbody tr');
    await expect(rows.count()).resolves.toBe(2);
    await expect(page.locator('#history-table').textContent()).resolves.toContain('conflict');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'review-page.png'), fullPage: true });
  });

  it("places each value at its source's own date, not at a date the sentence names", async () => {
    // published on Saturday 8 January, about Wednesday the 5th: first seen on the 8th
    const { id } = await submit(stack().url, {
      text: 'The interior ministry said on Wednesday that 18 police officers had been killed and 1,300 injured in Almaty during the unrest.',
      publishedAt: '2022-01-08',
      story,
    });
    expect((await waitForArticle(stack().url, id)).status).toBe('processed');
    const placed = await page.evaluate(async (storyKey) => {
      const chart = (await import('/history-chart.js' as string)) as {
        historySeries: (
          h: unknown,
          d: unknown[],
        ) => { series: { points: { x: number; y: number }[] }[] };
      };
      const res = await fetch(
        `/claims/history?story=${encodeURIComponent(storyKey)}&metric=injured&subject=law_enforcement`,
        { headers: { authorization: `Bearer ${sessionStorage.getItem('ppt.apiKey')}` } },
      );
      const history = (await res.json()) as { claims: { value: number; asOf: string }[] };
      const points = chart.historySeries(history, []).series.flatMap((s) => s.points);
      return {
        asOf: history.claims.find((c) => c.value === 1300)?.asOf,
        firstSeen: points
          .filter((p) => p.y === 1300)
          .map((p) => new Date(p.x * 1000).toISOString().slice(0, 10)),
      };
    }, story);
    expect(placed).toEqual({ asOf: '2022-01-05', firstSeen: ['2022-01-08'] });
    await card('injured').getByRole('button', { name: 'History chart' }).click();
    const row = page.locator('#history-table tbody tr', { hasText: '1300' });
    await row.waitFor();
    await expect(row.locator('td').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['2022-01-08', '2022-01-05']),
    );
  });
});
