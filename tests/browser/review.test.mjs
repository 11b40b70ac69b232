// Review in a real browser (Debian's chromium, driven by playwright-core): a reviewer signs
// in, opens their list, opens an application's score sheet, picks the scores and submits
// the review. Then an axe-core audit of the review pages, as the reviewer and as a program
// officer.
//
// SLOW: reviews start once the call's deadline has passed, and the server's clock cannot be
// changed. The call is created (over HTTP) before the first test with its deadline on the
// first whole minute at least LEAD_MS ahead (deadlines have a one-minute resolution), and
// the first test waits for it: 25–85 s, during which chromium starts. run-black-box gives the
// whole file 120 s (node 20 applies --test-timeout to the file), hence the short lead.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client, scalar, startServer } from '../http/harness.mjs';
import { AxeAudit, DEMO_PASSWORD, launchChromium, signIn } from './support.mjs';

const LEAD_MS = 25_000;
const PINECREST = 'City of Pinecrest Landing';

const utcMinute = ms => new Date(ms).toISOString().slice(0, 16);

// A call with two criteria on a 0–5 scale and two reviews per application.
function callFields(csrf_token, { slug, opens, deadline, reviewDue }) {
  const fields = {
    csrf_token, slug, title_en: `Browser review call ${slug}`, description_en: 'A call made by the browser review tests.',
    time_zone: 'UTC', opens, deadline, review_due: reviewDue, reviews_per_application: '2',
    criterion_1_name_en: 'Relevance', criterion_1_guidance_en: 'How well the proposal fits the call.', criterion_1_weight: '60', criterion_1_scale: '5',
    criterion_2_name_en: 'Feasibility', criterion_2_guidance_en: 'Whether the team can deliver it.', criterion_2_weight: '40', criterion_2_scale: '5',
    question_1_code: 'summary', question_1_kind: 'text', question_1_label_en: 'Summarize the proposal', question_1_required: 'yes',
  };
  return [...Object.entries(fields), ['countries', 'BF'], ['areas', 'inclusive-led']];
}

async function signedIn(url, email) {
  const client = new Client(url);
  await client.signIn(email, DEMO_PASSWORD);
  await client.apiCsrf();
  return client;
}

const json = reply => {
  assert.ok(reply.status >= 200 && reply.status < 300, `${reply.status}: ${reply.text.slice(0, 400)}`);
  return reply.json();
};

function expectRedirect(reply, what) {
  assert.equal(reply.status, 303, `${what} answered ${reply.status}: ${reply.text.slice(0, 600)}`);
}

