import type { BrowserContext, Page } from 'playwright-core';
import { useFreshStack } from '../helpers/stack';
import { launchChromium } from './chromium';

// An admin opens Bull Board from a plain browser: a browser sends no Authorization header, so the
// desk's "Queue dashboard" button signs in with the tab's key and the board is reached through an
// HttpOnly, SameSite=Strict cookie; the board's own scripts must run under the page's CSP.
describe('queue dashboard in Chromium', () => {
  const stack = useFreshStack();
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  const blocked: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('sends a browser without a key to the sign-in form, and refuses a key that is not an admin', async () => {
    await page.goto(`${stack().url}/admin/queues`);
    expect(new URL(page.url()).pathname).toBe('/admin/login');
    await page.getByLabel('Admin API key').fill(stack().keys.reviewer);
    await page.getByRole('button', { name: 'Open the dashboard' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/needs the admin role/);
    expect(await browser.context.cookies()).toEqual([]);
  });

  it("opens the board from the desk with the tab's admin key and shows the ingest queue", async () => {
    await page.goto(stack().url);
    await page.getByLabel('API key').fill(stack().keys.admin);
    await page.getByRole('button', { name: 'Use key' }).click();
    await page.getByRole('button', { name: 'Queue dashboard' }).click();
    await page.waitForURL(/\/admin\/queues/);
    await page.getByText('ingest', { exact: true }).first().waitFor();
    const [cookie] = await browser.context.cookies();
    expect(cookie).toMatchObject({
      name: 'ppt_admin_key',
      path: '/admin',
      httpOnly: true,
      sameSite: 'Strict',
    });
    expect(page.url()).not.toContain(stack().keys.admin);
    expect(blocked).toEqual([]);
  });

  it('signs out: the cookie is gone and the board asks for a key again', async () => {
    await page.request.post(`${stack().url}/admin/logout`);
    expect(await browser.context.cookies()).toEqual([]);
    await page.goto(`${stack().url}/admin/queues`);
    expect(new URL(page.url()).pathname).toBe('/admin/login');
  });
});

describe('the pages on plain HTTP under a host name (a compose deployment on a LAN)', () => {
  const stack = useFreshStack();
  let browser: { context: BrowserContext; close: () => Promise<void> };

  beforeAll(async () => {
    // not localhost, which browsers treat as secure: no upgrade of its requests is forgiven there
    browser = await launchChromium(['--host-resolver-rules=MAP desk.test 127.0.0.1']);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads their scripts over the same plain HTTP: the desk, /docs and the sign-in form', async () => {
    const page = await browser.context.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
    const base = stack().url.replace('127.0.0.1', 'desk.test');
    await page.goto(base);
    await page.locator('#key-state', { hasText: 'no key' }).waitFor();
    await page.locator('#status', { hasText: 'enter an API key' }).waitFor();
    // the desk's first loads run side by side; leaving while one is in flight aborts it
    await page.waitForLoadState('networkidle');
    await page.goto(`${base}/docs`);
    await page.locator('.opblock').first().waitFor();
    await page.goto(`${base}/admin/queues`);
    await page.getByLabel('Admin API key').fill(stack().keys.admin);
    await page.getByRole('button', { name: 'Open the dashboard' }).click();
    await page.getByText('ingest', { exact: true }).first().waitFor();
    expect(failed.filter((f) => !f.includes('fonts.g'))).toEqual([]);
  });
});
