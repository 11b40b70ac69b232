// The resource library in a real browser, without scripts: the reader narrows the list with
// the facets (links, so no script is needed) and a members-only resource is shown to members
// and never to the public; the library is linked from the site navigation. axe-core audits
// every library page as the public, a member, network staff and an officer.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { scalar, startServer } from '../http/harness.mjs';
import { AxeAudit, launchChromium, signIn } from './support.mjs';

describe('resource library in the browser', () => {
  let server, browser;
  before(async () => {
    server = await startServer();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('a visitor narrows the library with the facets; a members-only resource shows only to members', async () => {
    const context = await browser.newContext({ locale: 'en-CA', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/?lang=en`);
    await Promise.all([page.waitForNavigation(), page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Resources' }).click()]);
    assert.equal(new URL(page.url()).pathname, '/resources');
    assert.match(await page.locator('.result-count').textContent(), /4 resources/);
    assert.equal(await page.getByText('Business visit questionnaire').count(), 0);
    const facets = page.getByRole('navigation', { name: 'Filter the resources' });
    await Promise.all([page.waitForNavigation(), facets.getByRole('link', { name: /^Case study/ }).click()]);
    assert.match(await page.locator('.result-count').textContent(), /2 resources/);
    await Promise.all([page.waitForNavigation(), facets.getByRole('link', { name: /^Burkina Faso/ }).click()]);
    assert.match(await page.locator('.result-count').textContent(), /1 resource\b/);
    const current = await facets.locator('[aria-current="true"]').allTextContents();
    assert.deepEqual(current.map(text => text.replace(/\(\d+\)/, '').trim()), ['Case study', 'All areas', 'Burkina Faso', 'All languages']);
    await Promise.all([page.waitForNavigation(), page.locator('.resource h3 a').first().click()]);
    assert.match(await page.locator('h1').textContent(), /Sonréba/);

    await signIn(page, server.url, 'partner@pmi.example');
    await page.goto(`${server.url}/resources?country=KH&lang=en`);
    assert.match(await page.locator('.result-count').textContent(), /1 resource\b/);
    assert.match(await page.locator('.resource').textContent(), /Members only/);
    await context.close();
  });

  test('axe finds no WCAG 2.1 A/AA violations on the library pages', async () => {
    const axe = new AxeAudit();
    const problems = [];
    const audit = async (email, paths) => problems.push(...await axe.checkPathsAs(browser, server.url, email, paths));
    const open = await scalar(server, "SELECT MIN(id) FROM library_resources WHERE visibility = 'public' AND status = 'published'");
    const secret = await scalar(server, "SELECT MIN(id) FROM library_resources WHERE visibility = 'members' AND status = 'published'");
    await audit(null, ['/resources', '/resources?area=inclusive-led&country=BF', `/resources/${open}`, '/resources?lang=fr',
      '/search?q=guide&kind=resource']);
    await audit('partner@pmi.example', ['/resources', `/resources/${secret}`]);
    await audit('network@pmi.example', ['/networks/amb-burkina', '/networks/amb-burkina/edit']);
    await audit('officer@pmi.example', ['/manage/resources', '/manage/resources/new', `/manage/resources/${open}/edit`,
      `/resources/${secret}`, '/networks/amb-burkina', '/resources?lang=es']);
    problems.push(...axe.reports());
    assert.ok(problems.length === 0, `${problems.length} accessibility problems:\n\n${problems.join('\n\n')}`);
  });
});
