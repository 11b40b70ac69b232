// Review of a call, against the route contract, as one story on one server: the officer
// creates a call whose deadline is a little ahead, two municipalities apply and submit,
// the officer seats two reviewers; once the deadline has passed the officer computes the
// assignment, the reviewers score (scores off the scale and incomplete reviews refused,
// other reviewers' scores hidden until one's own review is in), one declares a conflict,
// the officer ranks (HTML, CSV, XLSX), decides and releases the decisions by mail.
//
// The tests depend on each other and run in order: each one starts where the previous
// left the call.
//
// SLOW: the assignment needs a real deadline to pass (the server's clock cannot be
// changed) and deadlines have a resolution of one minute, so the call's deadline is the
// first whole minute at least LEAD_MS ahead: "after the deadline" waits 30–90 s, minus what
// the tests before it took. It is the file's only wait. run-black-box gives the whole file
// 120 s (node 20 applies --test-timeout to the file), so the lead is kept short.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client, outbox, scalar, startServer, waitForMail } from './harness.mjs';

const DEMO_PASSWORD = 'demo-password-2026';
const LEAD_MS = 30_000;

const PINECREST = 'City of Pinecrest Landing';        // applicant@pmi.example's municipality
const LAC = 'Ville de Lac-aux-Hérons';                 // applicant.fr@pmi.example's municipality
const REVIEWER_A = 'Daniel Okafor';                    // reviewer@pmi.example, a reviewer in the demo
const REVIEWER_B = 'Aminata Sawadogo';                 // partner@pmi.example, made a reviewer below

// "YYYY-MM-DDTHH:MM" in UTC, as a datetime-local field sends it.
const utcMinute = ms => new Date(ms).toISOString().slice(0, 16);

// The call editor's fields: two criteria on a 0–5 scale, two reviews per application.
function callFields(csrf_token, { slug, opens, deadline, reviewDue }) {
  const fields = {
    csrf_token, slug, title_en: `Review test call ${slug}`, description_en: 'A call made by the black-box review tests.',
    time_zone: 'UTC', opens, deadline, review_due: reviewDue, reviews_per_application: '2',
    criterion_1_name_en: 'Relevance', criterion_1_weight: '60', criterion_1_scale: '5',
    criterion_2_name_en: 'Feasibility', criterion_2_weight: '40', criterion_2_scale: '5',
    question_1_code: 'summary', question_1_kind: 'text', question_1_label_en: 'Summarize the proposal',
    question_1_required: 'yes', question_1_word_limit: '100',
    question_2_code: 'team-size', question_2_kind: 'number', question_2_label_en: 'People on the team',
    question_2_required: 'yes',
  };
  return [...Object.entries(fields), ['countries', 'BF'], ['countries', 'BO'], ['areas', 'inclusive-led']];
}

function assertJson(reply, status) {
  assert.equal(reply.status, status, `expected ${status}, got ${reply.status}: ${reply.text.slice(0, 400)}`);
  assert.match(reply.headers.get('content-type') ?? '', /^application\/json/);
  return reply.json();
}

function assertHtml(reply, status, what) {
  assert.equal(reply.status, status, `${what}: expected ${status}, got ${reply.status}: ${reply.text.slice(0, 600)}`);
  assert.match(reply.headers.get('content-type') ?? '', /^text\/html/, what);
}

function assertRedirect(reply, pattern, what) {
  assert.equal(reply.status, 303, `${what}: expected 303, got ${reply.status}: ${reply.text.slice(0, 800)}`);
  assert.match(reply.location ?? '', pattern, `${what} redirected to ${reply.location}`);
}

// The HTML from `start` (a regexp) to the next `end`.
function slice(html, start, end) {
  const from = html.search(start);
  assert.ok(from >= 0, `${start} not found in the page`);
  const to = html.indexOf(end, from);
  return html.slice(from, to < 0 ? undefined : to);
}

const rowsOf = html => html.match(/<tr>[\s\S]*?<\/tr>/g) ?? [];

