// An applicant's path through a call in a real browser (Debian's chromium, driven by
// playwright-core): sign in, open the call, start the application, type (autosave), reload,
// finish and submit. Then an axe-core audit of the calls and applications pages, as the
// applicant and as a program officer.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Client, scalar, startServer, waitForMail } from '../http/harness.mjs';
import { AxeAudit, DEMO_PASSWORD, launchChromium, signIn } from './support.mjs';

const SLUG = 'canadian-municipal-teams-2027';
const TITLE = 'Canadian municipal teams for local economic development partnerships, 2027';

const ANSWERS = {
  summary: 'Four planners and an economic development officer from Pinecrest Landing.',
  engagement: 'Town halls every season and a report to council after each mission.',
  sustainability: 'A twinning agreement adopted by both councils.',
  languages: 'English and French',
};

describe('an application in the browser', () => {
  let server;
  let browser;
  before(async () => {
    server = await startServer();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  // Pages run under their real CSP unless told otherwise, so a blocked script shows up.
  async function newPage(options = {}) {
    const context = await browser.newContext({ locale: 'en-CA', ...options });
    const page = await context.newPage();
    page.cspErrors = [];
    page.on('console', message => {
      if (/Content Security Policy/i.test(message.text())) page.cspErrors.push(`${new URL(page.url()).pathname}: ${message.text()}`);
    });
    return page;
  }

  // Resolves when the autosave script's next save has been answered.
  function autosaved(page) {
    return page.waitForResponse(response => response.request().method() === 'POST'
      && response.request().headers()['x-autosave'] === '1', { timeout: 15_000 });
  }

  test('start, type (autosaved), reload, finish and submit', async () => {
    const page = await newPage();
    await signIn(page, server.url, 'applicant@pmi.example');

    await page.goto(`${server.url}/calls`);
    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: TITLE }).first().click()]);
    assert.equal(new URL(page.url()).pathname, `/calls/${SLUG}`);
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Start or continue the application' }).click()]);
    const id = new URL(page.url()).pathname.match(/^\/applications\/(\d+)$/)?.[1];
    assert.ok(id, `the button led to ${page.url()}`);

    const summary = page.getByLabel(/Summarize your team/);
    let saved = autosaved(page);
    await summary.pressSequentially(ANSWERS.summary, { delay: 5 });
    assert.equal((await saved).status(), 200, 'the autosave was refused');
    await page.locator('[data-autosave-status]', { hasText: 'Draft saved' }).waitFor({ timeout: 10_000 });
    await page.getByLabel(/Your strongest programming area/).selectOption('trade-regional');
    saved = autosaved(page);
    await page.getByLabel(/Staff days your municipality/).fill('30');
    assert.equal((await saved).status(), 200);

    await page.reload();
    assert.equal(await summary.inputValue(), ANSWERS.summary, 'the summary was not kept');
    assert.equal(await page.getByLabel(/Your strongest programming area/).inputValue(), 'trade-regional');
    assert.equal(await page.getByLabel(/Staff days your municipality/).inputValue(), '30');
    assert.match(await page.locator('main').innerText(), /At most 150 words; now 10\./);

    await page.getByLabel(/How will you involve your community/).fill(ANSWERS.engagement);
    await page.getByLabel(/How will the partnership last/).fill(ANSWERS.sustainability);
    await page.getByLabel(/Languages your team works in/).fill(ANSWERS.languages);
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Submit the application' }).click()]);
    const status = await page.locator('dl.summary dd strong').first().textContent();
    assert.equal(status?.trim(), 'Submitted', `after submitting, the page says:\n${await page.locator('main').innerText()}`);
    assert.equal(await page.getByRole('button', { name: 'Submit the application' }).count(), 0);
    assert.equal(await page.getByLabel(/How will the partnership last/).inputValue(), ANSWERS.sustainability);

    const api = new Client(server.url);
    await api.signIn('applicant@pmi.example', DEMO_PASSWORD);
    const application = (await api.get(`/api/v1/applications/${id}`)).json();
    assert.equal(application.status, 'submitted');
    assert.deepEqual(application.answers, { ...ANSWERS, 'main-area': 'trade-regional', 'staff-days': '30' });
    await waitForMail(server, 'applicant@pmi.example', ANSWERS.sustainability);

    const cspErrors = [...new Set(page.cspErrors)];
    assert.ok(cspErrors.length === 0, `pages broke their own Content-Security-Policy:\n${cspErrors.join('\n')}`);
    await page.context().close();
  });

  test('axe finds no WCAG 2.1 A/AA violations on the calls and applications pages', async () => {
    // An application to audit, whatever the test above did.
    const api = new Client(server.url);
    await api.signIn('applicant@pmi.example', DEMO_PASSWORD);
    await api.apiCsrf();
    const me = (await api.get('/api/v1/me')).json();
    const organisation_id = me.roles.find(r => r.role === 'applicant').organisation_id;
    const started = await api.postJson(`/api/v1/calls/${SLUG}/applications`, { organisation_id });
    assert.equal(started.status, 201, started.text);
    const id = started.json().id;
    const callId = await scalar(server, `SELECT id FROM calls WHERE slug = '${SLUG}'`);

    const problems = [];
    // The layout repeats on every page, so one fault is reported once, with its pages.
    const axe = new AxeAudit();
    async function audit(page, label) {
      await axe.check(page, `${label} [${await page.getAttribute('html', 'lang')}]`);
    }
    async function auditPaths(email, paths) {
      // axe is injected as an inline script, which the site's CSP rightly forbids.
      const page = await newPage({ bypassCSP: true });
      await signIn(page, server.url, email);
      for (const path of paths) {
        const response = await page.goto(`${server.url}${path}`);
        if (response.status() !== 200) { problems.push(`${path} (${email}): HTTP ${response.status()}`); continue; }
        await audit(page, `${path} (${email.split('@')[0]})`);
      }
      return page;
    }

    const applicant = await auditPaths('applicant@pmi.example',
      ['/calls', `/calls/${SLUG}`, '/applications', `/applications/${id}`, `/applications/${id}/history`]);
    // The form itself, editable, then refused with an error summary.
    if (['submitted', 'withdrawn'].includes((await api.get(`/api/v1/applications/${id}`)).json().status)) {
      assert.equal((await api.postJson(`/api/v1/applications/${id}/reopen`, {})).status, 200);
    }
    await applicant.goto(`${server.url}/applications/${id}`);
    await audit(applicant, `/applications/${id} (applicant, draft)`);
    await applicant.getByLabel(/Summarize your team/).fill(Array.from({ length: 160 }, (_, i) => `w${i}`).join(' '));
    const [refused] = await Promise.all([applicant.waitForNavigation(), applicant.getByRole('button', { name: 'Save the draft' }).click()]);
    assert.equal(refused.status(), 422, 'a 160-word summary was not refused');
    await audit(applicant, `/applications/${id} (applicant, 422)`);
    await applicant.context().close();

    const officer = await auditPaths('officer@pmi.example',
      ['/manage/calls', '/manage/calls/new', `/manage/calls/${callId}/edit`, `/manage/calls/${callId}/applications`]);
    // The call editor refusing an empty call, with its error summary.
    await officer.goto(`${server.url}/manage/calls/new`);
    const [editorRefused] = await Promise.all([officer.waitForNavigation(), officer.locator('main form.call-editor button[type="submit"]').click()]);
    assert.equal(editorRefused.status(), 422, 'an empty call was not refused');
    await audit(officer, '/manage/calls/new (officer, 422)');
    await officer.context().close();

    problems.push(...axe.reports());
    assert.ok(problems.length === 0, `${problems.length} accessibility problems:\n\n${problems.join('\n\n')}`);
  });

  test('the server stops cleanly on SIGTERM', async () => {
    assert.equal((await server.stop()).code, 0);
  });
});
