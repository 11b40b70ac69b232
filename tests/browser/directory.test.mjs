// The partner directory in a real browser: a partner's staff update their needs from their
// account, an officer imports a file with a bad row and then its valid rows; axe-core audits
// every directory page a signed-in user sees.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { scalar, startServer } from '../http/harness.mjs';
import { AxeAudit, launchChromium, signIn } from './support.mjs';

const FILE = 'key,name,country,level,population,languages,need_enabling_environment,need_inclusive_led,need_trade_regional,wanted_partners\n'
  + 'vn-an-hoa,An Hòa Commune,VN,commune,18000,vi;en,1,3,2,1\nvn-bad,Bad,VN,hamlet,-4,vi,0,0,0,9\n';

describe('partner directory in the browser', () => {
  let server, browser;
  before(async () => {
    server = await startServer();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function signedInPage(email, options = {}) {
    const context = await browser.newContext({ locale: 'en-CA', ...options });
    const page = await context.newPage();
    await signIn(page, server.url, email);
    return page;
  }

  test("a partner's staff raise a need from their account, and the public profile shows it", async () => {
    const page = await signedInPage('partner@pmi.example');
    await page.goto(`${server.url}/account`);
    await Promise.all([page.waitForNavigation(), page.locator('main a[href="/directory/mine"]').click()]);
    assert.equal(new URL(page.url()).pathname, '/directory/partners/bf-sonreba/edit');
    await page.locator('#need_trade_regional').selectOption('3');
    await page.locator('#population').fill('50100');
    await Promise.all([page.waitForNavigation(), page.locator('main form button[type="submit"]').first().click()]);
    assert.equal(new URL(page.url()).pathname, '/partners/bf-sonreba');
    const table = await page.locator('main table').innerText();
    // The demo partner reads French.
    assert.match(table, /Commerce et développement économique régional\s+3 — élevé/);
    assert.equal(await scalar(server, "SELECT population FROM partner_governments WHERE key = 'bf-sonreba'"), '50100');
    await page.context().close();
  });

  test('an officer imports a file with a bad row, reads the problems, then imports the valid row', async () => {
    const page = await signedInPage('officer@pmi.example');
    await page.goto(`${server.url}/manage/directory/import?lang=en`);
    await page.locator('#file').setInputFiles({ name: 'vietnam.csv', mimeType: 'text/csv', buffer: Buffer.from(FILE) });
    const [refused] = await Promise.all([page.waitForNavigation(), page.locator('main form[enctype] button[type="submit"]').click()]);
    assert.equal(refused.status(), 422);
    const problems = await page.locator('main table').innerText();
    for (const column of ['level', 'population', 'wanted_partners']) assert.match(problems, new RegExp(`3\\s+${column}`), column);
    assert.equal(await scalar(server, "SELECT COUNT(*) FROM partner_governments WHERE key = 'vn-an-hoa'"), '0');
    const [accepted] = await Promise.all([page.waitForNavigation(), page.locator('main section form button[type="submit"]').click()]);
    assert.equal(accepted.status(), 200);
    assert.equal(await scalar(server, "SELECT COUNT(*) FROM partner_governments WHERE key = 'vn-an-hoa'"), '1');
    await page.context().close();
  });

  test('axe finds no WCAG 2.1 A/AA violations on the directory pages', async () => {
    const axe = new AxeAudit();
    const problems = [];
    async function audit(email, paths) {
      const page = await signedInPage(email, { bypassCSP: true });
      problems.push(...await axe.checkPaths(page, server.url, paths, email ? email.split('@')[0] : 'public'));
      return page;
    }
    const officer = await audit('officer@pmi.example', ['/manage/directory', '/manage/directory/import', '/directory/partners/new',
      '/directory/partners/bf-kassiri/edit', '/directory/teams/new', '/directory/teams/sk-northgate/edit', '/partners/bf-sonreba']);
    // The import page listing a file's problems.
    await officer.goto(`${server.url}/manage/directory/import`);
    await officer.locator('#file').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(FILE.replace('vn-an-hoa', 'vn-an-hoa-2')) });
    const [refused] = await Promise.all([officer.waitForNavigation(), officer.locator('main form[enctype] button[type="submit"]').click()]);
    if (refused.status() === 422) await axe.check(officer, '/manage/directory/import (problems)');
    else problems.push(`the import with a bad row answered ${refused.status()}`);
    await officer.context().close();
    await (await audit('applicant@pmi.example', ['/directory/teams/on-pinecrest-landing/edit'])).context().close();
    problems.push(...axe.reports());
    assert.ok(problems.length === 0, `${problems.length} accessibility problems:\n\n${problems.join('\n\n')}`);
  });
});