// The server, a call with two submitted applications and two seated reviewers (reviewer@,
// and partner@ made a reviewer by the admin), its deadline a little ahead.
async function prepare() {
  const server = await startServer();
  try {
    const officer = await signedIn(server.url, 'officer@pmi.example');
    const now = Date.now();
    const deadlineAt = Math.ceil((now + LEAD_MS) / 60_000) * 60_000;
    const slug = `browser-review-${process.pid}-${now.toString(36)}`;
    expectRedirect(await officer.postForm('/manage/calls', callFields(await officer.formToken('/manage/calls/new'), {
      slug, opens: utcMinute(now - 3_600_000), deadline: utcMinute(deadlineAt), reviewDue: utcMinute(deadlineAt + 86_400_000),
    })), 'creating the call');
    const callId = await scalar(server, `SELECT id FROM calls WHERE slug = '${slug}'`);

    const admin = await signedIn(server.url, 'admin@pmi.example');
    const partner = await signedIn(server.url, 'partner@pmi.example');
    const office = json(await officer.get('/api/v1/me')).roles.find(r => r.role === 'program_officer').organisation_id;
    const partnerId = json(await partner.get('/api/v1/me')).id;
    expectRedirect(await admin.postForm('/admin/memberships', {
      csrf_token: await admin.formToken('/admin/users'), user_id: String(partnerId), organisation_id: String(office), role: 'reviewer',
    }), 'granting the reviewer role');
    const reviewer = await signedIn(server.url, 'reviewer@pmi.example');
    const reviewerId = json(await reviewer.get('/api/v1/me')).id;

    const applications = {};
    for (const email of ['applicant@pmi.example', 'applicant.fr@pmi.example']) {
      const applicant = await signedIn(server.url, email);
      const organisation_id = json(await applicant.get('/api/v1/me')).roles.find(r => r.role === 'applicant').organisation_id;
      const started = json(await applicant.postJson(`/api/v1/calls/${slug}/applications`, { organisation_id }));
      json(await applicant.postJson(`/api/v1/applications/${started.id}/answers`, { version: started.version, answers: { summary: `Written by ${email}.` } }));
      assert.equal(json(await applicant.postJson(`/api/v1/applications/${started.id}/submit`, {})).status, 'submitted');
      applications[email] = started.id;
    }
    const csrf_token = await officer.formToken(`/manage/calls/${callId}/review`);
    for (const id of [reviewerId, partnerId]) {
      expectRedirect(await officer.postForm(`/manage/calls/${callId}/reviewers`, { csrf_token, reviewer_id: String(id), capacity: '2' }), `seating ${id}`);
    }
    assert.ok(Date.now() < deadlineAt - 2_000, `the setup took too long: the deadline is ${deadlineAt - Date.now()} ms away`);
    return { server, slug, callId, deadlineAt, officer, partner, reviewerId, pinecrest: applications['applicant@pmi.example'], lac: applications['applicant.fr@pmi.example'] };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

describe('review in the browser', () => {
  let setup;
  let browser;
  before(async () => {
    const prepared = prepare();
    prepared.catch(() => {}); // reported below
    browser = await launchChromium();
    setup = await prepared;
  });
  after(async () => {
    await browser?.close();
    await setup?.server.stop();
  });

  async function newPage(options = {}) {
    const context = await browser.newContext({ locale: 'en-CA', ...options });
    const page = await context.newPage();
    page.cspErrors = [];
    page.on('console', message => {
      if (/Content Security Policy/i.test(message.text())) page.cspErrors.push(`${new URL(page.url()).pathname}: ${message.text()}`);
    });
    return page;
  }

  test('after the deadline, the reviewer picks scores and submits the review', { timeout: 115_000 }, async () => {
    const { server, slug, callId, deadlineAt, officer, partner, reviewerId, pinecrest, lac } = setup;
    // SLOW: wait, bounded, for the deadline (see the top of the file).
    const visitor = new Client(server.url);
    const bound = Math.min(deadlineAt + 10_000, Date.now() + 95_000);
    let phase;
    for (;;) {
      phase = json(await visitor.get(`/api/v1/calls/${slug}`)).phase;
      if (phase === 'closed' || Date.now() > bound) break;
      await sleep(Math.max(250, Math.min(2_000, deadlineAt - Date.now())));
    }
    assert.equal(phase, 'closed', `the call was still ${phase} ${Math.round((Date.now() - deadlineAt) / 1000)} s after its deadline`);
    expectRedirect(await officer.postForm(`/manage/calls/${callId}/assign`, { csrf_token: await officer.formToken(`/manage/calls/${callId}/review`) }), 'assign');
    // The other reviewer has already submitted its review of Pinecrest Landing.
    expectRedirect(await partner.postForm(`/reviews/${pinecrest}/submit`,
      { csrf_token: await partner.formToken(`/reviews/${pinecrest}`), score_1: '3', score_2: '2', comment_1: 'Sound, if modest.' }), 'the other reviewer submitting');

    const page = await newPage();
    await signIn(page, setup.server.url, 'reviewer@pmi.example');
    await page.goto(`${server.url}/reviews`);
    assert.equal(await page.getByRole('link', { name: PINECREST }).count(), 1, `no link to ${PINECREST}:\n${await page.locator('main').innerText()}`);
    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: PINECREST }).click()]);
    assert.equal(new URL(page.url()).pathname, `/reviews/${pinecrest}`);
    assert.equal(await page.getByRole('heading', { name: 'Other reviewers' }).count(), 0, 'other scores shown before submitting');

    await page.getByRole('group', { name: /Relevance/ }).getByLabel(/Score/).selectOption('4');
    await page.getByRole('group', { name: /Feasibility/ }).getByLabel(/Score/).selectOption('5');
    await page.getByRole('group', { name: /Feasibility/ }).getByLabel('Comment').fill('A team that has done this before.');
    const [response] = await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Submit the review' }).click()]);
    assert.equal(response.status(), 200, `after submitting: ${await page.locator('main').innerText()}`);
    const main = await page.locator('main').innerText();
    assert.match(main, /Your review is submitted/, `after submitting, the page says:\n${main}`);
    assert.equal(await page.getByRole('group', { name: /Relevance/ }).getByLabel(/Score/).inputValue(), '4');
    assert.equal(await page.getByRole('group', { name: /Feasibility/ }).getByLabel(/Score/).inputValue(), '5');
    assert.equal(await page.getByRole('heading', { name: 'Other reviewers' }).count(), 1, 'the other review is not shown after submitting');

    assert.notEqual(await scalar(server, `SELECT submitted_at FROM review_assignments WHERE application_id = ${pinecrest} AND reviewer_id = ${reviewerId}`), '');
    assert.equal(await scalar(server, `SELECT score FROM review_scores WHERE application_id = ${pinecrest} AND reviewer_id = ${reviewerId} AND criterion = 2`), '5');
    assert.equal(await scalar(server, `SELECT submitted_at FROM review_assignments WHERE application_id = ${lac} AND reviewer_id = ${reviewerId}`), '', 'the other application was submitted too');

    const cspErrors = [...new Set(page.cspErrors)];
    assert.ok(cspErrors.length === 0, `pages broke their own Content-Security-Policy:\n${cspErrors.join('\n')}`);
    await page.context().close();
  });

  test('the officer records decisions and releases them; only then the applicant reads theirs', async () => {
    const { server, callId, pinecrest, lac } = setup;
    const applicant = await newPage();
    await signIn(applicant, setup.server.url, 'applicant@pmi.example');
    await applicant.goto(`${server.url}/applications/${pinecrest}`);
    assert.equal(await applicant.locator('#decision-heading').count(), 0, 'a decision shown before it was released');

    // The demo officer works in French.
    const officer = await newPage();
    await signIn(officer, setup.server.url, 'officer@pmi.example');
    await officer.goto(`${server.url}/manage/calls/${callId}/ranking`);
    async function decide(id, outcome, message) {
      const form = officer.locator(`form[action="/manage/calls/${callId}/decisions/${id}"]`);
      assert.equal(await form.count(), 1, `no decision form for application ${id}:\n${await officer.locator('main').innerText()}`);
      await form.locator('select[name="outcome"]').selectOption(outcome);
      if (message) {
        await form.getByText('Message à la municipalité candidate').click();
        await form.locator('textarea[name="message_en"]').fill(message);
      }
      await Promise.all([officer.waitForNavigation(), form.getByRole('button', { name: 'Enregistrer la décision' }).click()]);
      assert.equal(new URL(officer.url()).pathname, `/manage/calls/${callId}/ranking`, `after recording ${id}: ${await officer.locator('main').innerText()}`);
    }
    await decide(pinecrest, 'selected', 'Welcome aboard: **the partnership starts in April**.');
    await decide(lac, 'not_selected', '');
    assert.equal(await scalar(server, `SELECT COUNT(*) FROM outbox WHERE purpose = 'decision' AND to_address = 'applicant@pmi.example'`), '0', 'mail before release');

    // Releasing asks for confirmation first (a script on the page); the dialog is accepted.
    officer.once('dialog', dialog => dialog.accept());
    await Promise.all([officer.waitForNavigation(), officer.getByRole('button', { name: 'Communiquer toutes les décisions' }).click()]);
    assert.equal(await scalar(server, `SELECT COUNT(*) FROM outbox WHERE purpose = 'decision' AND to_address = 'applicant@pmi.example'`), '1', 'one decision mail to the applicant');

    await applicant.goto(`${server.url}/applications/${pinecrest}`);
    const heading = await applicant.locator('#decision-heading').innerText();
    assert.match(heading, /Decision: Selected/i);
    const message = applicant.locator('section.decision .prose');
    assert.match(await message.innerText(), /Welcome aboard: the partnership starts in April\./);
    assert.equal(await message.locator('strong').count(), 1, 'the message is rendered Markdown');
    assert.equal(await scalar(server, `SELECT status FROM applications WHERE id = ${lac}`), 'not_selected');
    await applicant.context().close();
    await officer.context().close();
  });

  test('axe finds no WCAG 2.1 A/AA violations on the review pages', async () => {
    const { server, callId, pinecrest, lac } = setup;
    const problems = [];
    // The layout repeats on every page, so one fault is reported once, with its pages.
    const axe = new AxeAudit();
    async function audit(page, label) {
      await axe.check(page, `${label} [${await page.getAttribute('html', 'lang')}]`);
    }
    async function auditPaths(email, paths) {
      // axe is injected as an inline script, which the site's CSP rightly forbids.
      const page = await newPage({ bypassCSP: true });
      await signIn(page, setup.server.url, email);
      for (const path of paths) {
        const response = await page.goto(`${server.url}${path}`);
        if (response.status() !== 200) { problems.push(`${path} (${email}): HTTP ${response.status()}`); continue; }
        await audit(page, `${path} (${email.split('@')[0]})`);
      }
      return page;
    }

    // The list, a submitted sheet (with the other reviewer's scores), one still to do.
    const reviewer = await auditPaths('reviewer@pmi.example', ['/reviews', `/reviews/${pinecrest}`, `/reviews/${lac}`]);
    // The sheet refusing an incomplete review, with its error summary.
    await reviewer.goto(`${server.url}/reviews/${lac}`);
    await reviewer.locator('#score_1').selectOption('2');
    const [refused] = await Promise.all([reviewer.waitForNavigation(), reviewer.getByRole('button', { name: 'Submit the review' }).click()]);
    if (refused.status() === 422) await audit(reviewer, `/reviews/${lac} (reviewer, 422)`);
    else problems.push(`/reviews/${lac}/submit with criterion 2 unscored: HTTP ${refused.status()}, expected 422`);
    await reviewer.context().close();

    const officer = await auditPaths('officer@pmi.example',
      [`/manage/calls/${callId}/review`, `/manage/calls/${callId}/ranking`, `/manage/calls/${callId}/ranking?normalise=z`]);
    await officer.context().close();

    problems.push(...axe.reports());
    assert.ok(problems.length === 0, `${problems.length} accessibility problems:\n\n${problems.join('\n\n')}`);
  });

  test('the server stops cleanly on SIGTERM', async () => {
    assert.equal((await setup.server.stop()).code, 0);
  });
});
