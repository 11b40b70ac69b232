// Calls and applications, against the route contract: the public call pages, the JSON API
// from draft to submission, who may see and change an application, the HTML application
// form (with autosave), the call editor's validation, and what happens once a deadline
// has passed.
//
// One test is slow: "after the deadline" waits for a real deadline to pass (the server's
// clock cannot be changed). Its call is created when the file starts, so that most of the
// wait overlaps the fast tests, and the deadline is the first whole minute at least 30 s
// ahead: run-black-box gives each whole file 120 s (node 20 applies --test-timeout to the
// file), which a full 2-minute wait would not fit in.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client, outbox, scalar, startServer, waitForMail } from './harness.mjs';

const DEMO_PASSWORD = 'demo-password-2026';
const SLUG = 'canadian-municipal-teams-2027';
const TITLE = 'Canadian municipal teams for local economic development partnerships, 2027';
const REQUIRED = ['summary', 'main-area', 'staff-days', 'engagement', 'sustainability'];

const words = (n, stem = 'word') => Array.from({ length: n }, (_, i) => `${stem}${i + 1}`).join(' ');

// Answers to every question of the demo call, each easy to find in a mail body.
const FULL_ANSWERS = {
  summary: 'Our team of four planners and an economic development officer offers twenty years of practice.',
  'main-area': 'inclusive-led',
  'staff-days': '45',
  engagement: 'Quarterly town halls in Pinecrest Landing and a youth council report each spring.',
  sustainability: 'A standing twinning agreement signed by both councils keeps the exchange alive.',
  languages: 'English, French',
};

// {"error":{"code","field","message"}}; field and code are checked when given.
function assertError(reply, status, { field, code } = {}) {
  assert.equal(reply.status, status, `expected ${status}, got ${reply.status}: ${reply.text.slice(0, 400)}`);
  assert.match(reply.headers.get('content-type') ?? '', /^application\/(problem\+)?json/);
  const { error } = reply.json();
  assert.ok(error, `no "error" object in ${reply.text.slice(0, 300)}`);
  assert.equal(typeof error.message, 'string');
  assert.ok(error.message.length > 0, 'an empty error message');
  if (field !== undefined) assert.equal(error.field, field, `error field in ${reply.text.slice(0, 400)}`);
  if (code !== undefined) assert.equal(error.code, code, `error code in ${reply.text.slice(0, 400)}`);
  return error;
}

function assertJson(reply, status) {
  assert.equal(reply.status, status, `expected ${status}, got ${reply.status}: ${reply.text.slice(0, 400)}`);
  assert.match(reply.headers.get('content-type') ?? '', /^application\/json/);
  return reply.json();
}

// A client signed in through the form, with the API's CSRF token learnt.
async function signedIn(server, email) {
  const client = new Client(server.url);
  await client.signIn(email, DEMO_PASSWORD);
  await client.apiCsrf();
  return client;
}

async function organisationOf(client) {
  const me = assertJson(await client.get('/api/v1/me'), 200);
  const role = me.roles.find(r => r.role === 'applicant');
  assert.ok(role, `${me.email} has no applicant role: ${JSON.stringify(me.roles)}`);
  return role.organisation_id;
}

async function startApplication(client, slug = SLUG) {
  const organisation_id = await organisationOf(client);
  return assertJson(await client.postJson(`/api/v1/calls/${slug}/applications`, { organisation_id }), 201);
}

const getApplication = async (client, id) => assertJson(await client.get(`/api/v1/applications/${id}`), 200);
const saveAnswers = (client, id, version, answers) => client.postJson(`/api/v1/applications/${id}/answers`, { version, answers });
const act = (client, id, action) => client.postJson(`/api/v1/applications/${id}/${action}`, {});

// The HTML between an element's opening tag (found by `start`) and `end`.
function slice(html, start, end) {
  const from = html.search(start);
  assert.ok(from >= 0, `${start} not found in the page`);
  const to = html.indexOf(end, from);
  return html.slice(from, to < 0 ? undefined : to);
}

// "YYYY-MM-DDTHH:MM" in UTC, as a datetime-local field sends it.
const utcMinute = ms => new Date(ms).toISOString().slice(0, 16);

// The call editor's fields for a valid call; `changes` replace or add fields.
function callFields(csrf_token, { slug, opens, deadline, reviewDue, ...changes }) {
  const fields = {
    csrf_token, slug, title_en: `Test call ${slug}`, description_en: 'A call made by the black-box tests.',
    time_zone: 'UTC', opens, deadline, review_due: reviewDue, reviews_per_application: '2',
    criterion_1_name_en: 'Relevance', criterion_1_weight: '60', criterion_1_scale: '5',
    criterion_2_name_en: 'Feasibility', criterion_2_weight: '40', criterion_2_scale: '5',
    question_1_code: 'summary', question_1_kind: 'text', question_1_label_en: 'Summarize the proposal',
    question_1_required: 'yes', question_1_word_limit: '100',
    question_2_code: 'team-size', question_2_kind: 'number', question_2_label_en: 'People on the team',
    question_2_required: 'yes',
    ...changes,
  };
  // Checkbox groups repeat their name.
  return [...Object.entries(fields), ['countries', 'BF'], ['countries', 'BO'], ['areas', 'inclusive-led']];
}

