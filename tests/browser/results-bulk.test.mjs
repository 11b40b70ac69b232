// Bulk entry and the drill-down of figures in a real browser, without scripts: a
// partnership's staff download the template of a period, fill it, upload it, see the
// problem by row, correct it, confirm and find the values on the results page; a visitor
// follows a figure of the dashboard to the approved values it counts. axe-core audits the
// new pages.
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { scalar, startServer } from '../http/harness.mjs';
import { AxeAudit, launchChromium, signIn } from './support.mjs';

// The template's CSV with `values` ("code cell" → value) written in its value column.
function filled(csv, values) {
  const lines = csv.split('\r\n');
  return lines.map(line => {
    const fields = line.split(',');
    // Counted from the end, past an indicator name that may hold commas: cell, cell name,
    // current value, status, value, denominator.
    const key = `${fields[0]} ${fields[fields.length - 6]}`;
    if (!(key in values)) return line;
    fields[fields.length - 2] = values[key];
    return fields.join(',');
  }).join('\r\n');
}

describe('bulk entry and drill-down in the browser', () => {
  let server, browser, id, period, folder;
  before(async () => {
    server = await startServer();
    browser = await launchChromium();
    id = await scalar(server, "SELECT id FROM partnerships WHERE partner_key = 'bf-sonreba'");
    period = await scalar(server, "SELECT id FROM reporting_periods WHERE frequency = 'quarterly' AND fiscal_year = 2027 AND number = 2");
    folder = await mkdtemp(path.join(tmpdir(), 'pmi-bulk-'));
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function signedInPage(email, options = {}) {
    const context = await browser.newContext({ locale: 'en-CA', javaScriptEnabled: false, acceptDownloads: true, ...options });
    const page = await context.newPage();
    if (email) await signIn(page, server.url, email);
    return page;
  }

  test('staff download the template, upload it filled, see the problem, correct it and confirm', async () => {
    const page = await signedInPage('partner@pmi.example');
    await page.goto(`${server.url}/partnerships/${id}/results/bulk`);
    await page.locator('#period').selectOption({ label: '2027-28 Q2' });
    await Promise.all([page.waitForNavigation(), page.locator('main form[method="get"] button').click()]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[href*="/bulk/template.csv"]').click()]);
    const template = await readFile(await download.path(), 'utf8');
    assert.match(template, /^indicator,indicator_name,period,cell/);

    const wrong = path.join(folder, 'wrong.csv');
    await writeFile(wrong, filled(template, { '1311.1 total': '4', '1111.1 total': '8', '1111.1 women': '5', '1111.1 men': '2', '1111.1 other-gender': '0', '1111.1 sex-not-stated': '0' }));
    await page.locator('#file').setInputFiles(wrong);
    await page.locator('#mode_add').check();
    const [refused] = await Promise.all([page.waitForNavigation(), page.locator('main form[enctype="multipart/form-data"] button').click()]);
    assert.equal(refused.status(), 422);
    // The partner reads French: the problem is named by its row, its column and its figures.
    assert.equal(await page.locator('main [role="alert"]').count(), 1);
    const problem = await page.locator('#bulk-problems tbody tr').allTextContents();
    assert.equal(problem.length, 1);
    assert.match(problem[0], /^\d+value.*\b8\b.*\b7\b/);

    const right = path.join(folder, 'right.csv');
    await writeFile(right, filled(template, { '1311.1 total': '4', '1111.1 total': '8', '1111.1 women': '5', '1111.1 men': '3', '1111.1 other-gender': '0', '1111.1 sex-not-stated': '0' }));
    await page.locator('#file').setInputFiles(right);
    const [previewed] = await Promise.all([page.waitForNavigation(), page.locator('main form[enctype="multipart/form-data"] button').click()]);
    assert.equal(previewed.status(), 200);
    assert.match(await page.locator('#bulk-changes tbody').textContent(), /1111\.1/);
    assert.equal(await page.locator('#bulk-problems').count(), 0);
    await Promise.all([page.waitForNavigation(), page.locator('main form:has(input[name="kept_file"]) button').click()]);
    assert.match(page.url(), new RegExp(`/partnerships/${id}/results\\?notice=saved$`), await page.locator('main').innerHTML());
    assert.match(await page.locator('main table').first().textContent(), /2027-28 Q2/);
    await page.context().close();
  });

  test('a figure of the dashboard links to the approved values behind it', async () => {
    const page = await signedInPage(null);
    await page.goto(`${server.url}/results/dashboard`);
    await Promise.all([page.waitForNavigation(), page.locator('section[aria-labelledby="indicator-1111.1"] a', { hasText: /^21$/ }).first().click()]);
    assert.match(page.url(), /\/results\/measurements\?indicator=\d+&year=2026&country=BF&cell=total$/);
    const rows = await page.locator('#figure-sources tbody tr').allTextContents();
    assert.equal(rows.length, 2);
    assert.ok(rows.every(row => /2026-27 Q[23]/.test(row)));
    await page.context().close();
  });

  test('axe finds no WCAG 2.1 A/AA violations on the bulk entry and drill-down pages', async () => {
    const axe = new AxeAudit();
    const problems = [];
    const page = await signedInPage('partner@pmi.example', { bypassCSP: true, javaScriptEnabled: true });
    for (const address of [`/partnerships/${id}/results/bulk`, `/partnerships/${id}/results/bulk?period=${period}`, '/results/dashboard']) {
      const response = await page.goto(`${server.url}${address}`);
      if (response.status() !== 200) problems.push(`${address}: HTTP ${response.status()}`);
      else await axe.check(page, address);
    }
    const wrong = path.join(folder, 'axe.csv');
    await writeFile(wrong, 'indicator,cell,value\n9999,total,x\n1111.1,total,1\n');
    await page.goto(`${server.url}/partnerships/${id}/results/bulk?period=${period}`);
    await page.locator('#file').setInputFiles(wrong);
    await Promise.all([page.waitForNavigation(), page.locator('main form[enctype="multipart/form-data"] button').click()]);
    await axe.check(page, 'the preview with problems');
    await page.goto(`${server.url}/results/dashboard`);
    const link = await page.locator('section[aria-labelledby="indicator-1111.1"] a').first().getAttribute('href');
    await page.goto(`${server.url}${link}`);
    await axe.check(page, 'the values behind a figure');
    problems.push(...axe.reports());
    await page.context().close();
    assert.ok(problems.length === 0, `${problems.length} accessibility problems:\n\n${problems.join('\n\n')}`);
  });
});
