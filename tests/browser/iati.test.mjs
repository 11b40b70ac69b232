// IATI in a real browser, without scripts: an officer reviews the problems and publishes the
// activity file, then imports it back and sees what was added (no partner and no result
// twice) and what was left out. axe-core
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
    await page.goto(`${server.url}/iati?lang=en`);
    await Promise.all([page.waitForNavigation(), page.locator('main form[action="/iati/publish"] button').click()]);
    assert.match(await page.locator('main').textContent(), /activities\.xml/, 'the last publication is named');
    const file = await (await page.request.get(`${server.url}/iati/activities.xml`)).text();
    await page.goto(`${server.url}/iati/import?lang=en`);
    await page.locator('#file').setInputFiles({ name: 'activities.xml', mimeType: 'application/xml', buffer: Buffer.from(file) });
    const [reply] = await Promise.all([page.waitForNavigation(), page.locator('main form button[type="submit"]').click()]);
    assert.equal(reply.status(), 200);
    assert.match(await page.locator('main [role="status"]').first().textContent(), /^3 /, 'the program and two partnerships read');
    const partners = page.locator('#imported-partners tbody tr');
    assert.equal(await partners.count(), 2, 'the two demo partners');
    assert.match(await partners.first().textContent(), /bf-sonreba/, 'known by name: the demo profile, not a new one');
    assert.ok(await page.locator('#unmapped tbody tr').count() > 0, 'budgets are reported as not imported');
    // The file's results are the program's own: every value is found, none added twice.
    const results = page.locator('#imported-results tbody tr');
    assert.equal(await results.count(), 2, 'the two published partnerships report results');
    for (const row of await results.all()) {
      const cells = await row.locator('td').allTextContents();
      assert.deepEqual(cells.slice(2, 6), ['0', '0', '0', '0'], `nothing added: ${cells.join(' | ')}`);
      assert.ok(Number(cells[6]) > 0, `values already held: ${cells.join(' | ')}`);
    }
    assert.equal(await page.locator('main svg.chart').count(), 1, 'a chart beside the table');
    await page.context().close();
  });

  test('axe finds no WCAG 2.1 A/AA violations on the IATI pages', async () => {
    const axe = new AxeAudit();
    const problems = [];
    const page = await officerPage({ bypassCSP: true, javaScriptEnabled: true });
    for (const path of ['/iati?lang=en', '/iati/import?lang=en', '/iati?lang=fr']) {
      const response = await page.goto(`${server.url}${path}`);
      if (response.status() !== 200) { problems.push(`${path}: HTTP ${response.status()}`); continue; }
      await axe.check(page, `${path} [${await page.getAttribute('html', 'lang')}]`);
    }
    // The import form with its problem beside the field.
    await page.goto(`${server.url}/iati/import?lang=en`);
    const [refused] = await Promise.all([page.waitForNavigation(), page.locator('main form button[type="submit"]').click()]);
    if (refused.status() === 422) await axe.check(page, '/iati/import (problems)');
    else problems.push(`an empty import answered ${refused.status()}`);
    // The report, with its chart and tables of partners, results and what was left out.
    const file = await (await page.request.get(`${server.url}/iati/activities.xml`)).text();
    await page.locator('#file').setInputFiles({ name: 'activities.xml', mimeType: 'application/xml', buffer: Buffer.from(file) });
    const [imported] = await Promise.all([page.waitForNavigation(), page.locator('main form button[type="submit"]').click()]);
    if (imported.status() === 200) await axe.check(page, '/iati/import (report)');
    else problems.push(`the import answered ${imported.status()}`);
    await page.context().close();
    problems.push(...axe.reports());
    assert.ok(problems.length === 0, `${problems.length} accessibility problems:\n\n${problems.join('\n\n')}`);
  });
});