let callCount = 0;
const uniqueSlug = label => `${label}-${process.pid}-${Date.now().toString(36)}-${++callCount}`;

// ---------------------------------------------------------------------------------------
// The slow test's preparation, started before the first test (see the top of the file).

let deadlineSetup = null;

async function prepareDeadlineCall() {
  const server = await startServer();
  try {
    const officer = new Client(server.url);
    await officer.signIn('officer@pmi.example', DEMO_PASSWORD);
    const now = Date.now();
    const deadlineAt = Math.ceil((now + 30_000) / 60_000) * 60_000;
    const slug = uniqueSlug('deadline');
    const created = await officer.postForm('/manage/calls', callFields(await officer.formToken('/manage/calls/new'), {
      slug, opens: utcMinute(now - 3_600_000), deadline: utcMinute(deadlineAt), reviewDue: utcMinute(deadlineAt + 30 * 86_400_000),
    }));
    assert.equal(created.status, 303, `creating the call answered ${created.status}: ${created.text.slice(0, 600)}`);
    const call = assertJson(await new Client(server.url).get(`/api/v1/calls/${slug}`), 200);
    assert.equal(call.phase, 'open');
    assert.equal(call.time_zone, 'UTC');
    assert.equal(call.deadline_at, deadlineAt / 1000, 'the deadline was not read as UTC');

    const applicant = await signedIn(server, 'applicant@pmi.example');
    const application = await startApplication(applicant, slug);
    const saved = assertJson(await saveAnswers(applicant, application.id, application.version, { summary: 'Written before the deadline.' }), 200);
    return { server, slug, deadlineAt, applicant, id: application.id, version: saved.version };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

before(() => {
  deadlineSetup = prepareDeadlineCall();
  deadlineSetup.catch(() => {}); // reported by the test that awaits it
});

after(async () => {
  const setup = await deadlineSetup?.catch(() => null);
  await setup?.server.stop();
});

// ---------------------------------------------------------------------------------------

describe('public call pages', () => {
  let server;
  before(async () => { server = await startServer(); });
  after(async () => { await server?.stop(); });

  test('GET /calls lists the demo call as open, with the days left', async () => {
    const reply = await new Client(server.url).get('/calls');
    assert.equal(reply.status, 200);
    assert.match(reply.headers.get('content-type') ?? '', /^text\/html/);
    const open = slice(reply.text, /id="open-heading"/, '</section>');
    assert.ok(open.includes(`href="/calls/${SLUG}"`), `the open section does not link the call:\n${open}`);
    assert.ok(open.includes(TITLE));
    assert.match(open, /\b\d+ days left\b/);
    assert.match(open, /\(America\/Toronto\)/);
  });

  test('GET /calls/<slug> shows the 5-criterion rubric and the deadline in America/Toronto', async () => {
    const reply = await new Client(server.url).get(`/calls/${SLUG}`);
    assert.equal(reply.status, 200);
    const rubric = slice(reply.text, /<section aria-labelledby="rubric-heading"/, '</section>');
    const tbody = slice(rubric, /<tbody>/, '</tbody>');
    assert.equal((tbody.match(/<tr>/g) ?? []).length, 5, `expected 5 criteria:\n${tbody}`);
    for (const name of ['Community engagement strategy in Canada', 'Partnership sustainability']) assert.ok(tbody.includes(name), `${name} missing`);
    assert.equal((tbody.match(/>20 %</g) ?? []).length, 5, 'five criteria of equal weight show 20 % each');
    const summary = slice(reply.text, /<dl class="summary">/, '</dl>');
    assert.match(summary, /Deadline<\/dt><dd><time>January 24, 2027 at 11:59\s*p\.m\. \(America\/Toronto\)<\/time>/);
    assert.match(summary, /\d+ days left/);
    // A visitor is invited to sign in to apply.
    assert.ok(reply.text.includes(`href="/sign-in?next=/calls/${SLUG}"`));
  });

  test('an unknown call is a 404 page', async () => {
    const reply = await new Client(server.url).get('/calls/no-such-call');
    assert.equal(reply.status, 404);
    assert.match(reply.headers.get('content-type') ?? '', /^text\/html/);
  });

  test('the home page shows the open call', async () => {
    const reply = await new Client(server.url).get('/');
    assert.equal(reply.status, 200);
    const calls = slice(reply.text, /<section aria-labelledby="calls-heading"/, '</section>');
    assert.ok(calls.includes(`href="/calls/${SLUG}"`), `no link to the call in:\n${calls}`);
    assert.match(calls, /\d+ days left/);
  });

  for (const [lang, daysLeft] of [['fr', /Il reste \d+ jours/], ['es', /Quedan \d+ días/]]) {
    test(`?lang=${lang} renders the calls pages in that language`, async () => {
      const client = new Client(server.url);
      for (const path of ['/calls', `/calls/${SLUG}`]) {
        const reply = await client.get(`${path}?lang=${lang}`);
        assert.equal(reply.status, 200, `${path}?lang=${lang}`);
        assert.match(reply.text, new RegExp(`<html lang="${lang}"`), `${path}?lang=${lang}`);
        assert.match(reply.text, /\(America\/Toronto\)/);
        assert.doesNotMatch(reply.text, /days left/, `${path}?lang=${lang} still says "days left" in English`);
        assert.match(reply.text, daysLeft);
      }
    });
  }
});

describe('JSON API: an application from draft to submission', () => {
  let server;
  let applicant;
  let id;
  let version;
  before(async () => {
    server = await startServer();
    applicant = await signedIn(server, 'applicant@pmi.example');
  });
  after(async () => { await server?.stop(); });

  test('GET /api/v1/calls lists the demo call as open', async () => {
    const { calls } = assertJson(await new Client(server.url).get('/api/v1/calls'), 200);
    const call = calls.find(c => c.slug === SLUG);
    assert.ok(call, `${SLUG} missing from ${JSON.stringify(calls.map(c => c.slug))}`);
    assert.equal(call.phase, 'open');
    assert.equal(call.title.en, TITLE);
    assert.equal(call.time_zone, 'America/Toronto');
  });

  test('GET /api/v1/calls/<slug> lists the questions and the rubric', async () => {
    const call = assertJson(await new Client(server.url).get(`/api/v1/calls/${SLUG}`), 200);
    assert.equal(call.phase, 'open');
    assert.deepEqual(call.questions.map(q => q.code), [...REQUIRED, 'languages', 'cvs']);
    const byCode = Object.fromEntries(call.questions.map(q => [q.code, q]));
    assert.equal(byCode.summary.kind, 'text');
    assert.equal(byCode.summary.word_limit, 150);
    assert.equal(byCode.summary.required, true);
    assert.equal(byCode['main-area'].kind, 'choice');
    assert.deepEqual(byCode['main-area'].choices.map(c => c.code), ['enabling-environment', 'inclusive-led', 'trade-regional']);
    assert.equal(byCode['staff-days'].kind, 'number');
    assert.equal(byCode.languages.required, false);
    assert.equal(call.criteria.length, 5);
    assert.ok(call.deadline_at > Date.now() / 1000);
    assertError(await new Client(server.url).get('/api/v1/calls/no-such-call'), 404);
  });

  test('POST /api/v1/calls/<slug>/applications starts a draft; again gives the same one', async () => {
    const organisation_id = await organisationOf(applicant);
    const first = assertJson(await applicant.postJson(`/api/v1/calls/${SLUG}/applications`, { organisation_id }), 201);
    assert.equal(first.status, 'draft');
    assert.equal(first.call, SLUG);
    assert.equal(first.organisation_id, organisation_id);
    assert.equal(first.organisation, 'City of Pinecrest Landing');
    assert.deepEqual(first.answers, {});
    assert.equal(typeof first.version, 'number');
    const again = await applicant.postJson(`/api/v1/calls/${SLUG}/applications`, { organisation_id });
    assert.ok(again.status === 200 || again.status === 201, `again answered ${again.status}: ${again.text}`);
    assert.equal(again.json().id, first.id);
    assert.equal(await scalar(server, 'SELECT COUNT(*) FROM applications'), '1');
    id = first.id;
    version = first.version;
  });

  test('POST /answers saves and answers the new version', async () => {
    const reply = assertJson(await saveAnswers(applicant, id, version, { summary: FULL_ANSWERS.summary }), 200);
    assert.equal(reply.version, version + 1);
    version = reply.version;
    const application = await getApplication(applicant, id);
    assert.equal(application.version, version);
    assert.equal(application.answers.summary, FULL_ANSWERS.summary);
    assert.equal(application.status, 'draft');
  });

  test('a stale version is a 409 on "version" and changes nothing', async () => {
    assertError(await saveAnswers(applicant, id, version - 1, { summary: 'Overwritten by a stale tab.' }), 409, { field: 'version', code: 'conflict' });
    const application = await getApplication(applicant, id);
    assert.equal(application.version, version);
    assert.equal(application.answers.summary, FULL_ANSWERS.summary);
  });

  const refused = [
    ['an unknown question code', { 'no-such-question': 'x' }, 'q_no-such-question'],
    ['a summary over its 150-word limit', { summary: words(151) }, 'q_summary'],
    ['staff-days that is not a number', { 'staff-days': 'about twelve' }, 'q_staff-days'],
    ['a main-area that is not one of the choices', { 'main-area': 'space-exploration' }, 'q_main-area'],
  ];
  for (const [label, answers, field] of refused) {
    test(`${label} is a 422 naming ${field}, and nothing is saved`, async () => {
      assertError(await saveAnswers(applicant, id, version, answers), 422, { field, code: 'invalid' });
      const application = await getApplication(applicant, id);
      assert.equal(application.version, version);
      assert.deepEqual(application.answers, { summary: FULL_ANSWERS.summary });
    });
  }

  test('a summary of exactly 150 words is accepted', async () => {
    const reply = assertJson(await saveAnswers(applicant, id, version, { summary: words(150) }), 200);
    const back = assertJson(await saveAnswers(applicant, id, reply.version, { summary: FULL_ANSWERS.summary }), 200);
    version = back.version;
  });

  test('submitting with answers missing is a 422 listing each missing field', async () => {
    const error = assertError(await act(applicant, id, 'submit'), 422, { code: 'invalid' });
    assert.ok(Array.isArray(error.errors), `no error.errors list in ${JSON.stringify(error)}`);
    const fields = error.errors.map(e => e.field).sort();
    assert.deepEqual(fields, ['q_engagement', 'q_main-area', 'q_staff-days', 'q_sustainability']);
    for (const item of error.errors) assert.ok(item.message, `no message for ${item.field}`);
    const application = await getApplication(applicant, id);
    assert.equal(application.status, 'draft');
    assert.equal(application.version, version);
    assert.deepEqual((await outbox(server)).filter(m => m.to === 'applicant@pmi.example'), [], 'a refused submission sent mail');
  });

  test('with every answer given, submit → 200 "submitted", and a copy is mailed', async () => {
    version = assertJson(await saveAnswers(applicant, id, version, FULL_ANSWERS), 200).version;
    const submitted = assertJson(await act(applicant, id, 'submit'), 200);
    assert.equal(submitted.status, 'submitted');
    assert.equal(submitted.id, id);
    assert.equal(typeof submitted.submitted_at, 'number');
    assert.deepEqual(submitted.answers, FULL_ANSWERS);
    assert.ok(submitted.version > version, 'the submission is a new version');

    const mail = await waitForMail(server, 'applicant@pmi.example', FULL_ANSWERS.engagement);
    assert.ok(mail.subject.includes(TITLE), `the subject does not name the call: ${mail.subject}`);
    for (const [code, answer] of Object.entries(FULL_ANSWERS)) assert.ok(mail.body.includes(answer), `the answer to ${code} is not in the mail:\n${mail.body}`);
    assert.ok(mail.body.includes(`/applications/${id}`), 'the mail does not link the application');
  });

  test('a submitted application cannot be edited or submitted again', async () => {
    const { version: now } = await getApplication(applicant, id);
    assertError(await saveAnswers(applicant, id, now, { summary: 'A late change.' }), 409, { field: 'status' });
    assertError(await act(applicant, id, 'submit'), 409);
    assert.equal((await getApplication(applicant, id)).answers.summary, FULL_ANSWERS.summary);
  });

  test('withdraw → "withdrawn", reopen → "draft", submit again → "submitted"', async () => {
    assert.equal(assertJson(await act(applicant, id, 'withdraw'), 200).status, 'withdrawn');
    assertError(await act(applicant, id, 'withdraw'), 409);
    assert.equal(assertJson(await act(applicant, id, 'reopen'), 200).status, 'draft');
    assertError(await act(applicant, id, 'reopen'), 409);
    const again = assertJson(await act(applicant, id, 'submit'), 200);
    assert.equal(again.status, 'submitted');
    assert.deepEqual(again.answers, FULL_ANSWERS);
    const mails = (await outbox(server)).filter(m => m.to === 'applicant@pmi.example' && m.subject.includes(TITLE));
    assert.equal(mails.length, 2, 'each submission sends one mail');
  });

  test('the creation and every change of status are in the audit log', async () => {
    assert.equal(await scalar(server, "SELECT COUNT(*) FROM audit_log WHERE action LIKE 'application.%'"), '5');
    const count = action => scalar(server, `SELECT COUNT(*) FROM audit_log WHERE action = '${action}' AND entity_type = 'application' AND entity_id = '${id}'`);
    assert.equal(await count('application.create'), '1');
    assert.equal(await count('application.submit'), '2');
    assert.equal(await count('application.withdraw'), '1');
    assert.equal(await count('application.reopen'), '1');
    const summary = await scalar(server, `SELECT summary FROM audit_log WHERE action = 'application.withdraw' AND entity_id = '${id}'`);
    assert.match(summary, /submitted.*withdrawn/);
    const actor = await scalar(server, `SELECT actor_name FROM audit_log WHERE action = 'application.reopen' AND entity_id = '${id}'`);
    assert.equal(actor, 'Emily Chen');
  });

  test('the history page lists the saves and the changes of status', async () => {
    const reply = await applicant.get(`/applications/${id}/history`);
    assert.equal(reply.status, 200);
    const rows = slice(reply.text, /<tbody>/, '</tbody>');
    assert.match(rows, /Changed the answers: summary/);
    assert.match(rows, /Submitted/);
    assert.match(rows, /Withdrawn/);
    assert.match(rows, /Reopened/);
    assert.match(rows, /Emily Chen/);
    const { version: now } = await getApplication(applicant, id);
    assert.equal((rows.match(/<tr>/g) ?? []).length, now, 'one row per version');
  });
});

describe('who may see and change an application', () => {
  let server;
  let id;
  let callId;
  const clients = {};
  before(async () => {
    server = await startServer();
    for (const who of ['applicant', 'applicant.fr', 'officer', 'reviewer']) clients[who] = await signedIn(server, `${who}@pmi.example`);
    const application = await startApplication(clients.applicant);
    id = application.id;
    assertJson(await saveAnswers(clients.applicant, id, application.version, { summary: 'Private to Pinecrest Landing.' }), 200);
    callId = await scalar(server, `SELECT id FROM calls WHERE slug = '${SLUG}'`);
    assert.match(callId, /^\d+$/);
  });
  after(async () => { await server?.stop(); });

  test('the applicant of another municipality gets 404 everywhere', async () => {
    const other = clients['applicant.fr'];
    assertError(await other.get(`/api/v1/applications/${id}`), 404, { code: 'not_found' });
    assert.equal((await other.get(`/applications/${id}`)).status, 404);
    assert.equal((await other.get(`/applications/${id}/history`)).status, 404);
    assertError(await saveAnswers(other, id, 1, { summary: 'Hijacked.' }), 404);
    for (const action of ['submit', 'withdraw', 'reopen']) assertError(await act(other, id, action), 404);
    const form = await other.postForm(`/applications/${id}`, { csrf_token: await other.formToken('/applications'), version: '1', q_summary: 'Hijacked.' });
    assert.equal(form.status, 404);
    const application = await getApplication(clients.applicant, id);
    assert.equal(application.answers.summary, 'Private to Pinecrest Landing.');
    assert.equal(application.status, 'draft');
  });

  test('nor may it start an application for a municipality it does not belong to', async () => {
    const pinecrest = await organisationOf(clients.applicant);
    assertError(await clients['applicant.fr'].postJson(`/api/v1/calls/${SLUG}/applications`, { organisation_id: pinecrest }), 403);
    assert.equal(await scalar(server, 'SELECT COUNT(*) FROM applications'), '1');
  });

  test('a visitor gets 401 from the API and is sent to sign in by the pages', async () => {
    const visitor = new Client(server.url);
    assertError(await visitor.get(`/api/v1/applications/${id}`), 401, { code: 'unauthenticated' });
    for (const path of [`/applications/${id}`, `/applications/${id}/history`, '/applications', '/manage/calls']) {
      const reply = await visitor.get(path);
      assert.equal(reply.status, 303, `${path} answered ${reply.status}`);
      assert.match(reply.location ?? '', /^\/sign-in\b/, `${path} redirected to ${reply.location}`);
    }
    await visitor.apiCsrf();
    assertError(await saveAnswers(visitor, id, 1, { summary: 'Anonymous.' }), 401);
  });

  test('a program officer can read the application but not change it', async () => {
    const officer = clients.officer;
    const application = await getApplication(officer, id);
    assert.equal(application.answers.summary, 'Private to Pinecrest Landing.');
    const page = await officer.get(`/applications/${id}`);
    assert.equal(page.status, 200);
    assert.ok(page.text.includes('Private to Pinecrest Landing.'));
    assert.doesNotMatch(page.text, /data-autosave/, 'the officer is offered an editable form');
    assert.equal((await officer.get(`/applications/${id}/history`)).status, 200);
    assertError(await saveAnswers(officer, id, application.version, { summary: 'Edited by the office.' }), 404);
    assertError(await act(officer, id, 'submit'), 404);
    assert.equal((await getApplication(clients.applicant, id)).answers.summary, 'Private to Pinecrest Landing.');
  });

  test('a reviewer gets 404', async () => {
    assertError(await clients.reviewer.get(`/api/v1/applications/${id}`), 404);
    assert.equal((await clients.reviewer.get(`/applications/${id}`)).status, 404);
  });

  test('the officer sees /manage/calls and the applications of a call', async () => {
    const list = await clients.officer.get('/manage/calls');
    assert.equal(list.status, 200);
    assert.ok(list.text.includes(`href="/manage/calls/${callId}/applications"`));
    assert.ok(list.text.includes(`href="/manage/calls/${callId}/edit"`));
    const applications = await clients.officer.get(`/manage/calls/${callId}/applications`);
    assert.equal(applications.status, 200);
    const rows = slice(applications.text, /<tbody>/, '</tbody>');
    assert.ok(rows.includes(`href="/applications/${id}"`), `no link to the application in:\n${rows}`);
    assert.ok(rows.includes('City of Pinecrest Landing'));
    assert.equal((await clients.officer.get(`/manage/calls/${callId}/edit`)).status, 200);
    assert.equal((await clients.officer.get('/manage/calls/999999/applications')).status, 404);
  });

  test('an applicant gets 403 on the management pages', async () => {
    for (const path of ['/manage/calls', `/manage/calls/${callId}/applications`, `/manage/calls/${callId}/edit`, '/manage/calls/new']) {
      assert.equal((await clients.applicant.get(path)).status, 403, path);
    }
    assert.equal((await clients.reviewer.get(`/manage/calls/${callId}/applications`)).status, 403);
  });
});

describe('the application form in HTML', () => {
  let server;
  let applicant;
  let id;
  before(async () => {
    server = await startServer();
    applicant = await signedIn(server, 'applicant@pmi.example');
  });
  after(async () => { await server?.stop(); });

  // The form's hidden fields, as the page gave them.
  async function formState() {
    const page = await applicant.get(`/applications/${id}`);
    assert.equal(page.status, 200);
    const version = page.text.match(/<input type="hidden" name="version" value="(\d+)"/)?.[1];
    assert.ok(version, 'no version field in the form');
    return { page, csrf_token: applicant.csrfFromHtml(page.text), version };
  }

  test('"Start or continue the application" on the call page opens the form', async () => {
    const call = await applicant.get(`/calls/${SLUG}`);
    assert.equal(call.status, 200);
    const form = slice(call.text, new RegExp(`<form method="post" action="/calls/${SLUG}/apply"`), '</form>');
    assert.match(form, /Start or continue the application/);
    const organisation_id = form.match(/name="organisation_id" value="(\d+)"/)?.[1];
    assert.equal(Number(organisation_id), await organisationOf(applicant));
    const reply = await applicant.postForm(`/calls/${SLUG}/apply`, { csrf_token: applicant.csrfFromHtml(call.text), organisation_id });
    assert.equal(reply.status, 303, reply.text.slice(0, 400));
    id = Number(reply.location?.match(/^\/applications\/(\d+)$/)?.[1]);
    assert.ok(id, `redirected to ${reply.location}`);

    const { page } = await formState();
    assert.match(page.text, new RegExp(`<form method="post" action="/applications/${id}"[^>]*data-autosave`));
    assert.match(page.text, /<textarea id="q_summary" name="q_summary"/);
    assert.match(page.text, /<label for="q_summary"/);
    assert.match(page.text, /<select id="q_main-area" name="q_main-area"/);
    assert.match(page.text, /name="q_staff-days"/);
    assert.match(page.text, /At most 150 words; now 0\./);
    assert.match(page.text, new RegExp(`formaction="/applications/${id}/submit"`));
  });

  test('POST /applications/<id> saves the draft and redirects', async () => {
    const { csrf_token, version } = await formState();
    const reply = await applicant.postForm(`/applications/${id}`, {
      csrf_token, version, q_summary: FULL_ANSWERS.summary, 'q_main-area': FULL_ANSWERS['main-area'],
    });
    assert.equal(reply.status, 303, reply.text.slice(0, 400));
    assert.match(reply.location ?? '', new RegExp(`^/applications/${id}(\\?|$)`));
    const application = await getApplication(applicant, id);
    assert.equal(application.version, Number(version) + 1);
    assert.equal(application.answers.summary, FULL_ANSWERS.summary);
    assert.equal(application.answers['main-area'], FULL_ANSWERS['main-area']);
    const { page } = await formState();
    assert.ok(page.text.includes(`>${FULL_ANSWERS.summary}</textarea>`), 'the saved summary is not in the form');
    assert.match(page.text, /<option value="inclusive-led" selected>/);
  });

  test('a summary over the limit gets a 422 page naming #q_summary, and nothing is saved', async () => {
    const before = await getApplication(applicant, id);
    const { csrf_token, version } = await formState();
    const tooLong = words(160, 'long');
    const reply = await applicant.postForm(`/applications/${id}`, { csrf_token, version, q_summary: tooLong, 'q_staff-days': '12' });
    assert.equal(reply.status, 422, reply.text.slice(0, 400));
    assert.match(reply.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(reply.text, /href="#q_summary"/, 'the error summary does not link to the field');
    assert.match(reply.text, /role="alert"/);
    assert.match(reply.text, /<textarea id="q_summary" name="q_summary"[^>]*aria-invalid="true"/);
    assert.match(reply.text, /160 words; the limit is 150/);
    assert.ok(reply.text.includes(`>${tooLong}</textarea>`), 'what was typed is not given back');
    const after = await getApplication(applicant, id);
    assert.equal(after.version, before.version, 'a refused form changed the version');
    assert.deepEqual(after.answers, before.answers, 'a refused form changed the answers');
  });

  test('a form without its CSRF token is refused with 403', async () => {
    const { version } = await formState();
    const reply = await applicant.postForm(`/applications/${id}`, { version, q_summary: 'No token.' });
    assert.equal(reply.status, 403);
    assert.equal((await getApplication(applicant, id)).answers.summary, FULL_ANSWERS.summary);
  });

  test('autosave: X-Autosave: 1 gets JSON {version, message}', async () => {
    const { csrf_token, version } = await formState();
    const reply = await applicant.postForm(`/applications/${id}`,
      { csrf_token, version, 'q_staff-days': FULL_ANSWERS['staff-days'] }, { headers: { 'x-autosave': '1', accept: 'application/json' } });
    const body = assertJson(reply, 200);
    assert.equal(body.version, Number(version) + 1);
    assert.equal(body.message, 'Draft saved');
    assert.equal((await getApplication(applicant, id)).answers['staff-days'], FULL_ANSWERS['staff-days']);
    // A stale version is refused in JSON too.
    const stale = await applicant.postForm(`/applications/${id}`,
      { csrf_token, version, 'q_staff-days': '99' }, { headers: { 'x-autosave': '1', accept: 'application/json' } });
    assertError(stale, 409, { field: 'version' });
    const invalid = await applicant.postForm(`/applications/${id}`,
      { csrf_token, version: String(body.version), 'q_staff-days': 'lots' }, { headers: { 'x-autosave': '1', accept: 'application/json' } });
    assertError(invalid, 422, { field: 'q_staff-days' });
    assert.equal((await getApplication(applicant, id)).answers['staff-days'], FULL_ANSWERS['staff-days']);
  });

  test('the submit button (formaction) saves the form and submits', async () => {
    const { csrf_token, version } = await formState();
    const fields = { csrf_token, version };
    for (const [code, answer] of Object.entries(FULL_ANSWERS)) fields[`q_${code}`] = answer;
    const reply = await applicant.postForm(`/applications/${id}/submit`, fields);
    assert.equal(reply.status, 303, reply.text.slice(0, 600));
    const application = await getApplication(applicant, id);
    assert.equal(application.status, 'submitted');
    assert.deepEqual(application.answers, FULL_ANSWERS);
    await waitForMail(server, 'applicant@pmi.example', FULL_ANSWERS.sustainability);

    const { page } = await formState();
    assert.match(page.text, /<strong>Submitted<\/strong>/);
    assert.doesNotMatch(page.text, /data-autosave/, 'a submitted application still offers autosave');
    assert.match(page.text, /<textarea id="q_summary" name="q_summary" rows="8" readonly/);
    assert.ok(page.text.includes(`action="/applications/${id}/withdraw"`));
    assert.ok(page.text.includes(`action="/applications/${id}/reopen"`));
  });

  test('the submit button with answers missing saves the draft and names each missing field', async () => {
    // Reopen through the page's own form, then empty two required answers and submit.
    const reopen = await applicant.postForm(`/applications/${id}/reopen`, { csrf_token: (await formState()).csrf_token });
    assert.equal(reopen.status, 303);
    assert.equal((await getApplication(applicant, id)).status, 'draft');
    const { csrf_token, version } = await formState();
    const reply = await applicant.postForm(`/applications/${id}/submit`, { csrf_token, version, q_engagement: '', q_sustainability: '  ' });
    assert.equal(reply.status, 422, reply.text.slice(0, 400));
    assert.match(reply.text, /href="#q_engagement"/);
    assert.match(reply.text, /href="#q_sustainability"/);
    assert.doesNotMatch(reply.text, /href="#q_summary"/);
    const application = await getApplication(applicant, id);
    assert.equal(application.status, 'draft');
    assert.equal(application.answers.engagement ?? '', '');
  });
});

describe('the call editor refuses bad calls', () => {
  let server;
  let officer;
  const now = Date.now();
  const dates = { opens: utcMinute(now + 86_400_000), deadline: utcMinute(now + 40 * 86_400_000), reviewDue: utcMinute(now + 80 * 86_400_000) };
  before(async () => {
    server = await startServer();
    officer = new Client(server.url);
    await officer.signIn('officer@pmi.example', DEMO_PASSWORD);
  });
  after(async () => { await server?.stop(); });

  const callCountNow = () => scalar(server, 'SELECT COUNT(*) FROM calls');

  test('a valid call is created and published under its address', async () => {
    const slug = uniqueSlug('valid');
    const reply = await officer.postForm('/manage/calls', callFields(await officer.formToken('/manage/calls/new'), { slug, ...dates }));
    assert.equal(reply.status, 303, reply.text.slice(0, 600));
    assert.match(reply.location ?? '', new RegExp(`^/calls/${slug}(\\?|$)`));
    const call = assertJson(await new Client(server.url).get(`/api/v1/calls/${slug}`), 200);
    assert.equal(call.phase, 'upcoming');
    assert.deepEqual(call.countries, ['BF', 'BO']);
    assert.deepEqual(call.areas, ['inclusive-led']);
    assert.deepEqual(call.questions.map(q => [q.code, q.kind, q.required]), [['summary', 'text', true], ['team-size', 'number', true]]);
    assert.equal(call.criteria.length, 2);
    assert.equal(await scalar(server, `SELECT COUNT(*) FROM audit_log WHERE action = 'call.create' AND summary = '${slug}'`), '1');
  });

  const cases = [
    ['a deadline before the opening', () => ({ slug: uniqueSlug('early'), ...dates, deadline: utcMinute(now + 3_600_000) }), 422, 'deadline'],
    ['an unknown time zone', () => ({ slug: uniqueSlug('zone'), ...dates, time_zone: 'Mars/Olympus_Mons' }), 422, 'time_zone'],
    ['the slug of another call', () => ({ slug: SLUG, ...dates }), 409, 'slug'],
  ];
  for (const [label, make, status, field] of cases) {
    test(`${label}: ${status} naming #${field}, and nothing is saved`, async () => {
      const before = await callCountNow();
      const fields = make();
      const reply = await officer.postForm('/manage/calls', callFields(await officer.formToken('/manage/calls/new'), fields));
      assert.equal(reply.status, status, reply.text.slice(0, 600));
      assert.match(reply.headers.get('content-type') ?? '', /^text\/html/);
      assert.match(reply.text, new RegExp(`href="#${field}"`), 'the error summary does not link to the field');
      assert.match(reply.text, new RegExp(`id="${field}"[^>]*aria-invalid="true"`));
      assert.equal(await callCountNow(), before, 'a refused call was saved');
      if (fields.slug !== SLUG) assertError(await new Client(server.url).get(`/api/v1/calls/${fields.slug}`), 404);
    });
  }

  test('the demo call is untouched by the refused duplicate', async () => {
    const call = assertJson(await new Client(server.url).get(`/api/v1/calls/${SLUG}`), 200);
    assert.equal(call.title.en, TITLE);
    assert.equal(call.questions.length, 7);
  });
});

describe('after the deadline', () => {
  // SLOW: waits (up to 100 s, usually 30–90 s, most of it overlapping the tests above) for
  // the deadline of a call created when this file started to pass.
  test('save, submit, withdraw and reopen answer 409 deadline_passed; the draft is kept as it was', { timeout: 115_000 }, async () => {
    const { server, slug, deadlineAt, applicant, id, version } = await deadlineSetup;
    const visitor = new Client(server.url);
    const bound = Math.min(deadlineAt + 10_000, Date.now() + 100_000);
    let phase;
    for (;;) {
      phase = assertJson(await visitor.get(`/api/v1/calls/${slug}`), 200).phase;
      if (phase === 'closed' || Date.now() > bound) break;
      await sleep(Math.max(250, Math.min(2_000, deadlineAt - Date.now())));
    }
    assert.equal(phase, 'closed', `the call was still ${phase} ${Math.round((Date.now() - deadlineAt) / 1000)} s after its deadline`);

    const before = await getApplication(applicant, id);
    assert.equal(before.status, 'draft');
    assert.equal(before.version, version);

    for (const [what, reply] of [
      ['save', await saveAnswers(applicant, id, version, { summary: 'Written after the deadline.' })],
      ['submit', await act(applicant, id, 'submit')],
      ['withdraw', await act(applicant, id, 'withdraw')],
      ['reopen', await act(applicant, id, 'reopen')],
    ]) {
      assert.equal(reply.status, 409, `${what}: ${reply.status} ${reply.text.slice(0, 300)}`);
      assert.equal(reply.json().error?.code, 'deadline_passed', `${what}: ${reply.text.slice(0, 300)}`);
    }

    // The HTML form refuses too, and shows the application read-only.
    const page = await applicant.get(`/applications/${id}`);
    assert.equal(page.status, 200);
    assert.match(page.text, /The deadline has passed/);
    assert.doesNotMatch(page.text, /data-autosave/);
    assert.doesNotMatch(page.text, /formaction=/, 'the submit button is still offered');
    const form = await applicant.postForm(`/applications/${id}`, { csrf_token: applicant.csrfFromHtml(page.text), version: String(version), q_summary: 'Late.' });
    assert.equal(form.status, 409);

    // Nor can another municipality start an application now.
    const other = await signedIn(server, 'applicant.fr@pmi.example');
    const late = await other.postJson(`/api/v1/calls/${slug}/applications`, { organisation_id: await organisationOf(other) });
    assertError(late, 409, { code: 'deadline_passed' });

    const after = await getApplication(applicant, id);
    assert.deepEqual(after, before, 'the draft changed after the deadline');
    assert.equal(after.answers.summary, 'Written before the deadline.');
    assert.equal(await scalar(server, 'SELECT COUNT(*) FROM applications'), '1');
    assert.equal(await scalar(server, "SELECT COUNT(*) FROM audit_log WHERE action LIKE 'application.%'"), '1', 'only the creation is audited');
  });
});