// A client signed in through the form, its pages in English (the officer's and partner's
// accounts prefer French, which signing in remembers in a cookie: ?lang=en replaces it),
// API token learnt.
async function signedIn(server, email) {
  const client = new Client(server.url);
  await client.signIn(email, DEMO_PASSWORD);
  await client.get('/?lang=en');
  await client.apiCsrf();
  return client;
}

async function me(client) {
  return assertJson(await client.get('/api/v1/me'), 200);
}

const statusOf = async (client, id) => assertJson(await client.get(`/api/v1/applications/${id}`), 200).status;

describe('review of a call: assignment, scores, conflicts, ranking and decisions', () => {
  let server;
  let slug;
  let callId;
  let deadlineAt;
  const c = {};         // clients: officer, admin, applicant, applicantFr, reviewerA, reviewerB
  const app = {};       // application ids: pinecrest, lac
  const reviewer = {};  // user ids: a, b
  const token = {};     // form CSRF tokens per client

  const countOf = sql => scalar(server, sql).then(Number);
  const assignedPairs = () => countOf(`SELECT COUNT(*) FROM review_assignments ra JOIN applications a ON a.id = ra.application_id WHERE a.call_id = ${callId}`);
  const scoresOf = (application, user) => countOf(`SELECT COUNT(*) FROM review_scores WHERE application_id = ${application} AND reviewer_id = ${user}`);
  const submittedAt = (application, user) => scalar(server, `SELECT submitted_at FROM review_assignments WHERE application_id = ${application} AND reviewer_id = ${user}`);
  const sheetPost = (who, application, fields, action = '') =>
    c[who].postForm(`/reviews/${application}${action}`, { csrf_token: token[who], ...fields });
  const officerPost = (path, fields = {}) => c.officer.postForm(`/manage/calls/${callId}${path}`, { csrf_token: token.officer, ...fields });

  before(async () => {
    server = await startServer();
    // The call first, so that the wait for its deadline overlaps everything else.
    c.officer = await signedIn(server, 'officer@pmi.example');
    token.officer = await c.officer.formToken('/manage/calls/new');
    const now = Date.now();
    deadlineAt = Math.ceil((now + LEAD_MS) / 60_000) * 60_000;
    slug = `review-${process.pid}-${now.toString(36)}`;
    const created = await c.officer.postForm('/manage/calls', callFields(token.officer, {
      slug, opens: utcMinute(now - 3_600_000), deadline: utcMinute(deadlineAt), reviewDue: utcMinute(deadlineAt + 86_400_000),
    }));
    assertRedirect(created, new RegExp(`^/calls/${slug}(\\?|$)`), 'creating the call');
    const call = assertJson(await new Client(server.url).get(`/api/v1/calls/${slug}`), 200);
    assert.equal(call.phase, 'open');
    assert.equal(call.deadline_at, deadlineAt / 1000, 'the deadline was not read as UTC');
    callId = await scalar(server, `SELECT id FROM calls WHERE slug = '${slug}'`);
    assert.match(callId, /^\d+$/);

    // A second reviewer: the admin gives partner@ the reviewer role in the program office.
    c.admin = await signedIn(server, 'admin@pmi.example');
    const office = (await me(c.officer)).roles.find(r => r.role === 'program_officer').organisation_id;
    c.reviewerB = await signedIn(server, 'partner@pmi.example');
    reviewer.b = (await me(c.reviewerB)).id;
    const granted = await c.admin.postForm('/admin/memberships', {
      csrf_token: await c.admin.formToken('/admin/users'), user_id: String(reviewer.b), organisation_id: String(office), role: 'reviewer',
    });
    assertRedirect(granted, /^\/admin\/users/, 'granting the reviewer role');
    c.reviewerA = await signedIn(server, 'reviewer@pmi.example');
    reviewer.a = (await me(c.reviewerA)).id;
    assert.ok((await me(c.reviewerB)).roles.some(r => r.role === 'reviewer'), 'partner@ did not become a reviewer');

    // Both municipalities apply and submit.
    for (const [key, email] of [['pinecrest', 'applicant@pmi.example'], ['lac', 'applicant.fr@pmi.example']]) {
      const client = await signedIn(server, email);
      c[key === 'pinecrest' ? 'applicant' : 'applicantFr'] = client;
      const organisation_id = (await me(client)).roles.find(r => r.role === 'applicant').organisation_id;
      const started = assertJson(await client.postJson(`/api/v1/calls/${slug}/applications`, { organisation_id }), 201);
      const saved = assertJson(await client.postJson(`/api/v1/applications/${started.id}/answers`,
        { version: started.version, answers: { summary: `The proposal of ${email}.`, 'team-size': '4' } }), 200);
      assert.ok(saved.version > started.version);
      assert.equal(assertJson(await client.postJson(`/api/v1/applications/${started.id}/submit`, {}), 200).status, 'submitted');
      app[key] = started.id;
    }
    for (const who of ['reviewerA', 'reviewerB', 'applicant', 'applicantFr']) token[who] = await c[who].formToken('/account');
    assert.ok(Date.now() < deadlineAt - 2_000, `the setup took too long: the deadline is ${deadlineAt - Date.now()} ms away`);
  });

  after(async () => { await server?.stop(); });

  test('before the deadline, POST /manage/calls/<id>/assign is a 422 page and assigns nothing', async () => {
    assert.ok(Date.now() < deadlineAt, 'too late: the deadline has already passed');
    const reply = await officerPost('/assign');
    assertHtml(reply, 422, 'assign before the deadline');
    assert.match(reply.text, /role="alert"/);
    assert.match(reply.text, /Assign reviewers once the deadline has passed/);
    assert.equal(await assignedPairs(), 0, 'pairs were stored before the deadline');
    assert.equal(await statusOf(c.applicant, app.pinecrest), 'submitted');
    assert.equal(await statusOf(c.applicantFr, app.lac), 'submitted');
    assert.equal(await countOf("SELECT COUNT(*) FROM audit_log WHERE action = 'review.assign'"), 0);
  });

  test('the officer seats two reviewers with a capacity; only program staff see the review page', async () => {
    for (const [id, level] of [[reviewer.a, '3'], [reviewer.b, '']]) {
      assertRedirect(await officerPost('/reviewers', { reviewer_id: String(id), capacity: '2', 'expertise_inclusive-led': level }),
        new RegExp(`^/manage/calls/${callId}/review(\\?|$)`), `seating reviewer ${id}`);
    }
    // Expertise outside the scale is refused, naming the field.
    const outOfScale = await officerPost('/reviewers', { reviewer_id: String(reviewer.b), capacity: '2', 'expertise_inclusive-led': '7' });
    assertHtml(outOfScale, 422, 'an expertise of 7');
    assert.match(outOfScale.text, /href="#expertise_inclusive-led"/);
    // A user without the reviewer role cannot be seated.
    const applicantId = (await me(c.applicant)).id;
    const refused = await officerPost('/reviewers', { reviewer_id: String(applicantId), capacity: '2' });
    assertHtml(refused, 422, 'seating an applicant');
    assert.match(refused.text, /href="#reviewer"/);
    assert.equal(await countOf(`SELECT COUNT(*) FROM call_reviewers WHERE call_id = ${callId}`), 2);

    const page = await c.officer.get(`/manage/calls/${callId}/review`);
    assertHtml(page, 200, 'the review page');
    const seats = slice(page.text, /<section aria-labelledby="reviewers-heading"/, '</section>');
    const body = slice(seats, /<tbody>/, '</tbody>');
    assert.equal(rowsOf(body).length, 2, `expected 2 reviewers:\n${body}`);
    for (const [name, level] of [[REVIEWER_A, 3], [REVIEWER_B, 0]]) {
      assert.match(body, new RegExp(`<td>${name}</td><td>[^<]* ${level}</td><td class="num">2</td><td class="num">0</td>`),
        `${name} with expertise ${level}, capacity 2, none assigned:\n${body}`);
    }

    assert.equal((await c.applicant.get(`/manage/calls/${callId}/review`)).status, 403, 'an applicant');
    assert.equal((await c.reviewerA.get(`/manage/calls/${callId}/review`)).status, 403, 'a reviewer');
    const visitor = await new Client(server.url).get(`/manage/calls/${callId}/review`);
    assertRedirect(visitor, /^\/sign-in\b/, 'a visitor');
  });

  test('after the deadline, assign → 303: 4 pairs, both applications under review', { timeout: 115_000 }, async () => {
    // SLOW: waits for the call's deadline (see the top of the file), bounded.
    const visitor = new Client(server.url);
    const bound = Math.min(deadlineAt + 10_000, Date.now() + 100_000);
    let phase;
    for (;;) {
      phase = assertJson(await visitor.get(`/api/v1/calls/${slug}`), 200).phase;
      if (phase === 'closed' || Date.now() > bound) break;
      await sleep(Math.max(250, Math.min(2_000, deadlineAt - Date.now())));
    }
    assert.equal(phase, 'closed', `the call was still ${phase} ${Math.round((Date.now() - deadlineAt) / 1000)} s after its deadline`);

    assertRedirect(await officerPost('/assign'), new RegExp(`^/manage/calls/${callId}/review(\\?|$)`), 'assign');
    assert.equal(await assignedPairs(), 4);
    const page = await c.officer.get(`/manage/calls/${callId}/review`);
    assertHtml(page, 200, 'the review page');
    const section = slice(page.text, /<section aria-labelledby="assignment-heading"/, '</section>');
    const rows = rowsOf(slice(section, /<tbody>/, '</tbody>'));
    assert.equal(rows.length, 4, `expected 4 pairs:\n${rows.join('\n')}`);
    for (const organisation of [PINECREST, LAC]) {
      for (const name of [REVIEWER_A, REVIEWER_B]) {
        assert.ok(rows.some(row => row.includes(`<td>${organisation}</td><td>${name}</td>`)), `no pair ${organisation} × ${name}:\n${rows.join('\n')}`);
      }
    }
    const seats = slice(page.text, /<section aria-labelledby="reviewers-heading"/, '</section>');
    for (const name of [REVIEWER_A, REVIEWER_B]) assert.match(seats, new RegExp(`<td>${name}</td><td>[^<]*</td><td class="num">2</td><td class="num">2</td>`));
    assert.equal(await statusOf(c.applicant, app.pinecrest), 'under_review');
    assert.equal(await statusOf(c.applicantFr, app.lac), 'under_review');
  });

  test('a reviewer sees both applications, their score sheets, and may read them', async () => {
    const list = await c.reviewerA.get('/reviews');
    assertHtml(list, 200, '/reviews');
    const body = slice(list.text, /<tbody>/, '</tbody>');
    assert.equal(rowsOf(body).length, 2, body);
    assert.ok(body.includes(`<a href="/reviews/${app.pinecrest}">${PINECREST}</a>`), body);
    assert.ok(body.includes(`<a href="/reviews/${app.lac}">${LAC}</a>`), body);
    assert.match(body, /To do/);

    const sheet = await c.reviewerA.get(`/reviews/${app.pinecrest}`);
    assertHtml(sheet, 200, 'the score sheet');
    assert.match(sheet.text, new RegExp(`<form method="post" action="/reviews/${app.pinecrest}"`));
    for (const n of [1, 2]) {
      const select = slice(sheet.text, new RegExp(`<select id="score_${n}" name="score_${n}"`), '</select>');
      assert.match(select, /<option value="0">0<\/option>/);
      assert.match(select, /<option value="5">5<\/option>/);
      assert.doesNotMatch(select, /value="6"/, 'the scale goes beyond 5');
      assert.match(sheet.text, new RegExp(`<label for="score_${n}">`));
    }
    assert.match(sheet.text, /Relevance/);
    assert.match(sheet.text, /Feasibility/);
    assert.ok(sheet.text.includes(`formaction="/reviews/${app.pinecrest}/submit"`));
    assert.doesNotMatch(sheet.text, /Your review is submitted/);

    // Assigned reviewers read the application; the other municipality does not see it.
    for (const who of ['reviewerA', 'reviewerB']) {
      const read = await c[who].get(`/applications/${app.pinecrest}`);
      assert.equal(read.status, 200, `${who} reading the application it reviews`);
      assert.ok(read.text.includes(`The proposal of applicant@pmi.example.`));
    }
    assert.equal((await c.applicantFr.get(`/applications/${app.pinecrest}`)).status, 404, 'the other municipality');
    assert.equal((await c.applicantFr.get(`/api/v1/applications/${app.pinecrest}`)).status, 404, 'the other municipality (API)');
    // Applicants have no score sheet; visitors are sent to sign in.
    assert.equal((await c.applicant.get(`/reviews/${app.pinecrest}`)).status, 404);
    assertRedirect(await new Client(server.url).get('/reviews'), /^\/sign-in\b/, 'a visitor on /reviews');
    assertRedirect(await new Client(server.url).get(`/reviews/${app.pinecrest}`), /^\/sign-in\b/, 'a visitor on a sheet');
  });

  test('a score off the 0–5 scale is a 422 naming #criterion_1, and nothing is saved', async () => {
    const reply = await sheetPost('reviewerA', app.pinecrest, { score_1: '9', score_2: '3', comment_1: 'Too generous.' });
    assertHtml(reply, 422, 'score_1=9');
    assert.match(reply.text, /href="#criterion_1"/);
    assert.doesNotMatch(reply.text, /href="#criterion_2"/);
    assert.match(reply.text, /<select id="score_1" name="score_1" aria-invalid="true"/);
    assert.equal(await scoresOf(app.pinecrest, reviewer.a), 0, 'a refused sheet saved scores');
  });

  test('submitting with criterion 2 unscored is a 422 naming #criterion_2; the review stays open', async () => {
    const reply = await sheetPost('reviewerA', app.pinecrest, { score_1: '4' }, '/submit');
    assertHtml(reply, 422, 'submit with only score_1');
    assert.match(reply.text, /href="#criterion_2"/);
    assert.doesNotMatch(reply.text, /href="#criterion_1"/);
    assert.equal(await submittedAt(app.pinecrest, reviewer.a), '', 'an incomplete review was submitted');
    assert.equal(await countOf(`SELECT COUNT(*) FROM audit_log WHERE action = 'review.submit'`), 0);
  });

  test("other reviewers' scores stay hidden until one's own review is submitted", async () => {
    const commentA = `A thinks it strong ${process.pid}`;
    const commentB = `B has doubts ${process.pid}`;
    assertRedirect(await sheetPost('reviewerA', app.pinecrest, { score_1: '5', score_2: '4', comment_1: commentA }, '/submit'),
      new RegExp(`^/reviews/${app.pinecrest}(\\?|$)`), 'A submits');
    assert.notEqual(await submittedAt(app.pinecrest, reviewer.a), '');
    const mine = await c.reviewerA.get(`/reviews/${app.pinecrest}`);
    assert.match(mine.text, /Your review is submitted/);
    assert.match(mine.text, /<option value="5" selected>5<\/option>/);
    assert.ok(mine.text.includes(`>${commentA}</textarea>`));
    assert.doesNotMatch(mine.text, /Other reviewers/, 'B has not submitted: nothing to show A yet');

    // B, not yet submitted, sees nothing of A's review, saved or not.
    let sheet = await c.reviewerB.get(`/reviews/${app.pinecrest}`);
    assertHtml(sheet, 200, "B's sheet");
    assert.doesNotMatch(sheet.text, /Other reviewers/, 'B sees the other reviews before submitting');
    assert.ok(!sheet.text.includes(commentA), "A's comment shows on B's sheet");
    assertRedirect(await sheetPost('reviewerB', app.pinecrest, { score_1: '2', score_2: '1', comment_2: commentB }),
      new RegExp(`^/reviews/${app.pinecrest}(\\?|$)`), 'B saves');
    sheet = await c.reviewerB.get(`/reviews/${app.pinecrest}`);
    assert.doesNotMatch(sheet.text, /Other reviewers/, 'B sees the other reviews after saving, before submitting');
    assert.ok(!sheet.text.includes(commentA));
    assert.match(sheet.text, /<option value="2" selected>2<\/option>/);

    // Once B submits, each sees the other's scores.
    assertRedirect(await sheetPost('reviewerB', app.pinecrest, { score_1: '2', score_2: '1', comment_2: commentB }, '/submit'),
      new RegExp(`^/reviews/${app.pinecrest}(\\?|$)`), 'B submits');
    sheet = await c.reviewerB.get(`/reviews/${app.pinecrest}`);
    const others = slice(sheet.text, /<section aria-labelledby="others-heading"/, '</section>');
    assert.match(others, /Other reviewers/);
    assert.ok(others.includes(REVIEWER_A) && others.includes(commentA), `A's review missing:\n${others}`);
    assert.match(others, /<li>1\. 5 — /);
    assert.match(others, /<li>2\. 4<\/li>/);
    const back = await c.reviewerA.get(`/reviews/${app.pinecrest}`);
    const othersOfA = slice(back.text, /<section aria-labelledby="others-heading"/, '</section>');
    assert.ok(othersOfA.includes(REVIEWER_B) && othersOfA.includes(commentB), `B's review missing:\n${othersOfA}`);

    const list = await c.reviewerA.get('/reviews');
    assert.ok(rowsOf(list.text).some(row => row.includes(`/reviews/${app.pinecrest}"`) && row.includes('Submitted')), 'the list does not say Submitted');
  });

  test('a reviewer who declares a conflict loses the application', async () => {
    assertRedirect(await sheetPost('reviewerB', app.lac, {}, '/conflict'), /^\/reviews(\?|$)/, 'declaring a conflict');
    const list = await c.reviewerB.get('/reviews');
    assertHtml(list, 200, "B's /reviews");
    assert.ok(!list.text.includes(`href="/reviews/${app.lac}"`), 'the conflicted application is still listed');
    assert.ok(list.text.includes(`href="/reviews/${app.pinecrest}"`), 'the other application went too');
    assert.equal((await c.reviewerB.get(`/reviews/${app.lac}`)).status, 404, 'the sheet of a conflicted application');
    // No longer assigned, B may not read the application either, nor score it.
    assert.equal((await c.reviewerB.get(`/applications/${app.lac}`)).status, 404, 'reading the application after the conflict');
    assert.equal((await sheetPost('reviewerB', app.lac, { score_1: '1', score_2: '1' })).status, 404);
    assert.equal(await scoresOf(app.lac, reviewer.b), 0);
    assert.equal(await countOf(`SELECT COUNT(*) FROM review_conflicts WHERE application_id = ${app.lac} AND reviewer_id = ${reviewer.b}`), 1);
    // A keeps it, and reviews it.
    assert.ok((await c.reviewerA.get('/reviews')).text.includes(`href="/reviews/${app.lac}"`));
    assertRedirect(await sheetPost('reviewerA', app.lac, { score_1: '2', score_2: '2' }, '/submit'),
      new RegExp(`^/reviews/${app.lac}(\\?|$)`), 'A submits the other application');
    const page = await c.officer.get(`/manage/calls/${callId}/review`);
    const rows = rowsOf(slice(slice(page.text, /<section aria-labelledby="assignment-heading"/, '</section>'), /<tbody>/, '</tbody>'));
    assert.equal(rows.length, 3, `the conflicted pair is still listed:\n${rows.join('\n')}`);
    assert.ok(!rows.some(row => row.includes(`<td>${LAC}</td><td>${REVIEWER_B}`)));
  });

  test('the ranking: chart and table, z-scores, CSV and XLSX; only for program staff', async () => {
    // Weighted totals out of 100: Pinecrest (A 5,4 → 92; B 2,1 → 32) = 62, spread 60;
    // Lac-aux-Hérons (A 2,2 → 40) = 40.
    const page = await c.officer.get(`/manage/calls/${callId}/ranking`);
    assertHtml(page, 200, 'the ranking');
    assert.match(page.text, /<svg class="chart"[^>]*role="img"/);
    const body = slice(page.text, /<tbody>/, '</tbody>');
    const rows = rowsOf(body);
    assert.equal(rows.length, 2, body);
    assert.ok(rows[0].includes(`href="/applications/${app.pinecrest}"`), `Pinecrest is not first:\n${body}`);
    assert.match(rows[0], /62\.0/);
    assert.match(rows[0], /reviewers disagree/);
    assert.ok(rows[1].includes(`href="/applications/${app.lac}"`));
    assert.match(rows[1], /40\.0/);
    assert.ok(page.text.includes(`action="/manage/calls/${callId}/decisions/${app.pinecrest}"`));

    const normalised = await c.officer.get(`/manage/calls/${callId}/ranking?normalise=z`);
    assertHtml(normalised, 200, 'the ranking in z-scores');
    assert.equal(rowsOf(slice(normalised.text, /<tbody>/, '</tbody>')).length, 2);
    assert.ok(normalised.text.includes(`href="/manage/calls/${callId}/ranking.csv?normalise=z"`));

    const csv = await c.officer.get(`/manage/calls/${callId}/ranking.csv`);
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
    const lines = csv.text.split(/\r?\n/).filter(Boolean);
    assert.equal(lines[0], 'rank,application,municipality,total,spread,disputed,reviews,decision');
    assert.deepEqual(lines.slice(1), [
      `1,${app.pinecrest},${PINECREST},62.0,60.0,yes,2,`,
      `2,${app.lac},${LAC},40.0,0.0,no,1,`,
    ]);
    assert.equal((await c.officer.get(`/manage/calls/${callId}/ranking.csv?normalise=z`)).status, 200);

    const xlsx = await fetch(`${server.url}/manage/calls/${callId}/ranking.xlsx`, { headers: { cookie: c.officer.cookieHeader() }, redirect: 'manual' });
    const bytes = Buffer.from(await xlsx.arrayBuffer());
    assert.equal(xlsx.status, 200);
    assert.equal(xlsx.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'the workbook is not a zip file');
    assert.ok(bytes.length > 1000, `a ${bytes.length}-byte workbook`);

    for (const path of ['', '.csv', '.xlsx']) {
      assert.equal((await c.reviewerA.get(`/manage/calls/${callId}/ranking${path}`)).status, 403, `a reviewer on ranking${path}`);
      assert.equal((await c.applicant.get(`/manage/calls/${callId}/ranking${path}`)).status, 403, `an applicant on ranking${path}`);
    }
    assertRedirect(await new Client(server.url).get(`/manage/calls/${callId}/ranking`), /^\/sign-in\b/, 'a visitor on the ranking');
  });

  const messages = {
    pinecrest: { message_en: `Congratulations, Pinecrest Landing ${process.pid}.`, message_fr: `Félicitations ${process.pid}.`, message_es: `Felicidades ${process.pid}.` },
    lac: { message_en: `We are sorry ${process.pid}.`, message_fr: `Nous sommes désolés, Lac-aux-Hérons ${process.pid}.`, message_es: `Lo sentimos ${process.pid}.` },
  };
  const decisionMails = async () => (await outbox(server)).filter(m =>
    Object.values(messages).some(byLanguage => Object.values(byLanguage).some(text => m.body.includes(text))));

  test('decisions: release refused while one is undecided, then released by mail', async () => {
    const ranking = new RegExp(`^/manage/calls/${callId}/ranking(\\?|$)`);
    assertRedirect(await officerPost(`/decisions/${app.pinecrest}`, { outcome: 'selected', ...messages.pinecrest }), ranking, 'deciding Pinecrest');
    const odd = await officerPost(`/decisions/${app.lac}`, { outcome: 'perhaps', ...messages.lac });
    assertHtml(odd, 422, 'an unknown outcome');
    assert.match(odd.text, /href="#outcome"/);
    assert.equal(await countOf(`SELECT COUNT(*) FROM decisions WHERE application_id = ${app.lac}`), 0);

    const refused = await officerPost('/release');
    assertHtml(refused, 422, 'release with Lac-aux-Hérons undecided');
    const errors = slice(refused.text, /<div class="form-errors"/, '</div>');
    assert.ok(errors.includes(LAC), `the error does not name ${LAC}:\n${errors}`);
    assert.ok(!errors.includes(PINECREST), `the error names the decided application:\n${errors}`);
    assert.equal(await statusOf(c.applicant, app.pinecrest), 'under_review');
    assert.equal(await statusOf(c.applicantFr, app.lac), 'under_review');
    assert.equal(await countOf(`SELECT COUNT(*) FROM decisions WHERE released_at IS NOT NULL`), 0);
    assert.deepEqual(await decisionMails(), [], 'a refused release sent mail');

    assertRedirect(await officerPost(`/decisions/${app.lac}`, { outcome: 'not_selected', ...messages.lac }), ranking, 'deciding Lac-aux-Hérons');
    assertRedirect(await officerPost('/release'), ranking, 'release');
    assert.equal(await statusOf(c.applicant, app.pinecrest), 'selected');
    assert.equal(await statusOf(c.applicantFr, app.lac), 'not_selected');

    // Each applicant is told in their language (applicant@ reads English, applicant.fr@ French).
    const mail = await waitForMail(server, 'applicant@pmi.example', messages.pinecrest.message_en);
    assert.match(mail.subject, new RegExp(`Review test call ${slug}`));
    assert.ok(!mail.body.includes(messages.lac.message_en), 'Pinecrest was told the other decision');
    const french = await waitForMail(server, 'applicant.fr@pmi.example', messages.lac.message_fr);
    assert.ok(!french.body.includes(messages.pinecrest.message_fr));
    assert.equal((await decisionMails()).length, 2, 'one mail per applicant');

    // The other municipality still cannot see Pinecrest's application or its decision.
    assert.equal((await c.applicantFr.get(`/applications/${app.pinecrest}`)).status, 404);
    assert.equal((await c.applicantFr.get(`/api/v1/applications/${app.pinecrest}`)).status, 404);
    const csv = await c.officer.get(`/manage/calls/${callId}/ranking.csv`);
    const decisions = csv.text.split(/\r?\n/).filter(Boolean).slice(1).map(line => line.split(',').at(-1));
    assert.deepEqual(decisions, ['selected', 'not_selected']);
  });

  test('the audit log has every review action', async () => {
    const count = action => countOf(`SELECT COUNT(*) FROM audit_log WHERE action = '${action}'`);
    for (const action of ['review.assign', 'review.score', 'review.submit', 'review.conflict', 'review.decide', 'review.release']) {
      assert.ok(await count(action) >= 1, `no ${action} entry`);
    }
    assert.equal(await count('review.assign'), 1, 'one successful assignment');
    assert.equal(await count('review.submit'), 3, 'A twice, B once');
    assert.equal(await count('review.release'), 2, 'one per application');
    assert.equal(await scalar(server, "SELECT entity_id FROM audit_log WHERE action = 'review.conflict'"), String(app.lac));
    assert.equal(await scalar(server, "SELECT actor_name FROM audit_log WHERE action = 'review.conflict'"), REVIEWER_B);
  });
});
