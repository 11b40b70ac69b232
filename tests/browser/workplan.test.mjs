// Workplans in a real browser, without scripts: a municipality's staff add an activity with
// the form, a date outside the partnership is named beside its field, and the new activity
// shows in the table and as a bar of the timeline. axe-core audits every workplan page as
// the public, a municipality's staff and an officer, and the officers' envelope page.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { scalar, startServer } from '../http/harness.mjs';
import { AxeAudit, launchChromium, newPage } from './support.mjs';

describe('workplans in the browser', () => {
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

  const signedInPage = (email, options) => newPage(browser, server.url, email, options);

  test('staff add an activity with the form; a date outside the partnership is named beside its field', async () => {
    const page = await signedInPage('applicant@pmi.example');
    await page.goto(`${server.url}/partnerships/${id}/workplan`);
    await page.getByRole('link', { name: 'Add an activity' }).click();
    await page.locator('#title_en').fill('Trader association meetings');
    await page.locator('#start').fill('2026-01-10');
    await page.locator('#end').fill('2026-12-20');
    await page.locator('#responsible').selectOption('partner-local-government');
    await page.locator('#deliverable_1').fill('Minutes of each meeting');
    const [refused] = await Promise.all([page.waitForNavigation(), page.locator('main form button[type="submit"]').click()]);
    assert.equal(refused.status(), 422);
    assert.match(await page.locator('#start ~ .field-error').textContent(), /outside the partnership/);
    await page.locator('#start').fill('2026-10-01');
    await Promise.all([page.waitForNavigation(), page.locator('main form button[type="submit"]').click()]);
    assert.match(page.url(), /\/workplan\?notice=saved$/);
    assert.equal(await page.locator('#activities th[scope="row"]', { hasText: 'Trader association meetings' }).count(), 1);
    assert.equal(await page.locator('svg.chart rect title', { hasText: 'Trader association meetings' }).count(), 1);
    await page.context().close();
  });

  test('axe finds no WCAG 2.1 A/AA violations on the workplan pages', async () => {
    const axe = new AxeAudit();
    const problems = [];
    const activity = await scalar(server, `SELECT MIN(id) FROM workplan_activities WHERE partnership_id = ${id}`);
    const milestone = await scalar(server, `SELECT MIN(id) FROM workplan_milestones WHERE partnership_id = ${id}`);
    async function audit(email, paths) {
      const page = await signedInPage(email, { bypassCSP: true, javaScriptEnabled: true });
      problems.push(...await axe.checkPaths(page, server.url, paths, email ? email.split('@')[0] : 'public'));
      return page;
    }
    await (await audit(null, [`/partnerships/${id}/workplan`])).context().close();
    await (await audit('applicant@pmi.example', [`/partnerships/${id}/workplan`, `/partnerships/${id}/workplan/activities/new`,
      `/partnerships/${id}/workplan/activities/${activity}`, `/partnerships/${id}/workplan/milestones/new`,
      `/partnerships/${id}/workplan/milestones/${milestone}`])).context().close();
    const officer = await audit('officer@pmi.example', [`/partnerships/${id}/workplan`, '/manage/partnerships/overdue', '/manage/envelope']);
    // The activity form with its problems listed.
    await officer.goto(`${server.url}/partnerships/${id}/workplan/activities/new`);
    const [refused] = await Promise.all([officer.waitForNavigation(), officer.locator('main form button[type="submit"]').click()]);
    if (refused.status() === 422) await axe.check(officer, 'new activity (problems)');
    else problems.push(`an empty activity form answered ${refused.status()}`);
    // The envelope form with a problem listed.
    await officer.goto(`${server.url}/manage/envelope`);
    await officer.locator('#cash_1').fill('-1');
    const [refusedEnvelope] = await Promise.all([officer.waitForNavigation(), officer.locator('main form button[type="submit"]').click()]);
    if (refusedEnvelope.status() === 422) await axe.check(officer, '/manage/envelope (problems)');
    else problems.push(`a negative envelope answered ${refusedEnvelope.status()}`);
    await officer.context().close();
    problems.push(...axe.reports());
    assert.ok(problems.length === 0, `${problems.length} accessibility problems:\n\n${problems.join('\n\n')}`);
  });
});
