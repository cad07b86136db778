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

  beforeAll(async () => {
    const { id } = await submit(stack().url, {
      text: readFileSync(SEED, 'utf8'),
      publishedAt: '2022-01-06',
    });
    expect((await waitForArticle(stack().url, id)).status).toBe('processed');
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
});
