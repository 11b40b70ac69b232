// Partnerships in a real browser, without scripts: an officer adds a budget line through the
// form and sees the totals change; a refused amount is shown beside its field. axe-core
// audits every partnership page as the public, a municipality's staff and an officer.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { scalar, startServer } from '../http/harness.mjs';
import { AxeAudit, launchChromium, signIn } from './support.mjs';

describe('partnerships in the browser', () => {
  let server, browser, id;
  before(async () => {
    server = await startServer();
    browser = await launchChromium();
    id = await scalar(server, "SELECT id FROM partnerships WHERE partner_key = 'bf-sonreba'");
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function signedInPage(email, options = {}) {
    const context = await browser.newContext({ locale: 'en-CA', javaScriptEnabled: false, ...options });
    const page = await context.newPage();
    if (!email) return page;
    await signIn(page, server.url, email);
    return page;
  }

  test('an officer adds a budget line with the form; a wrong amount is named beside its field', async () => {
    const page = await signedInPage('admin@pmi.example');
    await page.goto(`${server.url}/partnerships/${id}/budget`);
    const before = await page.locator('#budget-total').textContent();
    await page.locator('#fiscal_year').selectOption('2027-28');
    await page.locator('#category').selectOption('training');
    await page.locator('#description').fill('Second bookkeeping workshop');
    await page.locator('#amount').fill('99.999');
    const [refused] = await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Add the line' }).click()]);
    assert.equal(refused.status(), 422);
    assert.match(await page.locator('.field-error').first().textContent(), /two decimals/);
    await page.locator('#amount').fill('1000.01');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Add the line' }).click()]);
    const after = await page.locator('#budget-total').textContent();
    const cents = text => BigInt(text.replace(/[^0-9]/g, ''));
    assert.equal(cents(after) - cents(before), 100001n, `${before} → ${after}`);
    await page.context().close();
  });

  test('axe finds no WCAG 2.1 A/AA violations on the partnership pages', async () => {
    const axe = new AxeAudit();
    const problems = [];
    async function audit(email, paths) {
      const page = await signedInPage(email, { bypassCSP: true, javaScriptEnabled: true });
      problems.push(...await axe.checkPaths(page, server.url, paths, email ? email.split('@')[0] : 'public'));
      return page;
    }
    await (await audit(null, ['/partnerships', `/partnerships/${id}`])).context().close();
    await (await audit('applicant@pmi.example', ['/partnerships', `/partnerships/${id}`, `/partnerships/${id}/edit`, `/partnerships/${id}/budget`,
      `/partnerships/${id}/budget/amendments/new`])).context().close();
    const officer = await audit('officer@pmi.example', ['/partnerships', '/manage/partnerships/new', `/partnerships/${id}/edit`,
      `/partnerships/${id}/budget`]);
    // The form with its problems listed.
    await officer.goto(`${server.url}/manage/partnerships/new`);
    const [refused] = await Promise.all([officer.waitForNavigation(), officer.locator('main form button[type="submit"]').click()]);
    if (refused.status() === 422) await axe.check(officer, '/manage/partnerships/new (problems)');
    else problems.push(`an empty partnership form answered ${refused.status()}`);
    await officer.context().close();
    problems.push(...axe.reports());
    assert.ok(problems.length === 0, `${problems.length} accessibility problems:\n\n${problems.join('\n\n')}`);
  });
});
