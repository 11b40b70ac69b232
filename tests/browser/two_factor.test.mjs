// Two-step sign-in in a real browser: a new program officer is sent to
// set up an authenticator app, confirms a code, sees the recovery codes, then signs in again
// through the second step. Every page on the way passes an axe-core WCAG 2.1 A/AA audit.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { runPmi, startServer, uniqueEmail } from '../http/harness.mjs';
import { codeForStep, currentStep } from '../support/totp.mjs';
import { AxeAudit, launchChromium } from './support.mjs';

const PASSWORD = 'orchid-ledger-canyon-6203';

describe('two-step sign-in in the browser', () => {
  let server, browser;
  before(async () => {
    server = await startServer();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('set up, recovery codes and the second step, each page accessible', async () => {
    const email = uniqueEmail('officer');
    await runPmi(server, ['user', 'create', '--email', email, '--role', 'program_officer', '--password', PASSWORD]);
    // axe is injected as an inline script, which the site's CSP rightly forbids.
    const context = await browser.newContext({ bypassCSP: true, locale: 'en-CA' });
    const page = await context.newPage();
    const main = page.locator('main');
    const axe = new AxeAudit();
    const submit = () => Promise.all([page.waitForNavigation(), main.locator('form button[type="submit"]').first().click()]);

    await page.goto(`${server.url}/sign-in`);
    await main.locator('input[name="email"]').fill(email);
    await main.locator('input[name="password"]').fill(PASSWORD);
    await submit();
    await page.goto(`${server.url}/manage/calls`);
    assert.equal(new URL(page.url()).pathname, '/account/two-factor', 'an officer without a second factor reached another page');
    await axe.check(page, 'set-up');
    const secret = (await main.locator('code.secret').first().innerText()).trim();
    assert.match(secret, /^[A-Z2-7]{32}$/);

    await main.locator('input[name="code"]').fill('000000');
    await submit();
    assert.ok(await main.locator('#code-error').count(), 'no message beside the code field');
    await axe.check(page, 'set-up with an error');
    const step = currentStep();
    await main.locator('input[name="code"]').fill(codeForStep(secret, step));
    await submit();
    assert.equal(await main.locator('ul.recovery-codes li').count(), 10);
    await axe.check(page, 'recovery codes');
    await page.goto(`${server.url}/account/two-factor`);
    await axe.check(page, 'set up');

    await Promise.all([page.waitForNavigation(), page.locator('header form[action="/sign-out"] button').click()]);
    await page.goto(`${server.url}/sign-in`);
    await main.locator('input[name="email"]').fill(email);
    await main.locator('input[name="password"]').fill(PASSWORD);
    await submit();
    assert.equal(await main.locator('input[name="pending_token"]').count(), 1, 'no second step');
    await axe.check(page, 'second step');
    await main.locator('input[name="code"]').fill(codeForStep(secret, step + 1));
    await submit();
    assert.equal(await page.locator('header a[href="/account"]').count(), 1, 'not signed in after the second step');

    await context.close();
    const problems = axe.reports();
    assert.ok(problems.length === 0, `${problems.length} accessibility problems:\n\n${problems.join('\n\n')}`);
  });
});
