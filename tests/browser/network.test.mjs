// The network pages in a real browser, without scripts: a person registers for an event with
// the form; axe-core audits the site search (results, one kind page by page, nothing found, a
// refused query), every event page and the network pages, as the public, a registered person and an officer.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { scalar, startServer } from '../http/harness.mjs';
import { AxeAudit, launchChromium, signIn } from './support.mjs';

const PUBLIC_PATHS = [
  '/search', '/search?q=Cote+d%27Ivoire', '/search?q=bolivia&kind=news', '/search?q=zzzzqqq', '/events', '/news',
  '/networks', '/networks/amb-burkina', '/networks/mekong-local-governments',
];

describe('network pages in the browser', () => {
  let server, browser;
  before(async () => {
    server = await startServer();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('a partner registers for a workshop with the form, then cancels', async () => {
    const id = await scalar(server, "SELECT id FROM events WHERE kind = 'study_tour'");
    const context = await browser.newContext({ locale: 'en-CA', javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, server.url, 'applicant@pmi.example');
    await page.goto(`${server.url}/events/${id}`);
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Register' }).click()]);
    assert.match(await page.locator('.notice').textContent(), /You are registered/);
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Cancel my registration' }).click()]);
    assert.match(await page.locator('.notice').textContent(), /cancelled/);
    await context.close();
  });

  test('axe finds no WCAG 2.1 A/AA violations on the network pages', async () => {
    const axe = new AxeAudit();
    const problems = [];
    const audit = async (email, paths, status = 200) =>
      problems.push(...await axe.checkPathsAs(browser, server.url, email, paths, status));
    const ids = (await scalar(server, 'SELECT id FROM events ORDER BY id')).split(/\s+/);
    const mission = await scalar(server, "SELECT id FROM events WHERE kind = 'technical_mission'");
    await audit(null, [...PUBLIC_PATHS, ...ids.map(id => `/events/${id}`)]);
    await audit('partner@pmi.example', ['/events', `/events/${ids[2]}`, `/events/${ids[3]}?tz=Asia%2FPhnom_Penh`]);
    await audit('officer@pmi.example', ['/manage/events', '/manage/events/new', `/manage/events/${ids[0]}/edit`,
      `/manage/events/${mission}/registrations`, `/manage/events/${ids[2]}/registrations`, '/manage/networks/new',
      '/networks/red-municipal-andina/edit']);
    await audit(null, [`/search?q=${'x'.repeat(201)}`], 422);
    await audit('officer@pmi.example', ['/search?q=partnership&lang=fr']);
    problems.push(...axe.reports());
    assert.ok(problems.length === 0, `${problems.length} accessibility problems:\n\n${problems.join('\n\n')}`);
  });
});
