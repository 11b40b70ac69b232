// IATI in a real browser, without scripts: an officer reviews the problems and publishes the
// activity file, then imports it back and sees what was added and what was left out. axe-core
// audits the review and import pages, in English and French.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../http/harness.mjs';
import { AxeAudit, launchChromium, signIn } from './support.mjs';

describe('IATI in the browser', () => {
  let server, browser;
  before(async () => {
    server = await startServer();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function officerPage(options = {}) {
    const context = await browser.newContext({ locale: 'en-CA', javaScriptEnabled: false, ...options });
    const page = await context.newPage();
    await signIn(page, server.url, 'officer@pmi.example');
    return page;
  }

  test('an officer publishes the file, then imports it and reads the report', async () => {
    const page = await officerPage();
    await page.goto(`${server.url}/iati`);
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Publish the activity file' }).click()]);
    assert.match(await page.locator('main').textContent(), /Last published/);
    const file = await (await page.request.get(`${server.url}/iati/activities.xml`)).text();
    await page.goto(`${server.url}/iati/import`);
    await page.locator('#file').setInputFiles({ name: 'activities.xml', mimeType: 'application/xml', buffer: Buffer.from(file) });
    const [reply] = await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Import' }).click()]);
    assert.equal(reply.status(), 200);
    assert.match(await page.locator('[role="status"]').first().textContent(), /3 activities read/);
    assert.match(await page.locator('main').textContent(), /already in the directory/, 'the demo partners are there already');
    assert.ok(await page.locator('#unmapped tbody tr').count() > 0, 'budgets are reported as not imported');
    await page.context().close();
  });

  test('axe finds no WCAG 2.1 A/AA violations on the IATI pages', async () => {
    const axe = new AxeAudit();
    const problems = [];
    const page = await officerPage({ bypassCSP: true, javaScriptEnabled: true });
    for (const path of ['/iati', '/iati/import', '/iati?lang=fr']) {
      const response = await page.goto(`${server.url}${path}`);
      if (response.status() !== 200) { problems.push(`${path}: HTTP ${response.status()}`); continue; }
      await axe.check(page, `${path} [${await page.getAttribute('html', 'lang')}]`);
    }
    // The import form with its problem beside the field.
    await page.goto(`${server.url}/iati/import`);
    const [refused] = await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Import' }).click()]);
    if (refused.status() === 422) await axe.check(page, '/iati/import (problems)');
    else problems.push(`an empty import answered ${refused.status()}`);
    await page.context().close();
    problems.push(...axe.reports());
    assert.ok(problems.length === 0, `${problems.length} accessibility problems:\n\n${problems.join('\n\n')}`);
  });
});
