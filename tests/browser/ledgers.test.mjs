// Expenses and in-kind contributions in a real browser, without scripts: a Canadian
// municipality's staff enter staff hours with their timesheet, an officer who reads French
// validates them, and the totals on the page move. axe-core audits every new page as the
// partnership's staff and as an officer, the forms with their problems listed included.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { scalar, startServer } from '../http/harness.mjs';
import { AxeAudit, launchChromium, signIn } from './support.mjs';

const PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';

describe('expenses and in-kind contributions in the browser', () => {
  let server, browser, id, folder;
  before(async () => {
    server = await startServer();
    browser = await launchChromium();
    id = await scalar(server, "SELECT id FROM partnerships WHERE partner_key = 'bf-sonreba'");
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pmi-ledgers-'));
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  });

  async function signedInPage(email, options = {}) {
    const context = await browser.newContext({ locale: 'en-CA', javaScriptEnabled: false, ...options });
    const page = await context.newPage();
    await signIn(page, server.url, email);
    return page;
  }

  const cents = text => BigInt(text.replace(/[^0-9-]/g, ''));

  // The approved in-kind amount of Burkina Faso (the partnership's country) on the envelope
  // dashboard.
  async function dashboardInKind(page) {
    await page.goto(`${server.url}/manage/envelope/dashboard`);
    const country = page.locator('#by-country tr.total', { hasText: 'Burkina Faso' }).locator('td').last();
    return { country: cents(await country.textContent()) };
  }

  test('a municipality enters staff hours with a timesheet, an officer validates them, the totals move', async () => {
    const staff = await signedInPage('applicant@pmi.example');
    await staff.goto(`${server.url}/partnerships/${id}`);
    await Promise.all([staff.waitForNavigation(), staff.getByRole('link', { name: 'In-kind contributions' }).click()]);
    const before = await staff.locator('#in-kind-total').textContent();
    await staff.locator('#kind').selectOption('staff-time');
    await staff.locator('#date').fill('2026-11-04');
    await staff.locator('#description').fill('Review of the market by-law with the commune');
    await staff.locator('#person').fill('Dana Whitfield');
    await staff.locator('#role').selectOption('technical-staff');
    await staff.locator('#hours').fill('-4');
    const [refused] = await Promise.all([staff.waitForNavigation(), staff.getByRole('button', { name: 'Enter the contribution' }).click()]);
    assert.equal(refused.status(), 422);
    assert.match(await staff.locator('.field-error').first().textContent(), /negative/);
    await staff.locator('#hours').fill('6.25');
    const timesheet = path.join(folder, 'timesheet.pdf');
    fs.writeFileSync(timesheet, PDF);
    await staff.locator('#file').setInputFiles(timesheet);
    await Promise.all([staff.waitForNavigation(), staff.getByRole('button', { name: 'Enter the contribution' }).click()]);
    assert.equal(await staff.locator('#in-kind-total').textContent(), before, 'not counted before validation');
    assert.equal(await staff.getByRole('link', { name: 'timesheet.pdf' }).count(), 1);
    const row = staff.locator('tr', { hasText: 'Review of the market by-law' });
    assert.match(await row.textContent(), /387\.50/);

    const officer = await signedInPage('officer@pmi.example', { locale: 'fr-CA' });
    const dashboardBefore = await dashboardInKind(officer);
    await officer.goto(`${server.url}/partnerships/${id}/in-kind`);
    assert.equal(await officer.getAttribute('html', 'lang'), 'fr');
    const entry = officer.locator('tr', { hasText: 'Review of the market by-law' });
    await Promise.all([officer.waitForNavigation(), entry.getByRole('button', { name: 'Approuver' }).click()]);
    const dashboardAfter = await dashboardInKind(officer);
    assert.equal(dashboardAfter.country - dashboardBefore.country, 38750n, 'the country total on the envelope dashboard moved');
    await officer.context().close();

    await staff.reload();
    const after = await staff.locator('#in-kind-total').textContent();
    assert.equal(cents(after) - cents(before), 38750n, `${before} → ${after}`);
    await staff.context().close();
  });

  test('axe finds no WCAG 2.1 A/AA violations on the expense, in-kind and rate pages', async () => {
    const axe = new AxeAudit();
    const problems = [];
    async function audit(email, paths, locale = 'en-CA') {
      const page = await signedInPage(email, { bypassCSP: true, javaScriptEnabled: true, locale });
      problems.push(...await axe.checkPaths(page, server.url, paths, email ? email.split('@')[0] : 'public'));
      return page;
    }
    await (await audit('applicant@pmi.example', [`/partnerships/${id}/expenses`, `/partnerships/${id}/in-kind`])).context().close();
    const officer = await audit('officer@pmi.example', [`/partnerships/${id}/expenses`, `/partnerships/${id}/in-kind`, '/manage/rates/exchange',
      '/manage/rates/hourly', '/manage/in-kind', '/manage/envelope', '/manage/envelope/dashboard'], 'fr-CA');
    for (const [address, button] of [[`/partnerships/${id}/expenses`, '#entry-form + form button[type="submit"]'],
      [`/partnerships/${id}/in-kind`, '#entry-form + form button[type="submit"]'], ['/manage/rates/exchange', 'main form button[type="submit"]']]) {
      await officer.goto(`${server.url}${address}`);
      const [refused] = await Promise.all([officer.waitForNavigation(), officer.locator(button).click()]);
      if (refused.status() === 422) await axe.check(officer, `${address} (problems)`);
      else problems.push(`an empty form on ${address} answered ${refused.status()}`);
    }
    await officer.context().close();
    problems.push(...axe.reports());
    assert.ok(problems.length === 0, `${problems.length} accessibility problems:\n\n${problems.join('\n\n')}`);
  });
});
